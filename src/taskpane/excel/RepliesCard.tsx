import { Button, Caption1, Checkbox, Subtitle2 } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Collected } from "../../core/replies/collect";
import { listTable, readListedPeople } from "../../core/replies/list-grid";
import { signinPrintTable, signinSheet } from "../../core/replies/signin-sheet";
import type { RegisterTable } from "../../core/table/register-table";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { FilePickerButton } from "../components/FilePickerButton";
import { useLayout } from "../components/layout";
import { RepliesOutcome } from "../files/RepliesOutcome";
import { R } from "../files/replies-strings";
import { type ExistingList, useReplyCollection } from "../files/useReplyCollection";
import { S } from "../strings";
import { listAppending } from "./list-append";
import type { RegisterSession } from "./useRegisterSession";

const REPLY_TYPES = ".xlsx,.xlsm,.xls,.et,.ods,.csv,.docx";

type Pending = { kind: "list"; collected: Collected; addTo: ExistingList | null } | { kind: "signin" };

/**
 * 汇总回执 (the picked 回执, checked against the notice when one is picked, listed in the order the clerk chooses:
 * into a new 参会名单 sheet, or added under the workbook's 参会名单 — only who is new — then the workbook checked
 * again so the 名单 feeds 座次图 and 签到表) and 生成签到表 from the workbook's 参会名单. Each write asks first.
 */
export function RepliesCard({ session, roster }: { session: RegisterSession; roster: RegisterTable | null }) {
  const layout = useLayout();
  const { host, grids, busy, attempt, readAndCheck, setStatus } = session;
  const [pending, setPending] = useState<Pending | null>(null);
  /** Whether to add to the workbook's 参会名单 (null: as the clerk has not said — yes for a list made from 回执). */
  const [addChoice, setAddChoice] = useState<boolean | null>(null);

  const grid = roster ? grids?.find((g) => g.sheet === roster.sheet) : undefined;
  const list = useMemo(() => (grid ? readListedPeople(grid, grid.sheet) : null), [grid]);
  const adding = list !== null && (addChoice ?? list.people.some((p) => p.source !== ""));
  const existing: ExistingList | null = useMemo(
    () => (adding && list && grid ? { ...list, where: grid.sheet } : null),
    [adding, list, grid],
  );
  const replies = useReplyCollection({ attempt, existing, withoutNotice: true });
  const { collected, notice } = replies;

  const writeList = async (what: Collected, addTo: ExistingList | null) => {
    const { people, replies: read, added } = what.merged;
    const target = addTo && grids?.find((g) => g.sheet === addTo.where);
    if (!target) {
      const name = await host.writePrintTable(listTable(what.merged, what.heading));
      return readAndCheck(false, { intent: "success", text: S.replies.merged(name, people.length, read.length) });
    }
    if (added.length === 0) return setStatus({ intent: "info", text: R.nothingNew(target.sheet) });
    // The new people in the order chosen, under the rows already there.
    const fresh = new Set(added);
    const appending = listAppending(
      target,
      people.filter((p) => fresh.has(p)),
    );
    if (!appending) return setStatus({ intent: "error", text: R.listBelow(target.sheet) });
    const origin = target.origin ?? { row: 0, col: 0 };
    const at = { row: origin.row + appending.firstRow, col: origin.col };
    await host.appendRows(target.sheet, at, appending.rows, []);
    await readAndCheck(false, { intent: "success", text: R.added(target.sheet, added.length, at.row + 1) });
  };

  const write = (what: Pending) =>
    attempt(async () => {
      if (what.kind === "list") await writeList(what.collected, what.addTo);
      else if (roster) {
        const sheet = signinSheet(roster, "unit");
        const name = await host.writePrintTable(signinPrintTable(sheet));
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
          onFiles={(files) => void replies.openNotice(files[0])}
        />
        <FilePickerButton
          label={S.replies.pickReplies}
          accept={REPLY_TYPES}
          multiple
          disabled={busy}
          onFiles={(files) => void replies.openReplies(files)}
        />
        {roster && (
          <Button disabled={busy} onClick={() => setPending({ kind: "signin" })}>
            {S.replies.signin}
          </Button>
        )}
      </div>
      <Caption1 block>{notice ? S.replies.notice(notice.file) : S.replies.noNotice}</Caption1>
      {list && grid && (
        <Checkbox checked={adding} label={R.addTo(grid.sheet)} onChange={(_e, d) => setAddChoice(d.checked === true)} />
      )}
      {collected && (
        <RepliesOutcome
          collected={collected}
          noticeRead={notice !== null}
          order={replies.order}
          onOrder={replies.setOrder}
        >
          {collected.merged.people.length === 0 && <Caption1 block>{S.replies.nobodyInReplies}</Caption1>}
          <div className={layout.actions} style={{ marginTop: 12 }}>
            <Button
              appearance="primary"
              disabled={busy || collected.merged.people.length === 0}
              onClick={() => setPending({ kind: "list", collected, addTo: existing })}
            >
              {R.writeList}
            </Button>
          </div>
        </RepliesOutcome>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={pending?.kind === "list" ? S.replies.listTitle : S.replies.signinTitle}
        body={
          pending?.kind === "list"
            ? pending.addTo
              ? R.addBody(pending.addTo.where, pending.collected.merged.added.length)
              : S.replies.listBody(pending.collected.merged.replies.length, pending.collected.merged.people.length)
            : S.replies.signinBody(roster?.sheet ?? "")
        }
        confirm={pending?.kind === "list" && pending.addTo ? R.confirmAdd : S.replies.confirm}
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
