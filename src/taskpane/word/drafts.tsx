import { useMemo, useState } from "react";
import type { Minutes, Notice } from "../../core/meeting/notice";
import type { FormCheck } from "../../core/rules/check-form";
import type { WordHost } from "../../hosts/word/word-host";
import { Status, type StatusMessage, errorText } from "../components/Status";
import { useLazyModule } from "../components/useLazyModule";
import { DraftPanel } from "./DraftPanel";
import { loadDraftEngine } from "./load-engines";
import { MinutesForm } from "./MinutesForm";
import { NoticeForm } from "./NoticeForm";

/** What the form shows until the checks have loaded (a fraction of a second): no findings yet. */
const NOT_CHECKED: FormCheck = { blocks: [], findings: [], byField: {}, pending: true };

export interface Draft<T> {
  value: T;
  onChange: (value: T) => void;
  check: FormCheck;
  /** The checks' module failed to load: said above the form. */
  failure: StatusMessage;
}

/**
 * The notice and the minutes being drafted, each with its check, held by the pane so that a half-filled form
 * survives switching tabs. The checks and the renderer load after the first render.
 */
export function useDrafts(initialNotice: Notice = {}, initialMinutes: Minutes = {}) {
  const [notice, setNotice] = useState<Notice>(initialNotice);
  const [minutes, setMinutes] = useState<Minutes>(initialMinutes);
  const [failure, setFailure] = useState<StatusMessage>(null);
  const engine = useLazyModule(loadDraftEngine, (error) => setFailure({ intent: "error", text: errorText(error) }));
  const noticeCheck = useMemo(() => engine?.checkNoticeForm(notice) ?? NOT_CHECKED, [engine, notice]);
  const minutesCheck = useMemo(() => engine?.checkMinutesForm(minutes) ?? NOT_CHECKED, [engine, minutes]);
  return {
    notice: { value: notice, onChange: setNotice, check: noticeCheck, failure } satisfies Draft<Notice>,
    minutes: { value: minutes, onChange: setMinutes, check: minutesCheck, failure } satisfies Draft<Minutes>,
  };
}

/** 起草通知: the notice form over any Word host (inserted in Word and WPS, downloaded in file mode). */
export function NoticeDraft({ host, draft }: { host: WordHost; draft: Draft<Notice> }) {
  const notice = draft.value;
  return (
    <>
      <Status status={draft.failure} />
      <DraftPanel
        host={host}
        check={draft.check}
        ooxml={async () => (await loadDraftEngine()).noticeOoxml(notice)}
        docx={async () => {
          const { zipDocx, noticeDocx } = await loadDraftEngine();
          return zipDocx(noticeDocx(notice));
        }}
        fileName={() => `${notice.title || notice.name || "会议通知"}.docx`}
        form={(revealAll) => (
          <NoticeForm value={notice} onChange={draft.onChange} check={draft.check} revealAll={revealAll} />
        )}
      />
    </>
  );
}

/** 起草纪要: the minutes form over any Word host. */
export function MinutesDraft({ host, draft }: { host: WordHost; draft: Draft<Minutes> }) {
  const minutes = draft.value;
  return (
    <>
      <Status status={draft.failure} />
      <DraftPanel
        host={host}
        check={draft.check}
        ooxml={async () => (await loadDraftEngine()).minutesOoxml(minutes)}
        docx={async () => {
          const { zipDocx, minutesDocx } = await loadDraftEngine();
          return zipDocx(minutesDocx(minutes));
        }}
        fileName={() => `${minutes.title || "会议纪要"}.docx`}
        form={(revealAll) => (
          <MinutesForm value={minutes} onChange={draft.onChange} check={draft.check} revealAll={revealAll} />
        )}
      />
    </>
  );
}
