import { Button, Caption1, Divider, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import type { FormCheck } from "../../core/rules/check-form";
import type { WordHost } from "../../hosts/word/word-host";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { Status, type StatusMessage, errorText } from "../components/Status";
import { toBase64 } from "../../hosts/files/base64";
import { S } from "../strings";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
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
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** A drafting form, its preview, and 插入到文档 (replacing the earlier draft only after confirmation). */
export function DraftPanel({
  form,
  check,
  ooxml,
  docx,
  host,
}: {
  /** The form, told whether to show every missing element (after the user tried to insert). */
  form: (revealAll: boolean) => ReactNode;
  check: FormCheck;
  ooxml: () => string;
  /** The whole .docx (with page setup and page numbers), for 新建文档. */
  docx: () => Promise<Uint8Array>;
  host: WordHost;
}) {
  const styles = useStyles();
  const [status, setStatus] = useState<StatusMessage>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [revealAll, setRevealAll] = useState(false);
  const errors = check.findings.filter((f) => f.severity === "error").length;

  const insert = async (replace: boolean) => {
    setRevealAll(true);
    setBusy(true);
    setConfirming(false);
    try {
      const result = await host.insertDraft(ooxml(), replace);
      if (result === "needs-confirmation") setConfirming(true);
      else setStatus({ intent: "success", text: result === "replaced" ? S.word.replaced : S.word.inserted });
    } catch (error) {
      setStatus({ intent: "error", text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  const openNew = async () => {
    setRevealAll(true);
    setBusy(true);
    try {
      await host.openNewDocument(toBase64(await docx()));
      setStatus({ intent: "success", text: S.word.newDocumentOpened });
    } catch (error) {
      setStatus({ intent: "error", text: errorText(error) });
    } finally {
      setBusy(false);
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
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => insert(false)}>
          {busy ? S.word.inserting : S.word.insert}
        </Button>
        <Button
          disabled={busy || !host.supportsNewDocument()}
          title={host.supportsNewDocument() ? undefined : S.word.newDocumentUnsupported}
          onClick={openNew}
        >
          {S.word.newDocument}
        </Button>
      </div>
      <Status status={status} />
      <ConfirmDialog
        open={confirming}
        title={S.word.replaceTitle}
        body={S.word.replaceBody}
        confirm={S.word.replaceConfirm}
        onConfirm={() => insert(true)}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
