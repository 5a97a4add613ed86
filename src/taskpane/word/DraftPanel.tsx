import { Button, Divider, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import type { FormCheck } from "../../core/rules/check-form";
import type { WordHost } from "../../hosts/word/word-host";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { DraftPreview } from "../components/DraftPreview";
import { Status, type StatusMessage, downloadedStatus } from "../components/Status";
import { toBase64 } from "../../hosts/files/base64";
import { useBusyAction } from "../components/useBusyAction";
import { useErrorConfirm } from "../components/useErrorConfirm";
import { S } from "../strings";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/**
 * A drafting form, its preview, and 插入到文档 (replacing the earlier draft only after confirmation) and 新建文档; where
 * the host delivers by download (file mode), 下载 Word 文档 instead. Errors left in the form are asked about before
 * the draft goes out, never said after.
 */
export function DraftPanel({
  form,
  check,
  ooxml,
  docx,
  fileName,
  host,
}: {
  /** The form, told whether to show every missing element (after the user tried to insert). */
  form: (revealAll: boolean) => ReactNode;
  check: FormCheck;
  ooxml: () => Promise<string>;
  /** The whole .docx (with page setup and page numbers), for 新建文档 and the download. */
  docx: () => Promise<Uint8Array>;
  /** The downloaded file's name: `全县防汛工作会议.docx`. */
  fileName: () => string;
  host: WordHost;
}) {
  const styles = useStyles();
  const [status, setStatus] = useState<StatusMessage>(null);
  const [confirming, setConfirming] = useState<"draft" | "selection" | null>(null);
  const { busy, attempt } = useBusyAction(setStatus);
  const [revealAll, setRevealAll] = useState(false);
  const downloads = host.delivery === "download";
  const errorConfirm = useErrorConfirm(check, downloads ? S.word.finishDownload : S.word.finishInsert, () =>
    setRevealAll(true),
  );

  const insert = (replace: boolean) => {
    setRevealAll(true);
    return attempt(async () => {
      setConfirming(null);
      const result = await host.insertDraft(await ooxml(), replace);
      if (result === "needs-confirmation") setConfirming("draft");
      else if (result === "selection-not-empty") setConfirming("selection");
      else {
        // insertOoxml carries no page setup: the page is made GB/T 9704 where Word allows, or the user is told.
        const page = await host.fitPage();
        const done = result === "replaced" ? S.word.replaced : S.word.inserted;
        const note = page === "set" ? S.word.pageSet : page === "unsupported" ? S.word.pageUnknown : "";
        setStatus({ intent: page === "unsupported" ? "warning" : "success", text: `${done}${note}` });
      }
    });
  };

  const openNew = () => {
    setRevealAll(true);
    return attempt(async () => {
      const name = fileName();
      await host.openNewDocument(toBase64(await docx()), "wordNewDocument", name);
      setStatus(downloads ? downloadedStatus(name) : { intent: "success", text: S.word.newDocumentOpened });
    });
  };

  return (
    <section className={styles.panel}>
      {form(revealAll)}
      <Divider />
      <DraftPreview check={check} />
      {downloads ? (
        <Button appearance="primary" disabled={busy} onClick={() => errorConfirm.guard(() => void openNew())}>
          {S.file.downloadDocx}
        </Button>
      ) : (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy} onClick={() => errorConfirm.guard(() => void insert(false))}>
            {busy ? S.word.inserting : S.word.insert}
          </Button>
          <Button
            disabled={busy || !host.supportsNewDocument()}
            title={host.supportsNewDocument() ? undefined : host.unsupported("wordNewDocument")}
            onClick={() => errorConfirm.guard(() => void openNew())}
          >
            {S.word.newDocument}
          </Button>
        </div>
      )}
      <Status status={status} />
      {errorConfirm.dialog}
      <ConfirmDialog
        open={confirming !== null}
        title={confirming === "selection" ? S.word.selectionTitle : S.word.replaceTitle}
        body={confirming === "selection" ? S.word.selectionBody : S.word.replaceBody}
        confirm={confirming === "selection" ? S.word.selectionConfirm : S.word.replaceConfirm}
        onConfirm={() => insert(true)}
        onCancel={() => setConfirming(null)}
      />
    </section>
  );
}
