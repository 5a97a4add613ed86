import { Tab, TabList } from "@fluentui/react-components";
import { Suspense, lazy, useMemo, useState } from "react";
import type { Minutes, Notice } from "../../core/meeting/notice";
import { type WordHost, createWordHost } from "../../hosts/word/word-host";
import { Status, type StatusMessage, errorText } from "../components/Status";
import { once, useLazyModule } from "../components/useLazyModule";
import { S } from "../strings";
import { NoticeDraft, useDrafts } from "../word/drafts";
import { PaneHeader } from "./PaneHeader";

type TabId = "notice" | "minutes" | "check" | "cards";

// 检查本文档 (with 排版本文档) is not on the first screen: it loads when its tab is opened.
const CheckPanel = lazy(() =>
  import(/* webpackChunkName: "word-check" */ "../word/CheckPanel").then((m) => ({ default: m.CheckPanel })),
);
// 起草纪要 and 桌签 are not either: fetched just after it, so that their tabs open at once.
const loadLaterTabs = once(() => import(/* webpackChunkName: "word-later-tabs" */ "../word/later-tabs"));

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
  const drafts = useDrafts(initialNotice, initialMinutes);
  const [failure, setFailure] = useState<StatusMessage>(null);
  const later = useLazyModule(loadLaterTabs, (error) => setFailure({ intent: "error", text: errorText(error) }));
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
      {tab === "notice" && <NoticeDraft host={host} draft={drafts.notice} />}
      {(tab === "minutes" || tab === "cards") && <Status status={failure} />}
      {tab === "minutes" && later && <later.MinutesDraft host={host} draft={drafts.minutes} />}
      {tab === "check" && (
        <Suspense fallback={null}>
          <CheckPanel host={host} />
        </Suspense>
      )}
      {tab === "cards" && later && <later.CardsPanel host={host} />}
    </section>
  );
}

export default function WordPane() {
  const host = useMemo(() => createWordHost(), []);
  return <WordPaneView host={host} />;
}
