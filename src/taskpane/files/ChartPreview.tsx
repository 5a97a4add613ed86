import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { SidewaysTable } from "../components/SidewaysTable";
import { useScrollIntoMiddle } from "../components/useScrollIntoMiddle";
import type { SeatingChart } from "../../core/seating/chart";
import { type ChartPlace, isSeat } from "../../core/seating/swap";
import { S } from "../strings";

const useStyles = makeStyles({
  wrap: {
    overflowX: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    // No side padding: the sticky row labels meet the edge, with no seat showing through beside them.
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  // The row label stays in view while the grid scrolls sideways (a 150% zoom shows three or four seats).
  label: {
    fontWeight: 400,
    color: tokens.colorNeutralForeground3,
    padding: "2px 4px",
    textAlign: "right",
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  band: {
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "center",
    padding: "2px",
  },
  seat: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: 0 },
  seatButton: { minWidth: "3.6em", padding: "4px 2px", fontSize: tokens.fontSizeBase200 },
  gap: { height: tokens.spacingVerticalS },
});

/**
 * A 座次图 as a small grid: the band, row labels and a button per seat. Two clicks swap two seats (a person moves
 * to an empty one); `marked` is the seat a selected finding points at.
 */
export function ChartPreview({
  chart,
  marked,
  onSwap,
}: {
  chart: SeatingChart;
  marked: ChartPlace | null;
  onSwap: (a: ChartPlace, b: ChartPlace) => void;
}) {
  const styles = useStyles();
  const [picked, setPicked] = useState<ChartPlace | null>(null);
  const nameAt = (at: ChartPlace) => chart.rows[at.row][at.col] || S.seating.emptySeat;
  const pick = (at: ChartPlace) => {
    if (!isSeat(chart, at)) return;
    setPicked(picked ? null : at);
    if (picked && (picked.row !== at.row || picked.col !== at.col)) onSwap(picked, at);
  };
  const shown = chart.cells
    .map((looks, row) => ({ looks, row }))
    .filter(({ looks }) => !looks.includes("title") && !looks.includes("note"));
  const first = chart.seats.find((seat) => seat.rank === 1);
  // Seat 1 (居中 on the 主席台) first.
  const region = useScrollIntoMiddle("[data-seat-one]", [chart.width, chart.side, chart.seats.length]);
  return (
    <>
      <Caption1>{picked ? S.seating.picked(nameAt(picked)) : S.seating.swapHint}</Caption1>
      <SidewaysTable ref={region} label={S.seating.preview} className={styles.wrap} tableClassName={styles.table}>
        <tbody>
          {shown.map(({ looks, row }) => {
            if (looks.every((l) => l === null))
              return (
                <tr key={row} className={styles.gap}>
                  <td colSpan={chart.width + 1} />
                </tr>
              );
            const label = chart.rows[row][0];
            return (
              <tr key={row}>
                {looks.map((look, col) => {
                  if (look === "band")
                    return col === looks.indexOf("band") ? (
                      <td key={col} className={styles.band} colSpan={chart.width + 1 - col}>
                        {chart.rows[row][col]}
                      </td>
                    ) : null;
                  if (look === "label")
                    return (
                      <th key={col} scope="row" className={styles.label}>
                        {chart.rows[row][col]}
                      </th>
                    );
                  if (look !== "seat") return <td key={col} />;
                  const name = chart.rows[row][col];
                  const isPicked = picked?.row === row && picked.col === col;
                  const isMarked = marked?.row === row && marked.col === col;
                  return (
                    <td
                      key={col}
                      data-seat-one={first?.row === row && first.col === col ? "" : undefined}
                      className={styles.seat}
                      aria-current={isMarked ? "true" : undefined}
                      style={isMarked ? { outline: `2px solid ${tokens.colorBrandStroke1}` } : undefined}
                    >
                      <Button
                        appearance={isPicked ? "primary" : "subtle"}
                        size="small"
                        className={styles.seatButton}
                        aria-pressed={isPicked}
                        title={S.seating.seatLabel(label, name || S.seating.emptySeat)}
                        aria-label={name ? undefined : S.seating.seatLabel(label, S.seating.emptySeat)}
                        onClick={() => pick({ row, col })}
                      >
                        {name || "·"}
                      </Button>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </SidewaysTable>
    </>
  );
}
