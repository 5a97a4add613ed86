import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useScrollIntoMiddle } from "../components/useScrollIntoMiddle";
import { columnLetters, parseAddress } from "../../core/table/grid";
import type { FileExcelHost } from "../../hosts/files/file-excel-host";
import type { PreviewRows } from "../../hosts/files/held-sheets";
import { readableCellText } from "../../core/table/typed-cells";
import { MARK_COLOURS } from "../../core/report/report";
import { type Finding, cellOf } from "../../core/rules/finding";
import { S } from "../strings";

const useStyles = makeStyles({
  wrap: {
    overflowX: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    padding: "2px 6px",
    fontWeight: 400,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "2px 6px",
    maxWidth: "160px",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
});

/**
 * The columns a narrow pane shows: all of a small sheet; of a wide one the row's 姓名 and the faulty cell with its
 * neighbours, so whose row it is reads beside the fault (`null` marks the columns left out).
 */
function shownColumns(width: number, faulty: number, name: number | null): (number | null)[] {
  if (width <= 5) return Array.from({ length: width }, (_, c) => c);
  const wanted = [...new Set([name, faulty - 1, faulty, faulty + 1])]
    .filter((c): c is number => c !== null && c >= 0 && c < width)
    .sort((a, b) => a - b);
  return wanted.flatMap((c, i) => (i > 0 && c > wanted[i - 1] + 1 ? [null, c] : [c]));
}

/**
 * A finding's preview: its rows asked of the host (a held sheet's from the file worker), shown once they arrive.
 */
export function FindingPreview({ host, finding }: { host: FileExcelHost; finding: Finding }) {
  const [shown, setShown] = useState<{ finding: Finding; rows: PreviewRows } | null>(null);
  useEffect(() => {
    const at = cellOf(finding);
    if (!at) return;
    let current = true;
    host.previewRows(at.sheet, at.cell).then(
      (rows) => current && setShown({ finding, rows }),
      () => current && setShown(null), // a sheet gone (a new check under way): no preview
    );
    return () => {
      current = false;
    };
  }, [host, finding]);
  return shown?.finding === finding ? <SheetPreview rows={shown.rows} finding={finding} /> : null;
}

/**
 * A read-only look at the rows around a finding, its cell outlined and filled as the download will be; in a wide
 * sheet the row's 姓名 column is shown with it, the columns between left out.
 */
export function SheetPreview({ rows: { window: grid, nameColumn }, finding }: { rows: PreviewRows; finding: Finding }) {
  const styles = useStyles();
  const cell = cellOf(finding)?.cell ?? "";
  // The faulty cell may be far to the right (a 代签 in column G of a 320 px pane).
  const wrap = useScrollIntoMiddle('[aria-current="true"]', [grid, cell]);
  const at = parseAddress(cell);
  if (!at) return null;
  // Only the rows shown: the window's origin is where its first row sits in the sheet.
  const origin = grid.origin ?? { row: 0, col: 0 };
  const rows = grid.rows;
  const width = Math.max(...rows.map((r) => r.length), at.col - origin.col + 1);
  const columns = shownColumns(width, at.col - origin.col, nameColumn);
  return (
    <div>
      <Caption1>{S.file.preview(grid.sheet, cell)}</Caption1>
      {/* Focusable so keyboard users can scroll a wide sheet sideways. */}
      <div
        ref={wrap}
        className={styles.wrap}
        data-scrolls-sideways
        tabIndex={0}
        role="region"
        aria-label={`${grid.sheet} 预览（可横向滚动）`}
      >
        <table className={styles.table} aria-label={`${grid.sheet} 预览`}>
          <thead>
            <tr>
              <th className={styles.head} />
              {columns.map((c, i) =>
                c === null ? (
                  <th key={`gap${i}`} className={styles.head} aria-label={S.file.columnsLeftOut}>
                    …
                  </th>
                ) : (
                  <th key={c} className={styles.head} scope="col">
                    {columnLetters(origin.col + c)}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const sheetRow = origin.row + i;
              return (
                <tr key={sheetRow}>
                  <th className={styles.head} scope="row">
                    {sheetRow + 1}
                  </th>
                  {columns.map((c, i) => {
                    if (c === null)
                      return (
                        <td key={`gap${i}`} className={styles.cell}>
                          …
                        </td>
                      );
                    const marked = sheetRow === at.row && origin.col + c === at.col;
                    return (
                      <td
                        key={c}
                        className={styles.cell}
                        aria-current={marked ? "true" : undefined}
                        style={
                          marked
                            ? {
                                backgroundColor: MARK_COLOURS[finding.severity],
                                outline: `2px solid ${tokens.colorBrandStroke1}`,
                              }
                            : undefined
                        }
                      >
                        {readableCellText(row[c] ?? null)}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
