import { Button, Divider, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import type { FormCheck } from "../../core/rules/check-form";
import { DOCX_TYPE, offerDownload } from "../../hosts/files/download";
import { DraftPreview } from "../components/DraftPreview";
import { Status, type StatusMessage, downloadedStatus, errorText } from "../components/Status";
import { useErrorConfirm } from "../components/useErrorConfirm";
import { S } from "../strings";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/**
 * File mode drafting: the same forms as in Word, and 下载 Word 文档 from the shared renderer — asked first when the
 * form has errors, and said in the pane once downloaded.
 */
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
  const { guard, dialog } = useErrorConfirm(check, S.word.finishDownload, () => setRevealAll(true));
  const download = async () => {
    try {
      const name = fileName();
      offerDownload(await docx(), name, DOCX_TYPE);
      setStatus(downloadedStatus(name));
    } catch (error) {
      setStatus({ intent: "error", text: errorText(error) });
    }
  };
  return (
    <section className={styles.panel}>
      {form(revealAll)}
      <Divider />
      <DraftPreview check={check} />
      <Button appearance="primary" onClick={() => guard(() => void download())}>
        {S.file.downloadDocx}
      </Button>
      <Status status={status} />
      {dialog}
    </section>
  );
}
