import type { Grid } from "../table/grid";
import type { ChartSeat, SeatingChart } from "./chart";

/** A cell of a chart's grid, 0-based. */
export interface ChartPlace {
  row: number;
  col: number;
}

/** Whether the cell is a seat of the chart (filled or empty): only seats take part in a swap. */
export function isSeat(chart: SeatingChart, at: ChartPlace): boolean {
  return chart.cells[at.row]?.[at.col] === "seat";
}

/** Where a seat cell stands: area and row (front = 0) from the row labels, place from the row's first seat. */
function placeOf(chart: SeatingChart, at: ChartPlace): Pick<ChartSeat, "area" | "areaRow" | "position"> {
  const label = (r: number) => String(chart.rows[r]?.[0] ?? "");
  const podium = label(at.row).startsWith("主席台");
  // The labelled rows of the same area. 主席台 rows are drawn back row first (further from the hall is higher up),
  // hall rows front row first.
  const same = chart.rows
    .map((_, i) => i)
    .filter((i) => chart.cells[i]?.[0] === "label" && label(i).startsWith("主席台") === podium);
  const areaRow = podium ? same.filter((i) => i > at.row).length : same.filter((i) => i < at.row).length;
  const first = chart.cells[at.row].indexOf("seat");
  return { area: podium ? "podium" : "hall", areaRow, position: at.col - first };
}

/**
 * The chart with the people of two seats swapped (a person moved, where one seat is empty): the names in the grid
 * and the seats' places. Anything that is not a seat, or the same seat twice, leaves the chart as it was.
 */
export function swapSeats(chart: SeatingChart, a: ChartPlace, b: ChartPlace): SeatingChart {
  if (!isSeat(chart, a) || !isSeat(chart, b) || (a.row === b.row && a.col === b.col)) return chart;
  const rows = chart.rows.map((row) => [...row]);
  [rows[a.row][a.col], rows[b.row][b.col]] = [rows[b.row][b.col], rows[a.row][a.col]];
  const moved = (seat: ChartSeat, to: ChartPlace): ChartSeat => ({ ...seat, ...placeOf(chart, to), ...to });
  const seats = chart.seats.map((seat) =>
    seat.row === a.row && seat.col === a.col
      ? moved(seat, b)
      : seat.row === b.row && seat.col === b.col
        ? moved(seat, a)
        : seat,
  );
  return { ...chart, rows, seats };
}

/** The chart as a sheet to check: its grid, merges and all, as `seatingWorkbook` writes it. */
export function chartGrid(chart: SeatingChart): Grid {
  return { sheet: chart.sheet, rows: chart.rows, merges: chart.merges };
}
