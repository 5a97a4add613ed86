import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { FormCheck } from "../../core/rules/check-form";
import { S } from "../strings";
import { Status } from "./Status";

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
});

/** The draft's lines as the document will read, and how many errors remain once the user tried to finish. */
export function DraftPreview({ check, revealAll }: { check: FormCheck; revealAll: boolean }) {
  const styles = useStyles();
  const errors = check.findings.filter((f) => f.severity === "error").length;
  return (
    <>
      <Caption1>{S.word.preview}</Caption1>
      <div className={styles.preview} data-testid="draft-preview">
        {check.blocks.map((b) => b.text).join("\n")}
      </div>
      {errors > 0 && revealAll && <Status status={{ intent: "warning", text: S.word.blockedByErrors(errors) }} />}
    </>
  );
}
