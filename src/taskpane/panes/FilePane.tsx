import { Tab, TabList } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { createFileWordHost } from "../../hosts/files/file-word-host";
import { TaskMenu } from "../components/TaskMenu";
import { FILE_TASKS, type FileRoute, type FileTask, type HandedFiles, isWordFile } from "../files/file-routes";
import { FileRegisterPanel } from "../files/FileRegisterPanel";
import { RepliesFile } from "../files/RepliesFile";
import { TrackingTask } from "../files/TrackingTask";
import { startSampleOf } from "../files/start-sample";
import { S } from "../strings";
import { FileDocumentCheck } from "../word/FileDocumentCheck";
import { NoticeDraft, useDrafts } from "../word/drafts";
import { MinutesDraft } from "../word/MinutesDraft";
import { PaneHeader } from "./PaneHeader";
import { SAMPLE_WORKBOOKS } from "../../samples";

/** The files handed to the task that reads them: 检查登记表 (and 座次图, the same panel) or 检查通知/纪要. */
interface Handed {
  registers?: HandedFiles;
  documents?: HandedFiles;
}

export default function FilePane() {
  const [start] = useState(() => startSampleOf(window.location.search));
  // The start screen names every task; a sample in the address opens its task at once.
  const [task, setTask] = useState<FileTask | null>(() =>
    start?.tab === "registers" && SAMPLE_WORKBOOKS[start.workbook]?.id === "seating" ? "seating" : (start?.tab ?? null),
  );
  const [handed, setHanded] = useState<Handed>({});
  const drafts = useDrafts();
  // Drafts are downloaded; the document checked in 检查通知/纪要 has a file host of its own.
  const draftHost = useMemo(() => createFileWordHost(), []);

  /** A file on the wrong task goes to the one that reads it; the task says so in its status line. */
  const route = ({ to, files, note }: FileRoute) => {
    setTask(to);
    if (!files?.length) return;
    const panel = to === "documents" ? "documents" : "registers";
    setHanded((h) => ({ ...h, [panel]: { files, note, id: (h[panel]?.id ?? 0) + 1 } }));
  };
  /** Files dropped on the start screen: Word documents to 检查通知/纪要, the rest to 检查登记表. */
  const openDropped = (files: File[]) => {
    const words = files.filter((f) => isWordFile(f.name));
    const sheets = files.filter((f) => !isWordFile(f.name));
    if (words.length) route({ to: "documents", files: words });
    if (sheets.length) route({ to: "registers", files: sheets });
  };

  return (
    <section data-testid="file-pane">
      <PaneHeader mode={S.modes.file} intro={S.file.intro} />
      {task === null ? (
        <TaskMenu onChoose={setTask} onFiles={openDropped} />
      ) : (
        <TabList
          size="small"
          selectedValue={task}
          onTabSelect={(_e, d) => setTask(d.value as FileTask)}
          style={{ marginBottom: 12, flexWrap: "wrap" }}
        >
          {FILE_TASKS.map((t) => (
            <Tab key={t} value={t}>
              {S.tasks[t].name}
            </Tab>
          ))}
        </TabList>
      )}
      {/* Every panel stays mounted, so a checked file or a half-filled form survives switching tasks. */}
      <div hidden={task !== "registers" && task !== "seating"}>
        <FileRegisterPanel
          initialSample={start?.tab === "registers" ? start.workbook : undefined}
          purpose={task === "seating" ? "seating" : "registers"}
          handed={handed.registers}
          onRoute={route}
        />
      </div>
      <div hidden={task !== "notice"}>
        <NoticeDraft host={draftHost} draft={drafts.notice} />
      </div>
      <div hidden={task !== "replies"}>
        <RepliesFile />
      </div>
      <div hidden={task !== "minutes"}>
        <MinutesDraft host={draftHost} draft={drafts.minutes} />
      </div>
      <div hidden={task !== "documents"}>
        <FileDocumentCheck
          initialSample={start?.tab === "documents" ? start.document : undefined}
          handed={handed.documents}
          onRoute={route}
        />
      </div>
      <div hidden={task !== "tracking"}>
        <TrackingTask onRoute={route} />
      </div>
    </section>
  );
}
