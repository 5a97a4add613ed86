import { Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import { TALLY_LABELS, type Tally } from "../../core/meeting/tally";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", gap: tokens.spacingVerticalXS, textAlign: "center" },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, display: "block" },
});

/** 应到/实到/请假/缺席/迟到/列席; unknown (no roster, no start time) shows as —. */
export function TallyCard({ tally }: { tally: Tally }) {
  const styles = useStyles();
  return (
    <Card size="small" aria-label="出勤统计">
      <div className={styles.grid}>
        {(Object.keys(TALLY_LABELS) as (keyof Tally)[]).map((key) => (
          <div key={key}>
            <span className={styles.value}>{tally[key] ?? "—"}</span>
            <Text size={200}>{TALLY_LABELS[key]}</Text>
          </div>
        ))}
      </div>
      {unknownWhy(tally).map((why) => (
        <Text key={why} size={200}>
          {why}
        </Text>
      ))}
    </Card>
  );
}

/** Why the roster figures show as —, said under the card so the clerk knows what to add (迟到 is explained beside it). */
function unknownWhy(tally: Tally): string[] {
  const why: string[] = [];
  if (tally.expected === null)
    why.push(
      "应到、请假、缺席、列席为“—”：工作簿中没有参会名单（应到人员表），只能统计实到。加一张“参会名单”工作表即可。",
    );
  return why;
}
