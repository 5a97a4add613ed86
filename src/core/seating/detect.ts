import { type Grid, cellText } from "../table/grid";
import { matchKey } from "../text/normalize";

/** Words that name a seating plan or a list of name cards, in a sheet's name or its title. */
const SEATING_WORDS = /座次|座位|座区|桌签|席卡|台签|座签|桌牌|席位|排座/;

/** The sheet's name or a title line says it is a 座次图 or a 桌签 list (座次表, 桌签名单, 主席台座次). */
export function namedAsSeating(sheet: string, titleLines: readonly string[]): boolean {
  return SEATING_WORDS.test(matchKey(sheet)) || titleLines.some((line) => SEATING_WORDS.test(matchKey(line)));
}

/**
 * A sheet with no register header that is a 座次图: named as one (sheet or first filled cell), or holding a
 * 主席台 band — a cell reading 主席台… alone in its row.
 */
export function looksLikeSeatingGrid(grid: Grid): boolean {
  const firstText = grid.rows
    .slice(0, 5)
    .flatMap((row) => row.map((c) => cellText(c).trim()))
    .find((t) => t !== "");
  if (namedAsSeating(grid.sheet, firstText ? [firstText] : [])) return true;
  return grid.rows.some((row) => {
    const filled = row.map((c) => matchKey(cellText(c))).filter((t) => t !== "");
    return filled.length === 1 && filled[0].startsWith("主席台");
  });
}
