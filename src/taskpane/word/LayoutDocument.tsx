import { Button, Caption1, Checkbox } from "@fluentui/react-components";
import { useState } from "react";
import type { Formatted } from "../../core/format";
import type { DocumentKind } from "../../core/rules/text-rule";
import { copyName } from "../../hosts/files/download";
import type { OriginalBody, WordHost } from "../../hosts/word/word-host";
import { DraftPreview } from "../components/DraftPreview";
import { Status, type StatusMessage, downloadedStatus } from "../components/Status";
import { useBusyAction } from "../components/useBusyAction";
import { useLayout } from "../components/layout";
import { S } from "../strings";
import { loadDraftEngine } from "./load-engines";

const KIND_LABELS = { notice: "会议通知", minutes: "会议纪要" } as const;

/**
 * 排版本文档: the document's text laid out in GB/T 9704 by the renderer the drafts use, every word kept; previewed,
 * then on confirmation put in place of the body (Word, WPS) or downloaded (file mode, the opened file untouched).
 * Where the body was replaced, 恢复原文 puts the original back. `onChanged` checks the document again, so that the
 * fixable findings of the laid-out text are offered.
 */
export function LayoutDocument({
  host,
  kind,
  name,
  onChanged,
}: {
  host: WordHost;
  /** The kind the user chose in 文档类型; else read from the text. */
  kind: DocumentKind | undefined;
  /** The opened file's name (file mode), for the download's. */
  name?: string;
  onChanged: () => void;
}) {
  const styles = useLayout();
  const [status, setStatus] = useState<StatusMessage>(null);
  const [preview, setPreview] = useState<Formatted | null>(null);
  const [original, setOriginal] = useState<OriginalBody | null>(null);
  const { busy, attempt } = useBusyAction(setStatus);
  const downloads = host.delivery === "download";

  const layOut = () =>
    attempt(async () => {
      setStatus(null);
      const paragraphs = await host.readParagraphs();
      if (paragraphs.every((p) => p.trim() === "")) {
        setStatus({ intent: "info", text: S.word.emptyDocument });
        return;
      }
      const { formatParagraphs } = await loadDraftEngine();
      setPreview(formatParagraphs(paragraphs, { kind }));
    });

  const confirm = (formatted: Formatted) =>
    attempt(async () => {
      const { formattedDocx, formattedOoxml, zipDocx } = await loadDraftEngine();
      const title = formatted.blocks.find((b) => b.kind === "title")?.text ?? S.word.layout.title;
      const fileName = copyName(name ?? title, S.word.layout.suffix, ".docx");
      const replaced = await host.replaceBody({
        ooxml: formattedOoxml(formatted),
        docx: () => zipDocx(formattedDocx(formatted, title)),
        fileName,
      });
      setPreview(null);
      if (replaced.kind === "downloaded") {
        setStatus(downloadedStatus(replaced.fileName, S.word.layout.inputKept));
        return;
      }
      setOriginal(replaced.original);
      // insertOoxml carries no page setup: the page is made GB/T 9704 where the host allows, or the user is told.
      const page = await host.fitPage();
      const note = page === "set" ? S.word.pageSet : page === "unsupported" ? S.word.pageUnknown : "";
      setStatus({ intent: page === "unsupported" ? "warning" : "success", text: `${S.word.layout.replaced}${note}` });
      onChanged();
    });

  const restore = (body: OriginalBody) =>
    attempt(async () => {
      await host.restoreBody(body);
      setOriginal(null);
      setStatus({ intent: "success", text: S.word.layout.restored });
      onChanged();
    });

  return (
    <section className={styles.panel} aria-label={S.word.layout.button}>
      <div className={styles.actions}>
        <Button disabled={busy} onClick={() => void layOut()}>
          {S.word.layout.button}
        </Button>
        {original && (
          <Button disabled={busy} onClick={() => void restore(original)}>
            {S.word.layout.restore}
          </Button>
        )}
      </div>
      {preview && (
        <>
          <DraftPreview
            check={{ blocks: preview.blocks, byField: {} }}
            caption={S.word.layout.previewCaption(KIND_LABELS[preview.kind])}
            testId="layout-preview"
          />
          {preview.kind === "notice" && (
            <Checkbox
              label={S.word.layout.letter}
              checked={preview.letter}
              onChange={(_e, d) => setPreview({ ...preview, letter: d.checked === true })}
            />
          )}
          <Caption1>{S.word.layout.wordsKept}</Caption1>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={() => void confirm(preview)}>
              {downloads ? S.word.layout.download : S.word.layout.replace}
            </Button>
            <Button disabled={busy} onClick={() => setPreview(null)}>
              {S.word.cancel}
            </Button>
          </div>
        </>
      )}
      <Status status={status} />
    </section>
  );
}
