import { Tab, TabList } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Minutes, Notice } from "../../core/meeting/notice";
import type { FormCheck } from "../../core/rules/check-form";
import { type WordHost, createWordHost } from "../../hosts/word/word-host";
import { S } from "../strings";
import { CardsPanel } from "../word/CardsPanel";
import { CheckPanel } from "../word/CheckPanel";
import { DraftPanel } from "../word/DraftPanel";
import { MinutesForm } from "../word/MinutesForm";
import { NoticeForm } from "../word/NoticeForm";
import { PaneHeader } from "./PaneHeader";
import { loadDraftEngine } from "../word/load-engines";
import { useLazyModule } from "../components/useLazyModule";
import { Status, type StatusMessage, errorText } from "../components/Status";

/** What the form shows until the checks have loaded (a fraction of a second): no findings yet. */
const NOT_CHECKED: FormCheck = { blocks: [], findings: [], byField: {}, pending: true };

type TabId = "notice" | "minutes" | "check" | "cards";

export function WordPaneView({
  host,
  initialNotice = {},
  initialMinutes = {},
  mode = S.modes.word,
}: {
  host: WordHost;
  /** The program named in the header (Word, or WPS 文字 over the WPS host). */
  mode?: string;
  initialNotice?: Notice;
  initialMinutes?: Minutes;
}) {
  const [tab, setTab] = useState<TabId>("notice");
  const [notice, setNotice] = useState<Notice>(initialNotice);
  const [minutes, setMinutes] = useState<Minutes>(initialMinutes);
  const [status, setStatus] = useState<StatusMessage>(null);
  const engine = useLazyModule(loadDraftEngine, (error) => setStatus({ intent: "error", text: errorText(error) }));
  const noticeCheck = useMemo(() => engine?.checkNoticeForm(notice) ?? NOT_CHECKED, [engine, notice]);
  const minutesCheck = useMemo(() => engine?.checkMinutesForm(minutes) ?? NOT_CHECKED, [engine, minutes]);
  return (
    <section data-testid="word-pane">
      <PaneHeader mode={mode} intro={S.word.intro} />
      <TabList
        selectedValue={tab}
        onTabSelect={(_e, d) => setTab(d.value as TabId)}
        style={{ marginBottom: 12, flexWrap: "wrap" }}
      >
        <Tab value="notice">{S.word.tabs.notice}</Tab>
        <Tab value="minutes">{S.word.tabs.minutes}</Tab>
        <Tab value="check">{S.word.tabs.check}</Tab>
        <Tab value="cards">{S.cards.tab}</Tab>
      </TabList>
      <Status status={status} />
      {tab === "notice" && (
        <DraftPanel
          host={host}
          check={noticeCheck}
          ooxml={async () => (await loadDraftEngine()).noticeOoxml(notice)}
          docx={async () => {
            const { zipDocx, noticeDocx } = await loadDraftEngine();
            return zipDocx(noticeDocx(notice));
          }}
          form={(revealAll) => (
            <NoticeForm value={notice} onChange={setNotice} check={noticeCheck} revealAll={revealAll} />
          )}
        />
      )}
      {tab === "minutes" && (
        <DraftPanel
          host={host}
          check={minutesCheck}
          ooxml={async () => (await loadDraftEngine()).minutesOoxml(minutes)}
          docx={async () => {
            const { zipDocx, minutesDocx } = await loadDraftEngine();
            return zipDocx(minutesDocx(minutes));
          }}
          form={(revealAll) => (
            <MinutesForm value={minutes} onChange={setMinutes} check={minutesCheck} revealAll={revealAll} />
          )}
        />
      )}
      {tab === "check" && <CheckPanel host={host} />}
      {tab === "cards" && <CardsPanel host={host} />}
    </section>
  );
}

export default function WordPane() {
  const host = useMemo(() => createWordHost(), []);
  return <WordPaneView host={host} />;
}
