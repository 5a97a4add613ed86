import { useMemo, useState } from "react";
import { type CollectInput, type Collected, collectReplies } from "../../core/replies/collect";
import type { ListOrder } from "../../core/replies/merge";
import type { ReplySource } from "../../core/replies/read-reply";
import { pickedFileBytes } from "../../hosts/files/input-size";
import { documentParagraphs } from "../../hosts/files/read-docx";
import { receivedByModification, replySource } from "../../hosts/files/read-reply-file";

export type Notice = { file: string; paragraphs: string[] };

/** The 参会名单 a run adds to: where it is (a file, or a sheet of the workbook) and its people. */
export type ExistingList = NonNullable<CollectInput["existing"]> & { where: string };

/**
 * 汇总回执's state, as file mode and the Excel pane share it: the notice, the 回执 read (a file picked again replaces
 * its earlier reading), the order the clerk chose, the 参会名单 being added to, and the merge with its findings.
 * Without `withoutNotice` nothing is merged until a notice is open; with it the 回执 are merged and checked for
 * duplicates and phones alone.
 */
export function useReplyCollection({
  attempt,
  existing = null,
  withoutNotice = false,
}: {
  attempt: (work: () => Promise<void>) => Promise<unknown>;
  existing?: ExistingList | null;
  withoutNotice?: boolean;
}) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [sources, setSources] = useState<ReplySource[]>([]);
  const [order, setOrder] = useState<ListOrder>("notice");

  const collected: Collected | null = useMemo(() => {
    const read = notice ?? (withoutNotice ? { file: "", paragraphs: [] } : null);
    if (!read || sources.length === 0) return null;
    return collectReplies({ notice: read, sources, order, ...(existing ? { existing } : {}) });
  }, [notice, sources, order, existing, withoutNotice]);

  return {
    notice,
    sources,
    order,
    setOrder,
    collected,
    /** Replaces the notice (and the 回执 with it, for the sample). */
    show: (next: { notice: Notice; sources: ReplySource[] }) => {
      setNotice(next.notice);
      setSources(next.sources);
    },
    openNotice: (file: File) =>
      attempt(async () => {
        setNotice({ file: file.name, paragraphs: await documentParagraphs(await pickedFileBytes(file), file.name) });
      }),
    openReplies: (files: File[]) =>
      attempt(async () => {
        const read: ReplySource[] = [];
        for (const file of files)
          read.push(
            await replySource(file.name, await pickedFileBytes(file), receivedByModification(file.lastModified)),
          );
        setSources((before) => [...before.filter((s) => !read.some((r) => r.file === s.file)), ...read]);
      }),
  };
}

export type ReplyCollection = ReturnType<typeof useReplyCollection>;
