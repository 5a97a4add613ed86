import { Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { TrackingSummary } from "../../core/rules/tracking/summary";
import { S } from "../strings";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(4, 1fr)", gap: tokens.spacingVerticalXS, textAlign: "center" },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, display: "block" },
  overdue: { color: tokens.colorPaletteRedForeground1 },
});

/** 共 N 项，已办结 a，逾期 b，三个工作日内到期 c: a 督办台账 at a glance, counted on the check date. */
export function TrackingCard({ summary }: { summary: TrackingSummary }) {
  const styles = useStyles();
  const figures: [string, number | null, string?][] = [
    [S.tracking.items, summary.items],
    [S.tracking.done, summary.done],
    [S.tracking.overdue, summary.overdue, summary.overdue ? styles.overdue : undefined],
    [S.tracking.dueSoon(summary.dueSoonDays), summary.dueSoon],
  ];
  return (
    <Card size="small" aria-label={S.tracking.card}>
      <div className={styles.grid}>
        {figures.map(([label, value, className]) => (
          <div key={label}>
            <span className={`${styles.value} ${className ?? ""}`}>{value ?? "—"}</span>
            <Text size={200}>{label}</Text>
          </div>
        ))}
      </div>
      <Text size={200}>{summary.on ? S.tracking.countedOn(summary.on) : S.tracking.noCheckDate}</Text>
    </Card>
  );
}
