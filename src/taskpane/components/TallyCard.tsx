import { Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import { TALLY_LABELS, type Tally, type TallyFigure } from "../../core/meeting/tally";
import { S } from "../strings";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", gap: tokens.spacingVerticalXS, textAlign: "center" },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, display: "block" },
});

/**
 * 应到/实到/请假/缺席/迟到/列席; unknown (no roster, no start time) shows as —. Under it, what a figure is made of
 * where the number alone would mislead (实到 that counts 代签, 请假 without a person the 名单 marks on leave).
 */
export function TallyCard({ tally }: { tally: Tally }) {
  const styles = useStyles();
  return (
    <Card size="small" aria-label={S.tally.title}>
      <div className={styles.grid}>
        {(Object.keys(TALLY_LABELS) as TallyFigure[]).map((key) => (
          <div key={key}>
            <span className={styles.value}>{tally[key] ?? "—"}</span>
            <Text size={200}>{TALLY_LABELS[key]}</Text>
          </div>
        ))}
      </div>
      {tallyNotes(tally).map((note) => (
        <Text key={note} size={200}>
          {note}
        </Text>
      ))}
    </Card>
  );
}

/** What the figures are made of, then why the roster figures show as — (迟到 is explained beside the card). */
function tallyNotes(tally: Tally): string[] {
  const notes: string[] = [];
  const parts = tally.parts;
  if (parts?.proxies.length) notes.push(S.tally.presentParts(tally.present, parts.proxies));
  if (parts?.leaveSigned.length && tally.leave !== null)
    notes.push(S.tally.leaveSigned(tally.leave, parts.leaveSigned));
  if (tally.expected === null) notes.push(S.tally.noRoster);
  return notes;
}
