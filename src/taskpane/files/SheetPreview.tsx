import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useLayoutEffect, useRef } from "react";
import { type Grid, columnLetters, parseAddress } from "../../core/table/grid";
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

/** A read-only look at the rows around a finding, its cell outlined and filled as the download will be. */
export function SheetPreview({ grid, finding }: { grid: Grid; finding: Finding }) {
  const styles = useStyles();
  const wrap = useRef<HTMLDivElement>(null);
  const cell = cellOf(finding)?.cell ?? "";
  // The faulty cell may be far to the right (a 代签 in column G of a 320 px pane): scroll it to the middle.
  useLayoutEffect(() => {
    const box = wrap.current;
    const marked = box?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!box || !marked) return;
    const [inBox, cellBox] = [box.getBoundingClientRect(), marked.getBoundingClientRect()];
    box.scrollLeft += cellBox.left - inBox.left - (box.clientWidth - cellBox.width) / 2;
  }, [grid, cell]);
  const at = parseAddress(cell);
  if (!at) return null;
  const origin = grid.origin ?? { row: 0, col: 0 };
  const first = Math.max(0, at.row - origin.row - 3);
  const rows = grid.rows.slice(first, at.row - origin.row + 4);
  const width = Math.max(...rows.map((r) => r.length), at.col - origin.col + 1);
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
              {Array.from({ length: width }, (_, c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnLetters(origin.col + c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const sheetRow = origin.row + first + i;
              return (
                <tr key={sheetRow}>
                  <th className={styles.head} scope="row">
                    {sheetRow + 1}
                  </th>
                  {Array.from({ length: width }, (_, c) => {
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
