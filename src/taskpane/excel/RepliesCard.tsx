import { Button, Caption1, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import { type Collected, collectReplies } from "../../core/replies/collect";
import { listTable } from "../../core/replies/list-grid";
import type { ReplySource } from "../../core/replies/read-reply";
import { SIGNIN_WIDTHS, signinSheet } from "../../core/replies/signin-sheet";
import type { RegisterTable } from "../../core/table/register-table";
import { pickedFileBytes } from "../../hosts/files/input-size";
import { documentParagraphs } from "../../hosts/files/read-docx";
import { receivedByModification, replySource } from "../../hosts/files/read-reply-file";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { FilePickerButton } from "../components/FilePickerButton";
import { ReplyFindingList } from "../components/ReplyFindingList";
import { useLayout } from "../components/layout";
import { R } from "../files/replies-strings";
import { S } from "../strings";
import type { RegisterSession } from "./useRegisterSession";

const REPLY_TYPES = ".xlsx,.xlsm,.xls,.et,.ods,.csv,.docx";

type Pending = { kind: "list"; collected: Collected } | { kind: "signin" };

/**
 * 汇总回执 (the picked 回执, checked against the notice when one is picked, into a new 参会名单 sheet, then the
 * workbook checked again so the 名单 feeds 座次图 and 签到表) and 生成签到表 from the workbook's 参会名单. Each write
 * adds a sheet, so each asks first, saying whether that clears Excel's undo history.
 */
export function RepliesCard({ session, roster }: { session: RegisterSession; roster: RegisterTable | null }) {
  const layout = useLayout();
  const { host, busy, attempt, readAndCheck, setStatus } = session;
  const [notice, setNotice] = useState<{ file: string; paragraphs: string[] } | null>(null);
  const [collected, setCollected] = useState<Collected | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  const openNotice = (file: File) =>
    attempt(async () => {
      setNotice({ file: file.name, paragraphs: await documentParagraphs(await pickedFileBytes(file), file.name) });
    });
  const openReplies = (files: File[]) =>
    attempt(async () => {
      const sources: ReplySource[] = [];
      for (const file of files)
        sources.push(
          await replySource(file.name, await pickedFileBytes(file), receivedByModification(file.lastModified)),
        );
      const merged = collectReplies({ notice: notice ?? { file: "", paragraphs: [] }, sources, order: "notice" });
      setCollected(merged);
      if (merged.merged.people.length === 0) setStatus({ intent: "info", text: S.replies.nobodyInReplies });
      else setPending({ kind: "list", collected: merged });
    });
  const write = (what: Pending) =>
    attempt(async () => {
      if (what.kind === "list") {
        const name = await host.writePrintTable(listTable(what.collected.merged, what.collected.heading));
        const { people, replies } = what.collected.merged;
        await readAndCheck(false, { intent: "success", text: S.replies.merged(name, people.length, replies.length) });
      } else if (roster) {
        const sheet = signinSheet(roster, "unit");
        const name = await host.writePrintTable({ ...sheet, widths: SIGNIN_WIDTHS, rowHeight: 30 });
        await readAndCheck(false, { intent: "success", text: S.replies.signed(name, sheet.people) });
      }
    });

  return (
    <section className={layout.panel} aria-label={S.replies.title} style={{ marginTop: 12 }}>
      <Subtitle2 as="h3">{S.replies.title}</Subtitle2>
      <Caption1 block>{S.replies.intro}</Caption1>
      <div className={layout.actions}>
        <FilePickerButton
          label={S.replies.pickNotice}
          accept=".docx,.txt"
          disabled={busy}
          onFiles={(files) => void openNotice(files[0])}
        />
        <FilePickerButton
          label={S.replies.pickReplies}
          accept={REPLY_TYPES}
          multiple
          disabled={busy}
          onFiles={(files) => void openReplies(files)}
        />
        {roster && (
          <Button disabled={busy} onClick={() => setPending({ kind: "signin" })}>
            {S.replies.signin}
          </Button>
        )}
      </div>
      <Caption1 block>{notice ? S.replies.notice(notice.file) : S.replies.noNotice}</Caption1>
      {collected && (
        <article aria-label={R.findings}>
          <Text block>{R.summary(collected.merged.people.length, collected.merged.replies.length)}</Text>
          {collected.findings.length === 0 ? (
            <Text block>{R.noFindings}</Text>
          ) : (
            <ReplyFindingList findings={collected.findings} />
          )}
        </article>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={pending?.kind === "list" ? S.replies.listTitle : S.replies.signinTitle}
        body={
          pending?.kind === "list"
            ? S.replies.listBody(pending.collected.merged.replies.length, pending.collected.merged.people.length)
            : S.replies.signinBody(roster?.sheet ?? "")
        }
        confirm={S.replies.confirm}
        onConfirm={() => {
          const what = pending;
          setPending(null);
          if (what) void write(what);
        }}
        onCancel={() => setPending(null)}
      />
    </section>
  );
}
