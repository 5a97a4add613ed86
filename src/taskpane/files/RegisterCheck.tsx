import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { type DragEvent, useEffect, useState } from "react";
import { type Finding, cellOf } from "../../core/rules/finding";
import { REGISTER_RULES } from "../../core/rules/register-registry";
import type { SheetReport } from "../../core/rules/run-registers";
import { checkWorkbookToday } from "../../hosts/files/check-today";
import type { Grid } from "../../core/table/grid";
import { XLSX_TYPE, checkedCopyName, copyName, offerDownload } from "../../hosts/files/download";
import { gridsToXlsx } from "../../hosts/files/write-xlsx";
import { SAMPLE_WORKBOOKS } from "../../samples";
import { Status, type StatusMessage, errorText } from "../components/Status";
import { FilePickerButton } from "../components/FilePickerButton";
import { ProgressLine } from "../components/ProgressLine";
import { SheetResults } from "../components/SheetResults";
import { ruleNamesOf } from "../../core/rules/rule-names";
import { checkedAtNow } from "../../core/report/checked-at";
import { S } from "../strings";
import { JobCancelled } from "./file-job-runner";
import { SeatingFile } from "./SeatingFile";
import { SigninSheetFile } from "./SigninSheetFile";
import { SheetPreview } from "./SheetPreview";
import { jobFailure, useFileJobs } from "./useFileJobs";
import { pickedFileBytes } from "../../hosts/files/input-size";

interface Checked {
  fileName: string;
  bytes: () => Promise<Uint8Array>;
  grids: Grid[];
  sheets: SheetReport[];
  /** Where the file worker keeps what it read (file-jobs.ts); none for a sample, checked on the page. */
  kept?: number;
}

const RULE_NAMES = ruleNamesOf(REGISTER_RULES);

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingVerticalL,
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
  },
  dropActive: { backgroundColor: tokens.colorBrandBackground2 },
  samples: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

/** File mode: open .xlsx registers (picker, drag and drop or samples), see tally and findings, download a checked copy. */
export function RegisterCheck({ initialSample }: { initialSample?: number }) {
  const styles = useStyles();
  const [results, setResults] = useState<Checked[]>([]);
  const [selected, setSelected] = useState<{ file: number; finding: Finding } | null>(null);
  const [status, setStatus] = useState<StatusMessage>(null);
  const [dragging, setDragging] = useState(false);
  const jobs = useFileJobs();

  const show = (checked: Checked[]) => {
    setResults(checked);
    setSelected(null);
  };

  const openFiles = async (files: File[]) => {
    const checked: Checked[] = [];
    const problems: string[] = [];
    let cancelled = false;
    setStatus(null);
    for (const file of files) {
      try {
        const bytes = await pickedFileBytes(file);
        const { grids, sheets, kept } = await jobs.run("checkWorkbook", { bytes, fileName: file.name });
        checked.push({ fileName: file.name, bytes: async () => bytes, grids, sheets, kept });
      } catch (error) {
        if (error instanceof JobCancelled) {
          cancelled = true;
          break;
        }
        problems.push(errorText(error));
      }
    }
    const text = [...problems, ...(cancelled ? [S.file.cancelled] : [])].join("；");
    setStatus(text ? { intent: problems.length ? "error" : "info", text } : null);
    // A failed or cancelled open keeps what was shown before; the status line says what went wrong.
    if (checked.length > 0) show(checked);
  };

  const openSample = (index: number) => {
    const sample = SAMPLE_WORKBOOKS[index];
    setStatus(null);
    show([
      {
        fileName: sample.fileName,
        bytes: () => gridsToXlsx(sample.grids),
        grids: sample.grids,
        sheets: checkWorkbookToday(sample.grids),
      },
    ]);
  };

  const download = async (result: Checked) => {
    try {
      const checkedAt = checkedAtNow();
      const sendAll = async () =>
        jobs.run("checkedCopy", {
          bytes: await result.bytes(),
          fileName: result.fileName,
          grids: result.grids,
          sheets: result.sheets,
          checkedAt,
        });
      // The worker that checked the file still holds it, unless 取消 or a crash replaced the worker since.
      const copy =
        result.kept === undefined
          ? await sendAll()
          : await jobs
              .run("checkedCopy", { kept: result.kept, fileName: result.fileName, checkedAt })
              .catch((error: unknown) => {
                if ((error as Error)?.name === "KeptWorkbookGone") return sendAll();
                throw error;
              });
      offerDownload(copy, checkedCopyName(result.fileName), XLSX_TYPE);
    } catch (error) {
      setStatus(jobFailure(error));
    }
  };

  /** 追加纪要中的议定事项: a copy of the 督办台账 with the minutes' new items, downloaded and shown checked. */
  const appendMinutes = async (result: Checked, index: number, minutes: File) => {
    setStatus(null);
    try {
      const { bytes, added, alreadyThere } = await jobs.run("appendMinutes", {
        bytes: await result.bytes(),
        fileName: result.fileName,
        minutes: await pickedFileBytes(minutes),
        minutesName: minutes.name,
      });
      if (added === 0) return setStatus({ intent: "info", text: S.tracking.nothingNew(alreadyThere) });
      const fileName = copyName(result.fileName, S.tracking.appendedSuffix, ".xlsx");
      offerDownload(bytes, fileName, XLSX_TYPE);
      const { grids, sheets, kept } = await jobs.run("checkWorkbook", { bytes, fileName });
      setResults(
        results.map((r, i) => (i === index ? { fileName, bytes: async () => bytes, grids, sheets, kept } : r)),
      );
      setStatus({ intent: "success", text: S.tracking.appended(added, alreadyThere, fileName) });
    } catch (error) {
      setStatus(jobFailure(error));
    }
  };

  useEffect(() => {
    if (initialSample !== undefined) openSample(initialSample);
  }, []);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!jobs.busy) void openFiles([...event.dataTransfer.files]);
  };

  return (
    <section className={styles.panel}>
      <div
        className={`${styles.drop} ${dragging ? styles.dropActive : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <FilePickerButton
          appearance="primary"
          label={S.file.pickRegister}
          disabled={jobs.busy}
          accept=".xlsx,.xlsm,.xls,.et,.ods,.csv,.txt"
          multiple
          onFiles={(files) => void openFiles(files)}
        />
        <Caption1>{S.file.dropHere}</Caption1>
      </div>
      <div className={styles.samples}>
        <Caption1>{S.file.samples}</Caption1>
        {SAMPLE_WORKBOOKS.map((sample, i) => (
          <Button
            key={sample.fileName}
            size="small"
            appearance="secondary"
            disabled={jobs.busy}
            onClick={() => openSample(i)}
          >
            {sample.title}
          </Button>
        ))}
      </div>
      {jobs.progress && <ProgressLine {...jobs.progress} onCancel={jobs.cancel} />}
      <Status status={status} />
      {results.map((result, fileIndex) => (
        <article key={result.fileName} aria-label={result.fileName} className={styles.panel}>
          <Subtitle2 as="h2">{result.fileName}</Subtitle2>
          <Button disabled={jobs.busy} onClick={() => download(result)}>
            {S.file.download}
          </Button>
          <Caption1>{S.file.downloadNote}</Caption1>
          {result.sheets.some((sheet) => sheet.kind === "tracking") && (
            <FilePickerButton
              label={S.tracking.append}
              accept=".docx,.txt"
              disabled={jobs.busy}
              onFiles={(files) => void appendMinutes(result, fileIndex, files[0])}
            />
          )}
          <SheetResults
            ruleNames={RULE_NAMES}
            sheets={result.sheets}
            selected={selected?.file === fileIndex ? selected.finding : null}
            onSelect={(finding) => setSelected({ file: fileIndex, finding })}
            detail={(finding) => (
              <SheetPreview
                grid={result.grids.find((g) => g.sheet === cellOf(finding)?.sheet) ?? result.grids[0]}
                finding={finding}
              />
            )}
          />
          <SeatingFile fileName={result.fileName} grids={result.grids} sheets={result.sheets} jobs={jobs} />
          <SigninSheetFile fileName={result.fileName} grids={result.grids} sheets={result.sheets} />
        </article>
      ))}
    </section>
  );
}
