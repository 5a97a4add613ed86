import { type CellValue, cellAddress, cellText } from "../table/grid";
import { nameWithoutNote } from "../text/name-note";
import { matchKey, removeSpaces } from "../text/normalize";
import { type PodiumSide, sideFromText } from "./podium";

/** A row of a sheet as the reader gets it: its 0-based index and its cells from the first column. */
export interface SheetLine {
  index: number;
  cells: readonly CellValue[];
}

/** A name on a 座次图 or a 桌签 list, with its cell. */
export interface Seat {
  /** The name as written, without a note in brackets or the spaces of a spaced name (王\u3000强). */
  name: string;
  /** The name in match form: simplified, no spaces. */
  key: string;
  /** 0-based row and column in the lines given. */
  row: number;
  col: number;
  /** A1 address, counted from the lines' origin (the sheet's A1 unless given). */
  address: string;
  /** On the 主席台, in the hall, or in a list of 桌签 (no places). */
  area: "podium" | "hall" | "list";
  /** 主席台 row, 0 = the front row (podium seats only). */
  podiumRow?: number;
  /** 0-based place in its 主席台 row, left to right as the audience sees it (podium seats only). */
  position?: number;
}

export interface SeatReading {
  seats: Seat[];
  /** Whether the sheet marks a 主席台 (a band or labelled rows). */
  hasPodium: boolean;
  /** 以右为上 / 左高右低 written on the sheet, or the fallback. */
  side: PodiumSide;
  /** The chart is drawn as the 主席台 sees the hall (主席台视角): positions were mirrored to the audience's view. */
  podiumView: boolean;
}

/** Row labels: 主席台第一排, 第2排, 前排, 后排, 主席台. */
const ROW_LABEL = /^(主席台)?(第[一二三四五六七八九十\d]+排|前排|后排|第?[一二三四五六七八九十\d]+排)?$/;
const HALL_LABEL = /^(会场|观众席|听众席|台下|场内|会议室)/;
const NOT_A_NAME =
  /姓名|名单|单位|职务|序号|主席台|会场|观众|座次|座位|桌签|席卡|台签|座签|桌牌|会议|视角|面向|朝向|入口|出口|过道|通道|走廊|门|讲台|发言席|主持|记录|工作人员|服务|预留|备用|空位|空座|待定|列席|旁听|嘉宾席|媒体|记者|说明|注|图|以[左右]为|左高|右高|前排|后排|方向|舞台|屏幕|投影/;
const NAME = /^[\u3400-\u9fff\uf900-\ufaff·•]{2,8}$/;
const ORDINAL: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** The name in a seat cell: `张伟`, `王\u3000强` (spaced as on a 桌签), `张伟（县长）`, `张伟\n县长`; null for anything else. */
export function seatName(value: CellValue | undefined): string | null {
  if (typeof value !== "string") return null;
  const firstLine =
    value
      .trim()
      .split(/[\r\n]+/)[0]
      ?.trim() ?? "";
  const parts = nameWithoutNote(firstLine)
    .trim()
    .split(/[\s\u3000]+/);
  // 王\u3000强: single characters spaced out are one name; 张伟 县长: a name, then the post.
  const name = parts.every((p) => [...p].length === 1) ? parts.join("") : parts[0];
  const text = removeSpaces(name);
  if (!NAME.test(text) || NOT_A_NAME.test(text) || ROW_LABEL.test(text)) return null;
  return text;
}

function rowNumber(label: string): number | null {
  const match = /第([一二三四五六七八九十]|\d+)排/.exec(label);
  if (!match) return /前排/.test(label) ? 1 : null;
  return ORDINAL[match[1]] ?? Number(match[1]);
}

interface LineInfo {
  line: SheetLine;
  names: { col: number; name: string }[];
  band: boolean;
  podiumLabel: string | null;
  hallLabel: boolean;
}

/**
 * The seats of a 座次图 or a 桌签 list: every cell holding a name, left to right and top to bottom.
 * A 主席台 band (a cell reading 主席台…, alone in its row) marks the podium: its rows are those labelled 主席台…,
 * or else the rows of names next to the band, up to a blank row or a 会场/第一排 label. The podium's front row is
 * the one labelled 第一排, or else the one nearest the hall. Positions count in the audience's view; a chart marked
 * 主席台视角 is mirrored. With no band, every name is a hall seat; `list` reads one column of 桌签.
 */
export function readSeats(
  lines: readonly SheetLine[],
  options: { side?: PodiumSide; origin?: { row: number; col: number }; list?: { col: number } } = {},
): SeatReading {
  const origin = options.origin ?? { row: 0, col: 0 };
  const address = (row: number, col: number) => cellAddress(origin.row + row, origin.col + col);
  const allText = lines.flatMap((l) => l.cells.map((c) => cellText(c))).join(" ");
  const side = sideFromText(allText, options.side ?? "left");
  const podiumView = /主席台视角|领导视角|从主席台(看|向)/.test(allText);

  if (options.list) {
    const col = options.list.col;
    const seats = lines.flatMap(({ index, cells }) => {
      const name = seatName(cells[col]);
      return name
        ? [{ name, key: matchKey(name), row: index, col, address: address(index, col), area: "list" as const }]
        : [];
    });
    return { seats, hasPodium: false, side, podiumView: false };
  }

  const infos: LineInfo[] = lines.map((line) => {
    const texts = line.cells.map((c) => matchKey(cellText(c)));
    const filled = texts.filter((t) => t !== "");
    const label = texts.find((t) => t.startsWith("主席台") && ROW_LABEL.test(t) && t !== "主席台") ?? null;
    return {
      line,
      names: line.cells.flatMap((c, col) => {
        const name = seatName(c);
        return name ? [{ col, name }] : [];
      }),
      band: filled.length === 1 && filled[0].startsWith("主席台") && rowNumber(filled[0]) === null,
      podiumLabel: label ?? (texts.includes("主席台") && filled.length > 1 ? "主席台" : null),
      hallLabel: texts.some((t) => HALL_LABEL.test(t) || (ROW_LABEL.test(t) && !t.startsWith("主席台") && t !== "")),
    };
  });

  // Which lines are the podium's.
  const podium = new Set<number>();
  infos.forEach((info, i) => info.podiumLabel && info.names.length > 0 && podium.add(i));
  const bandAt = infos.findIndex((info) => info.band);
  if (podium.size === 0 && bandAt >= 0) {
    for (const step of [1, -1]) {
      for (let i = bandAt + step; i >= 0 && i < infos.length; i += step) {
        const info = infos[i];
        if (info.names.length === 0 || info.hallLabel || info.band) break;
        podium.add(i);
      }
      if (podium.size > 0) break;
    }
  }
  const hasPodium = podium.size > 0 || bandAt >= 0;

  // The podium's rows, front first: by their 第N排 labels, or nearest the hall first.
  const podiumLines = [...podium].sort((a, b) => a - b);
  const hallLines = infos.map((_, i) => i).filter((i) => !podium.has(i) && infos[i].names.length > 0);
  const hallBelow = hallLines.length === 0 ? bandAt < (podiumLines[0] ?? 0) : hallLines[0] > podiumLines[0];
  const numbers = podiumLines.map((i) => rowNumber(infos[i].podiumLabel ?? ""));
  const labelled = numbers.every((n) => n !== null) && new Set(numbers).size === numbers.length;
  const frontFirst = labelled
    ? podiumLines
        .map((i, k) => ({ i, n: numbers[k]! }))
        .sort((a, b) => a.n - b.n)
        .map((x) => x.i)
    : hallBelow
      ? [...podiumLines].reverse()
      : podiumLines;

  const seats: Seat[] = [];
  infos.forEach((info, i) => {
    const podiumRow = frontFirst.indexOf(i);
    const count = info.names.length;
    info.names.forEach(({ col, name }, k) => {
      const row = info.line.index;
      const seat: Seat = { name, key: matchKey(name), row, col, address: address(row, col), area: "hall" };
      if (podiumRow >= 0) {
        seat.area = "podium";
        seat.podiumRow = podiumRow;
        seat.position = podiumView ? count - 1 - k : k;
      }
      seats.push(seat);
    });
  });
  return { seats, hasPodium, side, podiumView };
}
