import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type DependencyList, useEffect, useLayoutEffect, useRef, useState } from "react";
import { columnLetters, parseAddress } from "../../core/table/grid";
import type { FileExcelHost } from "../../hosts/files/file-excel-host";
import type { PreviewRows } from "../../hosts/files/held-sheets";
import { readableCellText } from "../../core/table/typed-cells";
import { MARK_COLOURS } from "../../core/report/report";
import { type Finding, cellOf } from "../../core/rules/finding";
import { SidewaysTable } from "../components/SidewaysTable";
import { S } from "../strings";

const useStyles = makeStyles({
  wrap: {
    overflowX: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // Separate borders, each cell drawing its right and bottom line: collapsed borders stay put under a sticky cell
  // and let the scrolled text show through beside it.
  table: { borderCollapse: "separate", borderSpacing: 0, fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    padding: "2px 6px",
    fontWeight: 400,
  },
  cell: {
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "2px 6px",
    maxWidth: "160px",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  // The row number and the row's 姓名 stay at the left edge while the sheet scrolls to a fault far to the right.
  rowNumber: { position: "sticky", left: 0, zIndex: 1 },
  name: {
    position: "sticky",
    left: "var(--row-number-width, 0px)",
    zIndex: 1,
    // A darker right edge: the columns scroll away under it.
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  nameBody: { backgroundColor: tokens.colorNeutralBackground1 },
});

/**
 * A preview scrolled so the faulty cell sits in the middle of what the sticky row number and 姓名 leave visible:
 * a 代签 in column G of a 227 px pane shows beside whose row it is.
 */
function useScrollToFault(deps: DependencyList) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const scroller = box.current;
    const target = scroller?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!scroller || !target) return;
    const numberWidth = scroller.querySelector('th[scope="row"]')?.getBoundingClientRect().width ?? 0;
    scroller.style.setProperty("--row-number-width", `${numberWidth}px`);
    const name = scroller.querySelector("tbody [data-sticky-name]");
    const covered = numberWidth + (name?.getBoundingClientRect().width ?? 0);
    const [inBox, targetBox] = [scroller.getBoundingClientRect(), target.getBoundingClientRect()];
    const free = scroller.clientWidth - covered;
    const wanted = covered + Math.max(0, (free - targetBox.width) / 2);
    scroller.scrollLeft += targetBox.left - inBox.left - wanted;
  }, deps);
  return box;
}

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
  const wrap = useScrollToFault([grid, cell]);
  const at = parseAddress(cell);
  if (!at) return null;
  // Only the rows shown: the window's origin is where its first row sits in the sheet.
  const origin = grid.origin ?? { row: 0, col: 0 };
  const rows = grid.rows;
  const width = Math.max(...rows.map((r) => r.length), at.col - origin.col + 1);
  const columns = shownColumns(width, at.col - origin.col, nameColumn);
  // The 姓名 stays in view when it is left of the fault (scrolling right would hide it).
  const stickyName = nameColumn !== null && nameColumn <= at.col - origin.col ? nameColumn : null;
  const headClass = (c: number) => mergeClasses(styles.head, c === stickyName && styles.name);
  const cellClass = (c: number) =>
    mergeClasses(styles.cell, c === stickyName && styles.name, c === stickyName && styles.nameBody);
  return (
    <div>
      <Caption1>{S.file.preview(grid.sheet, cell)}</Caption1>
      <SidewaysTable ref={wrap} label={`${grid.sheet} 预览`} className={styles.wrap} tableClassName={styles.table}>
        <thead>
          <tr>
            <th className={mergeClasses(styles.head, styles.rowNumber)} />
            {columns.map((c, i) =>
              c === null ? (
                <th key={`gap${i}`} className={styles.head} aria-label={S.file.columnsLeftOut}>
                  …
                </th>
              ) : (
                <th key={c} className={headClass(c)} scope="col" data-sticky-name={c === stickyName || undefined}>
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
                <th className={mergeClasses(styles.head, styles.rowNumber)} scope="row">
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
                      className={cellClass(c)}
                      data-sticky-name={c === stickyName || undefined}
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
      </SidewaysTable>
    </div>
  );
}
