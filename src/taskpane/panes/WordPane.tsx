import { Tab, TabList } from "@fluentui/react-components";
import { Suspense, lazy, useMemo, useState } from "react";
import type { Minutes, Notice } from "../../core/meeting/notice";
import { type WordHost, createWordHost } from "../../hosts/word/word-host";
import { S } from "../strings";
import { CardsPanel } from "../word/CardsPanel";
import { MinutesDraft, NoticeDraft, useDrafts } from "../word/drafts";
import { PaneHeader } from "./PaneHeader";

type TabId = "notice" | "minutes" | "check" | "cards";

// 检查本文档 (with 排版本文档) is not on the first screen: it loads when its tab is opened.
const CheckPanel = lazy(() =>
  import(/* webpackChunkName: "word-check" */ "../word/CheckPanel").then((m) => ({ default: m.CheckPanel })),
);

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
      {tab === "minutes" && <MinutesDraft host={host} draft={drafts.minutes} />}
      {tab === "check" && (
        <Suspense fallback={null}>
          <CheckPanel host={host} />
        </Suspense>
      )}
      {tab === "cards" && <CardsPanel host={host} />}
    </section>
  );
}

export default function WordPane() {
  const host = useMemo(() => createWordHost(), []);
  return <WordPaneView host={host} />;
}
