import { Tab, TabList } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Minutes, Notice } from "../../core/meeting/notice";
import { checkMinutesForm, checkNoticeForm } from "../../core/rules/check-form";
import { minutesDocx, noticeDocx } from "../../core/render";
import { zipDocx } from "../../hosts/files/write-docx";
import { DocumentCheck } from "../files/DocumentCheck";
import { DraftDownload } from "../files/DraftDownload";
import { RegisterCheck } from "../files/RegisterCheck";
import { RepliesFile } from "../files/RepliesFile";
import { R } from "../files/replies-strings";
import { startSampleOf } from "../files/start-sample";
import { S } from "../strings";
import { MinutesForm } from "../word/MinutesForm";
import { NoticeForm } from "../word/NoticeForm";
import { PaneHeader } from "./PaneHeader";

type TabId = "registers" | "notice" | "minutes" | "documents" | "replies";

export default function FilePane() {
  const [start] = useState(() => startSampleOf(window.location.search));
  const [tab, setTab] = useState<TabId>(start?.tab ?? "registers");
  const [notice, setNotice] = useState<Notice>({});
  const [minutes, setMinutes] = useState<Minutes>({});
  const noticeCheck = useMemo(() => checkNoticeForm(notice), [notice]);
  const minutesCheck = useMemo(() => checkMinutesForm(minutes), [minutes]);
  return (
    <section data-testid="file-pane">
      <PaneHeader mode={S.modes.file} intro={S.file.intro} />
      <TabList
        selectedValue={tab}
        onTabSelect={(_e, d) => setTab(d.value as TabId)}
        style={{ marginBottom: 12, flexWrap: "wrap" }}
      >
        <Tab value="registers">{S.file.tabs.registers}</Tab>
        <Tab value="notice">{S.file.tabs.notice}</Tab>
        <Tab value="minutes">{S.file.tabs.minutes}</Tab>
        <Tab value="documents">{S.file.tabs.documents}</Tab>
        <Tab value="replies">{R.tab}</Tab>
      </TabList>
      {/* Every panel stays mounted, so a checked file or a half-filled form survives switching tabs. */}
      <div hidden={tab !== "registers"}>
        <RegisterCheck initialSample={start?.tab === "registers" ? start.workbook : undefined} />
      </div>
      <div hidden={tab !== "notice"}>
        <DraftDownload
          check={noticeCheck}
          docx={() => zipDocx(noticeDocx(notice))}
          fileName={() => `${notice.title || notice.name || "会议通知"}.docx`}
          form={(revealAll) => (
            <NoticeForm value={notice} onChange={setNotice} check={noticeCheck} revealAll={revealAll} />
          )}
        />
      </div>
      <div hidden={tab !== "minutes"}>
        <DraftDownload
          check={minutesCheck}
          docx={() => zipDocx(minutesDocx(minutes))}
          fileName={() => `${minutes.title || "会议纪要"}.docx`}
          form={(revealAll) => (
            <MinutesForm value={minutes} onChange={setMinutes} check={minutesCheck} revealAll={revealAll} />
          )}
        />
      </div>
      <div hidden={tab !== "documents"}>
        <DocumentCheck initialSample={start?.tab === "documents" ? start.document : undefined} />
      </div>
      <div hidden={tab !== "replies"}>
        <RepliesFile />
      </div>
    </section>
  );
}
