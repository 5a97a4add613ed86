import type { MergedArea } from "../table/grid";
import { type PodiumSide, podiumOrder } from "./podium";

/** Who is seated: a name, with the unit for grouping the hall. Ranked lists come in seating order. */
export interface ChartPerson {
  name: string;
  unit?: string;
}

export interface ChartOptions {
  /** People on the 主席台: the first ranks of the list (default: the list's first 7, or all when fewer). */
  podium?: number;
  /** Rows of the 主席台 (default 1); the front row takes the highest ranks. */
  podiumRows?: number;
  /** Seats of each 主席台 row (default: the podium's people spread evenly over its rows). */
  podiumSeats?: number;
  /** Seats of each hall row (default 10). */
  hallColumns?: number;
  side?: PodiumSide;
  /** Seat each unit's people together in the hall (units in the order they first appear in the list). */
  groupByUnit?: boolean;
  /** The chart's title (default 座次图). */
  title?: string;
}

/** What a cell of the chart is, for drawing it: borders and fonts follow from this. */
export type ChartCell = "title" | "band" | "label" | "seat" | "note" | null;

export interface ChartSeat {
  name: string;
  unit: string;
  /** 1-based rank in the list. */
  rank: number;
  area: "podium" | "hall";
  /** Row of the 主席台 (0 = the front row) or of the hall (0 = the front row). */
  areaRow: number;
  /** 0-based position in its row, left to right as the audience sees it. */
  position: number;
  /** The seat's cell in `rows`, 0-based. */
  row: number;
  col: number;
}

/** A 座次图 as a plain grid, in the audience's view: the 主席台 at the top facing the hall, the hall below. */
export interface SeatingChart {
  sheet: string;
  rows: string[][];
  /** What each cell is: the title, the 主席台 band, a row label, a seat (filled or empty), the direction note. */
  cells: ChartCell[][];
  merges: MergedArea[];
  seats: ChartSeat[];
  side: PodiumSide;
  /** Seat columns (the first column holds the row labels). */
  width: number;
}

export const CHART_SHEET = "座次图";
export const PODIUM_BAND = "主席台（面向会场）";
const CHINESE_ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** 第一排 … 第十排, then 第11排. */
export function rowLabel(index: number): string {
  return `第${CHINESE_ORDINALS[index] ?? String(index + 1)}排`;
}

/** The direction note printed under a chart, naming the view and the side (read back by the seating reader). */
export function directionNote(side: PodiumSide): string {
  return side === "left"
    ? "（观众视角）主席台在上方、面向会场；1号居中，2号在1号左手（图中右侧），左高右低；前排高于后排"
    : "（观众视角）主席台在上方、面向会场；1号居中，2号在1号右手（图中左侧），以右为上；前排高于后排";
}

function clampCount(value: number | undefined, fallback: number, max: number): number {
  const n = value === undefined || !Number.isFinite(value) ? fallback : Math.floor(value);
  return Math.max(0, Math.min(max, n));
}

/**
 * A 座次图 for a ranked list (first = highest), printable on one page in the audience's view:
 * - the 主席台 takes the first `podium` ranks over `podiumRows` rows, the front row the highest ranks; each row is
 *   arranged by `podiumOrder` (1号 centred, 2号 at 1号's left hand as the leaders face the hall, alternating
 *   outward; mirrored for 以右为上), and centred over the hall;
 * - the hall below takes everyone else, front row first, left to right in list order (or unit by unit);
 * - a title, a "主席台（面向会场）" band over the podium, a label before each row (主席台第一排, 第一排…) and a note
 *   naming the view and the side under it.
 * Rows of the 主席台 behind the front row stand above it, as they stand further from the hall.
 */
export function seatingChart(people: readonly ChartPerson[], options: ChartOptions = {}): SeatingChart {
  const side = options.side ?? "left";
  const podiumCount = clampCount(options.podium, Math.min(people.length, 7), people.length);
  const podiumRows = podiumCount === 0 ? 0 : Math.max(1, clampCount(options.podiumRows, 1, podiumCount));
  const podiumSeats =
    podiumRows === 0 ? 0 : Math.max(1, clampCount(options.podiumSeats, Math.ceil(podiumCount / podiumRows), 200));
  const hallColumns = Math.max(1, clampCount(options.hallColumns, 10, 200));
  const width = Math.max(podiumSeats, hallColumns, 1);

  const ranked = people.map((p, i) => ({ name: p.name.trim(), unit: (p.unit ?? "").trim(), rank: i + 1 }));
  // The podium's rows, front first: the first podiumSeats ranks, then the next…; what does not fit sits in the hall.
  const podiumPeople: (typeof ranked)[] = [];
  let next = 0;
  for (let r = 0; r < podiumRows && next < podiumCount; r++) {
    const take = Math.min(podiumSeats, podiumCount - next);
    podiumPeople.push(ranked.slice(next, next + take));
    next += take;
  }
  let hallPeople = ranked.slice(next);
  if (options.groupByUnit) {
    const firstSeen = new Map<string, number>();
    hallPeople.forEach((p, i) => firstSeen.set(p.unit, firstSeen.get(p.unit) ?? i));
    hallPeople = [...hallPeople].sort((a, b) => firstSeen.get(a.unit)! - firstSeen.get(b.unit)! || a.rank - b.rank);
  }

  const rows: string[][] = [];
  const cells: ChartCell[][] = [];
  const merges: MergedArea[] = [];
  const seats: ChartSeat[] = [];
  const blankRow = (): { text: string[]; look: ChartCell[] } => ({
    text: new Array<string>(width + 1).fill(""),
    look: new Array<ChartCell>(width + 1).fill(null),
  });
  const push = (row: { text: string[]; look: ChartCell[] }) => {
    rows.push(row.text);
    cells.push(row.look);
    return rows.length - 1;
  };
  const spanning = (text: string, look: ChartCell, from = 0) => {
    const row = blankRow();
    for (let c = from; c <= width; c++) row.look[c] = look;
    row.text[from] = text;
    const index = push(row);
    if (width > from) merges.push({ top: index, left: from, bottom: index, right: width });
  };

  spanning(options.title?.trim() || CHART_SHEET, "title");
  if (podiumPeople.length > 0) {
    spanning(PODIUM_BAND, "band", 1);
    cells[rows.length - 1][0] = null;
    // Back rows first: on the page, further from the hall is higher up.
    for (let r = podiumPeople.length - 1; r >= 0; r--) {
      const group = podiumPeople[r];
      const row = blankRow();
      row.text[0] = podiumPeople.length === 1 ? "主席台" : `主席台${rowLabel(r)}`;
      row.look[0] = "label";
      const start = 1 + Math.floor((width - podiumSeats) / 2);
      for (let c = start; c < start + podiumSeats; c++) row.look[c] = "seat";
      const order = podiumOrder(group.length, side);
      const first = 1 + Math.floor((width - group.length) / 2);
      const index = rows.length;
      order.forEach((rowRank, position) => {
        const person = group[rowRank - 1];
        const col = first + position;
        row.text[col] = person.name;
        row.look[col] = "seat";
        seats.push({ ...person, area: "podium", areaRow: r, position, row: index, col });
      });
      push(row);
    }
    push(blankRow());
  }
  const hallRows = Math.ceil(hallPeople.length / hallColumns);
  for (let r = 0; r < hallRows; r++) {
    const row = blankRow();
    row.text[0] = rowLabel(r);
    row.look[0] = "label";
    const first = 1 + Math.floor((width - hallColumns) / 2);
    for (let c = first; c < first + hallColumns; c++) row.look[c] = "seat";
    const index = rows.length;
    hallPeople.slice(r * hallColumns, (r + 1) * hallColumns).forEach((person, position) => {
      const col = first + position;
      row.text[col] = person.name;
      seats.push({ ...person, area: "hall", areaRow: r, position, row: index, col });
    });
    push(row);
  }
  push(blankRow());
  spanning(directionNote(side), "note");
  return { sheet: CHART_SHEET, rows, cells, merges, seats, side, width };
}
