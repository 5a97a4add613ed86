import type { Minutes } from "../../core/meeting/notice";
import type { WordHost } from "../../hosts/word/word-host";
import { type Draft, DocumentDraft } from "./drafts";
import { MinutesForm } from "./MinutesForm";

/** 起草纪要: the minutes form over any Word host. */
export function MinutesDraft({ host, draft }: { host: WordHost; draft: Draft<Minutes> }) {
  return (
    <DocumentDraft
      host={host}
      draft={draft}
      ooxml={(engine, minutes) => engine.minutesOoxml(minutes)}
      docx={(engine, minutes) => engine.minutesDocx(minutes)}
      fileName={(minutes) => `${minutes.title || "会议纪要"}.docx`}
      Form={MinutesForm}
    />
  );
}
