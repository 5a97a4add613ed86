import { type ComponentType, useMemo, useState } from "react";
import type { Minutes, Notice } from "../../core/meeting/notice";
import type { FormCheck } from "../../core/rules/check-form";
import type { WordHost } from "../../hosts/word/word-host";
import { Status, type StatusMessage, errorText } from "../components/Status";
import { useLazyModule } from "../components/useLazyModule";
import { DraftPanel } from "./DraftPanel";
import { type DraftEngine, loadDraftEngine } from "./load-engines";
import { NoticeForm } from "./NoticeForm";
import type { DraftFormProps } from "./useFormFields";

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

/**
 * A drafted document's form and its 插入/新建/下载, with the checks' load failure said above it: `ooxml` and `docx` make
 * the document from the draft with the drafting engine (loaded by then, or at the first click).
 */
export function DocumentDraft<T>({
  host,
  draft,
  ooxml,
  docx,
  fileName,
  Form,
}: {
  host: WordHost;
  draft: Draft<T>;
  ooxml: (engine: DraftEngine, value: T) => string;
  docx: (engine: DraftEngine, value: T) => Record<string, string>;
  /** The downloaded file's name, from the draft's title. */
  fileName: (value: T) => string;
  Form: ComponentType<DraftFormProps<T>>;
}) {
  const value = draft.value;
  return (
    <>
      <Status status={draft.failure} />
      <DraftPanel
        host={host}
        check={draft.check}
        ooxml={async () => ooxml(await loadDraftEngine(), value)}
        docx={async () => {
          const engine = await loadDraftEngine();
          return engine.zipDocx(docx(engine, value));
        }}
        fileName={() => fileName(value)}
        form={(revealAll) => <Form value={value} onChange={draft.onChange} check={draft.check} revealAll={revealAll} />}
      />
    </>
  );
}

/** 起草通知: the notice form over any Word host (inserted in Word and WPS, downloaded in file mode). */
export function NoticeDraft({ host, draft }: { host: WordHost; draft: Draft<Notice> }) {
  return (
    <DocumentDraft
      host={host}
      draft={draft}
      ooxml={(engine, notice) => engine.noticeOoxml(notice)}
      docx={(engine, notice) => engine.noticeDocx(notice)}
      fileName={(notice) => `${notice.title || notice.name || "会议通知"}.docx`}
      Form={NoticeForm}
    />
  );
}
