import JSZip from "jszip";
import { readWorkbookGrids } from "../../src/hosts/files/read-workbook";
import type { FileJobProgress } from "../../src/hosts/files/file-jobs";
import { gridsToXlsx } from "../../src/hosts/files/write-xlsx";
import { SAMPLE_WORKBOOKS } from "../../src/samples";
import { JobCancelled, createFileJobRunner } from "../../src/taskpane/files/file-job-runner";
import { type JobReply, type JobRequest, type JobScope, serveFileJobs } from "../../src/taskpane/files/serve-file-jobs";

/**
 * A Worker whose other end is the real worker code (serveFileJobs), with messages structured-cloned and
 * delivered asynchronously as a browser does. `failToLoad` plays a worker script that never arrives.
 */
class LinkedWorker {
  terminated = false;
  private listeners: Record<string, ((event: never) => void)[]> = { message: [], error: [] };
  private scope: JobScope = {
    onmessage: null,
    postMessage: (reply: JobReply) => this.later(() => this.emit("message", { data: structuredClone(reply) })),
  };

  constructor(private failToLoad = false) {
    if (failToLoad) this.later(() => this.emit("error", { preventDefault: () => undefined }));
    else serveFileJobs(this.scope);
  }
  /** Cloned as it is posted, what it hands over (`transfer`) detached on this side, as in a browser. */
  postMessage(request: JobRequest, transfer: Transferable[] = []) {
    if (this.failToLoad) return;
    const data = structuredClone(request, { transfer });
    this.later(() => this.scope.onmessage?.({ data } as MessageEvent));
  }
  addEventListener(type: string, listener: (event: never) => void) {
    this.listeners[type].push(listener);
  }
  terminate() {
    this.terminated = true;
  }
  crash() {
    this.emit("error", { preventDefault: () => undefined });
  }
  private emit(type: string, event: unknown) {
    if (!this.terminated) for (const listener of this.listeners[type]) listener(event as never);
  }
  private later(action: () => void) {
    setTimeout(action, 0);
  }
}

const sample = SAMPLE_WORKBOOKS[0];

describe("file jobs in a Web Worker", () => {
  let workers: LinkedWorker[];
  const start =
    (failToLoad = false) =>
    () => {
      const worker = new LinkedWorker(failToLoad);
      workers.push(worker);
      return worker as unknown as Worker;
    };
  beforeEach(() => {
    workers = [];
  });

  it("reads a workbook in the worker, reporting each step, into the same sheets as on the page", async () => {
    const runner = createFileJobRunner(start());
    const steps: FileJobProgress[] = [];
    const bytes = await gridsToXlsx(sample.grids);
    const result = await runner.run("readWorkbook", { bytes, fileName: sample.fileName }, (p) => steps.push(p));

    expect(workers).toHaveLength(1);
    expect(steps).toEqual([
      { step: "unzip" },
      { step: "read", done: 0, total: 2 },
      { step: "read", done: 1, total: 2 },
      { step: "check" },
    ]);
    // The page still has the file's bytes (a download or a restarted worker needs them): the worker got its own.
    expect(result.grids).toEqual(await readWorkbookGrids(bytes, sample.fileName));
    expect(result.grids.map((g) => g.sheet)).toEqual(["签到表", "参会名单"]);
  });

  it("warm starts the worker before the first file, and that file is read in it", async () => {
    const runner = createFileJobRunner(start());
    runner.warm();
    expect(workers).toHaveLength(1);
    runner.warm();
    const result = await runner.run("readWorkbook", { bytes: await gridsToXlsx(sample.grids), fileName: "a.xlsx" });
    expect(workers).toHaveLength(1);
    expect(result.grids.map((g) => g.sheet)).toEqual(["签到表", "参会名单"]);
  });

  it("passes the worker's Chinese explanation of an unreadable file through unchanged", async () => {
    const runner = createFileJobRunner(start());
    await expect(runner.run("readWorkbook", { bytes: new Uint8Array(), fileName: "空.xlsx" })).rejects.toThrow(
      "空.xlsx：文件是空的（0 字节）",
    );
  });

  it("cancel stops the worker at once; the next file starts a fresh worker", async () => {
    const runner = createFileJobRunner(start());
    const bytes = await gridsToXlsx(sample.grids);
    const first = runner.run("readWorkbook", { bytes, fileName: "a.xlsx" });
    runner.cancel();
    await expect(first).rejects.toBeInstanceOf(JobCancelled);
    await expect(first).rejects.toThrow("已取消。");
    expect(workers[0].terminated).toBe(true);

    const second = await runner.run("readWorkbook", { bytes, fileName: "b.xlsx" });
    expect(workers).toHaveLength(2);
    expect(second.grids.length).toBe(2);
  });

  it("runs the job on the page when the worker script cannot load, or no worker can be started", async () => {
    const bytes = await gridsToXlsx(sample.grids);
    const broken = createFileJobRunner(start(true));
    await expect(broken.run("readWorkbook", { bytes, fileName: "a.xlsx" })).resolves.toMatchObject({
      grids: [{ sheet: "签到表" }, { sheet: "参会名单" }],
    });
    expect(workers[0].terminated).toBe(true);

    const steps: string[] = [];
    const none = createFileJobRunner(() => null);
    const document = await none.run(
      "checkDocument",
      { bytes: new TextEncoder().encode("关于召开会议的通知\n定于明天上午开会。"), fileName: "通知.txt" },
      (p) => steps.push(p.step),
    );
    expect(steps).toEqual(["unzip", "check"]);
    expect(document.findings.map((f) => f.ruleId)).toContain("notice/relative-date");
  });

  it("a worker that dies mid-job fails that job with a Chinese explanation instead of re-running it on the page", async () => {
    const runner = createFileJobRunner(start());
    const bytes = await gridsToXlsx(sample.grids);
    const steps: string[] = [];
    const job = runner.run("readWorkbook", { bytes, fileName: "大.xlsx" }, (p) => {
      steps.push(p.step);
      if (steps.length === 1) workers[0].crash();
    });
    await expect(job).rejects.toThrow(/后台读取意外中止/);
  });

  /** What file mode's host has to write to the sample: its first cell marked. */
  const pending = (source: { bytes?: Uint8Array; kept?: number }) => ({
    ...source,
    fileName: "a.xlsx",
    grids: [],
    marks: new Map([["签到表", new Map([["A1", "error" as const]])]]),
    writes: new Map(),
    report: null,
    charts: [],
  });

  it("hands a written workbook back from the worker", async () => {
    const runner = createFileJobRunner(start());
    const bytes = await gridsToXlsx(sample.grids);
    const [copy] = await runner.run("fileDownloads", {
      files: [pending({ bytes })],
      fileName: "a.xlsx",
      checkedAt: "2026-12-03 10:00",
    });
    expect(copy.fileName).toBe("a（核对结果）.xlsx");
    expect([...copy.bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it("makes the copy from the workbook the worker kept, without it being sent back", async () => {
    const runner = createFileJobRunner(start());
    const bytes = await gridsToXlsx(sample.grids);
    const { kept } = await runner.run("readWorkbook", { bytes, fileName: "a.xlsx" });
    const job = (source: { bytes?: Uint8Array; kept?: number }) =>
      runner.run("fileDownloads", { files: [pending(source)], fileName: "a.xlsx", checkedAt: "2026-12-03 10:00" });
    const [fromKept] = await job({ kept });
    const [sent] = await job({ bytes });
    const sheetXml = async (copy: Uint8Array) =>
      (await JSZip.loadAsync(copy)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(await sheetXml(fromKept.bytes)).toBe(await sheetXml(sent.bytes));
  });

  it("says when it no longer holds the workbook, so that the page sends it (a new worker after 取消)", async () => {
    const runner = createFileJobRunner(start());
    await expect(
      runner.run("fileDownloads", {
        files: [pending({ kept: -1 })],
        fileName: "a.xlsx",
        checkedAt: "2026-12-03 10:00",
      }),
    ).rejects.toMatchObject({ name: "KeptWorkbookGone" });
  });
});
