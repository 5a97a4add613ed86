import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { FormCheck } from "../../core/rules/check-form";
import { S } from "../strings";
import { FindingMessage } from "./FindingText";

const useStyles = makeStyles({
  preview: {
    whiteSpace: "pre-wrap",
    fontFamily: '"FangSong", "仿宋", "STFangsong", serif',
    fontSize: "13px",
    lineHeight: "1.7",
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: "320px",
    overflowY: "auto",
  },
  notes: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

/**
 * The draft's lines as the document will read, and what belongs to no single field. Errors left when the user
 * inserts or downloads are asked about before (DraftPanel), never said after.
 */
export function DraftPreview({
  check,
  caption = S.word.preview,
  testId = "draft-preview",
}: {
  /** The lines to show, and the findings that belong to no single field (a laid-out document has none). */
  check: { blocks: readonly { text: string }[]; byField: FormCheck["byField"] };
  caption?: string;
  testId?: string;
}) {
  const styles = useStyles();
  const unplaced = check.byField._ ?? [];
  return (
    <>
      <Caption1>{caption}</Caption1>
      {/* Focusable, so that a preview longer than its box can be scrolled from the keyboard. */}
      <div className={styles.preview} data-testid={testId} tabIndex={0} role="region" aria-label={caption}>
        {check.blocks.length ? check.blocks.map((b) => b.text).join("\n") : <Caption1>{S.word.previewEmpty}</Caption1>}
      </div>
      {unplaced.length > 0 && (
        <ul className={styles.notes} aria-label={S.word.otherFindings}>
          {unplaced.map((finding, i) => (
            <li key={i}>
              <FindingMessage finding={finding} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
