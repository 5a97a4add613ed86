import { Button, Caption1, Divider, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import type { FormCheck } from "../../core/rules/check-form";
import { DOCX_TYPE, offerDownload } from "../../hosts/files/download";
import { Status, type StatusMessage, errorText } from "../components/Status";
import { S } from "../strings";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  preview: {
    whiteSpace: "pre-wrap",
    fontSize: "13px",
    lineHeight: "1.7",
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** File mode drafting: the same forms as in Word, and 下载 Word 文档 from the shared renderer. */
export function DraftDownload({
  form,
  check,
  docx,
  fileName,
}: {
  form: (revealAll: boolean) => ReactNode;
  check: FormCheck;
  docx: () => Promise<Uint8Array>;
  fileName: () => string;
}) {
  const styles = useStyles();
  const [revealAll, setRevealAll] = useState(false);
  const [status, setStatus] = useState<StatusMessage>(null);
  const errors = check.findings.filter((f) => f.severity === "error").length;
  const download = async () => {
    setRevealAll(true);
    try {
      offerDownload(await docx(), fileName(), DOCX_TYPE);
    } catch (error) {
      setStatus({ intent: "error", text: errorText(error) });
    }
  };
  return (
    <section className={styles.panel}>
      {form(revealAll)}
      <Divider />
      <Caption1>{S.word.preview}</Caption1>
      <div className={styles.preview} data-testid="draft-preview">
        {check.blocks.map((b) => b.text).join("\n")}
      </div>
      {errors > 0 && revealAll && <Status status={{ intent: "warning", text: S.word.blockedByErrors(errors) }} />}
      <Button appearance="primary" onClick={download}>
        {S.file.downloadDocx}
      </Button>
      <Status status={status} />
    </section>
  );
}
