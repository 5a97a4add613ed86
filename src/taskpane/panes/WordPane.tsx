import { Tab, TabList } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Minutes, Notice } from "../../core/meeting/notice";
import { checkMinutesForm, checkNoticeForm } from "../../core/rules/check-form";
import { minutesDocx, minutesOoxml, noticeDocx, noticeOoxml } from "../../core/render";
import { zipDocx } from "../../hosts/files/write-docx";
import { type WordHost, createWordHost } from "../../hosts/word/word-host";
import { S } from "../strings";
import { CheckPanel } from "../word/CheckPanel";
import { DraftPanel } from "../word/DraftPanel";
import { MinutesForm } from "../word/MinutesForm";
import { NoticeForm } from "../word/NoticeForm";
import { PaneHeader } from "./PaneHeader";

type TabId = "notice" | "minutes" | "check";

export function WordPaneView({
  host,
  initialNotice = {},
  initialMinutes = {},
}: {
  host: WordHost;
  initialNotice?: Notice;
  initialMinutes?: Minutes;
}) {
  const [tab, setTab] = useState<TabId>("notice");
  const [notice, setNotice] = useState<Notice>(initialNotice);
  const [minutes, setMinutes] = useState<Minutes>(initialMinutes);
  const noticeCheck = useMemo(() => checkNoticeForm(notice), [notice]);
  const minutesCheck = useMemo(() => checkMinutesForm(minutes), [minutes]);
  return (
    <section data-testid="word-pane">
      <PaneHeader mode={S.modes.word} intro={S.word.intro} />
      <TabList selectedValue={tab} onTabSelect={(_e, d) => setTab(d.value as TabId)} style={{ marginBottom: 12 }}>
        <Tab value="notice">{S.word.tabs.notice}</Tab>
        <Tab value="minutes">{S.word.tabs.minutes}</Tab>
        <Tab value="check">{S.word.tabs.check}</Tab>
      </TabList>
      {tab === "notice" && (
        <DraftPanel
          host={host}
          check={noticeCheck}
          ooxml={() => noticeOoxml(notice)}
          docx={() => zipDocx(noticeDocx(notice))}
          form={(revealAll) => (
            <NoticeForm value={notice} onChange={setNotice} check={noticeCheck} revealAll={revealAll} />
          )}
        />
      )}
      {tab === "minutes" && (
        <DraftPanel
          host={host}
          check={minutesCheck}
          ooxml={() => minutesOoxml(minutes)}
          docx={() => zipDocx(minutesDocx(minutes))}
          form={(revealAll) => (
            <MinutesForm value={minutes} onChange={setMinutes} check={minutesCheck} revealAll={revealAll} />
          )}
        />
      )}
      {tab === "check" && <CheckPanel host={host} />}
    </section>
  );
}

export default function WordPane() {
  const host = useMemo(() => createWordHost(), []);
  return <WordPaneView host={host} />;
}
