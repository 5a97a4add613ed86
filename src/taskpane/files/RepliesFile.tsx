import { Button, Caption1, Text } from "@fluentui/react-components";
import { useState } from "react";
import { listTable, readListedPeople } from "../../core/replies/list-grid";
import type { ReplySource } from "../../core/replies/read-reply";
import { readRegister } from "../../core/table/register-table";
import { FileReadError } from "../../hosts/files/file-error";
import { pickedFileBytes } from "../../hosts/files/input-size";
import { documentParagraphs } from "../../hosts/files/read-docx";
import { receivedByModification, replySource } from "../../hosts/files/read-reply-file";
import { readWorkbookGrids } from "../../hosts/files/read-workbook";
import { sampleNoticeFile, sampleReplyFiles } from "../../hosts/files/sample-reply-files";
import { FilePickerButton } from "../components/FilePickerButton";
import { Status, type StatusMessage, downloadedStatus } from "../components/Status";
import { useLayout } from "../components/layout";
import { useBusyAction } from "../components/useBusyAction";
import { downloadPrintTable, downloadSigninSheet } from "./print-table-download";
import { R } from "./replies-strings";
import { RepliesOutcome } from "./RepliesOutcome";
import { type ExistingList, useReplyCollection } from "./useReplyCollection";

const REPLY_TYPES = ".xlsx,.xlsm,.xls,.et,.ods,.csv,.docx";
const LIST_TYPES = ".xlsx,.xlsm,.xls,.et,.ods,.csv";

/** A file's name, bytes and modification time: what a picked file and a built-in sample both give. */
interface OpenedFile {
  name: string;
  bytes: Uint8Array;
  lastModified: number;
}

/** A picked or built-in 回执 as the merge reads it, received on its file's modification day. */
const sourceOf = (file: OpenedFile) => replySource(file.name, file.bytes, receivedByModification(file.lastModified));

/** The built-in notice and 回执, made into files and read back as the user's would be. */
async function sampleFiles(): Promise<{ notice: OpenedFile; replies: OpenedFile[] }> {
  return { notice: await sampleNoticeFile(), replies: await sampleReplyFiles() };
}

/**
 * File mode's 汇总回执: a notice and the 回执 units sent back, merged into one 参会名单 (or added to one opened from
 * an earlier run: only who is new) with the reply/* findings and the count per unit; the 参会名单 and its 签到表
 * offered as downloads.
 */
export function RepliesFile() {
  const styles = useLayout();
  const [existing, setExisting] = useState<ExistingList | null>(null);
  const [status, setStatus] = useState<StatusMessage>(null);
  const { busy, attempt } = useBusyAction(setStatus);
  // Each step starts with a clear status line: a new step's outcome replaces the last one's.
  const run = (work: () => Promise<void>) =>
    attempt(async () => {
      setStatus(null);
      await work();
    });
  const replies = useReplyCollection({ attempt: run, existing });
  const { notice, sources, collected } = replies;

  const openSample = () =>
    run(async () => {
      const files = await sampleFiles();
      const paragraphs = await documentParagraphs(files.notice.bytes, files.notice.name);
      const read: ReplySource[] = [];
      for (const file of files.replies) read.push(await sourceOf(file));
      replies.show({ notice: { file: files.notice.name, paragraphs }, sources: read });
    });
  const openList = (file: File) =>
    run(async () => {
      const grids = await readWorkbookGrids(await pickedFileBytes(file), file.name);
      const list = grids.map((grid) => readListedPeople(grid, file.name)).find((l) => l !== null);
      if (!list) throw new FileReadError(R.noList(file.name));
      setExisting({ ...list, where: file.name });
    });

  const list = () => listTable(collected!.merged, collected!.heading);
  const downloadList = () =>
    run(async () => {
      await downloadPrintTable(list(), R.listFile);
      setStatus(downloadedStatus(R.listFile, R.people(collected!.merged.people.length)));
    });
  const downloadSignin = (docx: boolean) =>
    run(async () => {
      setStatus(await downloadSigninSheet(readRegister(list().grid), R.signinStem, docx ? "docx" : "xlsx"));
    });

  return (
    <section className={styles.panel} aria-label={R.tab}>
      <Caption1>{R.intro}</Caption1>
      <div className={styles.actions}>
        <FilePickerButton
          appearance="primary"
          label={R.pickNotice}
          accept=".docx,.txt"
          disabled={busy}
          onFiles={(files) => void replies.openNotice(files[0])}
        />
        <FilePickerButton
          label={R.pickReplies}
          accept={REPLY_TYPES}
          multiple
          disabled={busy}
          onFiles={(files) => void replies.openReplies(files)}
        />
        <FilePickerButton
          label={R.pickList}
          accept={LIST_TYPES}
          disabled={busy}
          onFiles={(files) => void openList(files[0])}
        />
        <Button disabled={busy} onClick={() => void openSample()}>
          {R.sample}
        </Button>
      </div>
      {notice && <Text>{R.notice(notice.file)}</Text>}
      {sources.length > 0 && <Text>{R.replies(sources.length)}</Text>}
      {existing && (
        <div className={styles.actions}>
          <Text>{R.listOpened(existing.where, existing.people.length)}</Text>
          <Button size="small" disabled={busy} onClick={() => setExisting(null)}>
            {R.dropList}
          </Button>
        </div>
      )}
      <Status status={status} />
      {!notice && sources.length > 0 && <Status status={{ intent: "info", text: R.needNotice }} />}
      {collected && (
        <RepliesOutcome collected={collected} order={replies.order} onOrder={replies.setOrder}>
          <div className={styles.actions} style={{ marginTop: 12 }}>
            <Button appearance="primary" disabled={busy} onClick={() => void downloadList()}>
              {R.downloadList}
            </Button>
            <Button disabled={busy || collected.merged.people.length === 0} onClick={() => void downloadSignin(false)}>
              {R.downloadSignin}
            </Button>
            <Button disabled={busy || collected.merged.people.length === 0} onClick={() => void downloadSignin(true)}>
              {R.downloadSigninDocx}
            </Button>
          </div>
        </RepliesOutcome>
      )}
    </section>
  );
}
