import type { SeatingChart } from "../../core/seating/chart";
import { CHART_LOOKS, CHART_PAGE, chartColumnWidths, chartRowHeight } from "../../core/seating/chart-look";
import type { Grid } from "../../core/table/grid";
import { gridsToXlsx } from "./write-xlsx";
import { styleFirstSheet } from "./xlsx-patch/styled-sheet";

/**
 * A 座次图 workbook: the chart's sheet first, bordered, its title and 主席台 band merged, A4 landscape on one page;
 * then the sheets given (the 参会名单 it was made from, so `huiwu check` finds the list it is checked against).
 */
export async function seatingWorkbook(chart: SeatingChart, others: Grid[] = []): Promise<Uint8Array> {
  const widths = chartColumnWidths(chart);
  const bytes = await gridsToXlsx([{ sheet: chart.sheet, rows: chart.rows, merges: chart.merges, widths }, ...others]);
  const { zip } = await styleFirstSheet(bytes, chart.sheet, {
    looks: CHART_LOOKS,
    cells: chart.cells,
    page: CHART_PAGE,
    rowHeight: (r) => chartRowHeight(chart.cells[r] ?? []),
  });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
