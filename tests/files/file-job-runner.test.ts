import JSZip from "jszip";
import { checkWorkbook } from "../../src/core/rules/run-registers";
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
  postMessage(request: JobRequest) {
    if (!this.failToLoad) this.later(() => this.scope.onmessage?.({ data: structuredClone(request) } as MessageEvent));
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

  it("checks a workbook in the worker, reporting each step, with the same findings as on the page", async () => {
    const runner = createFileJobRunner(start());
    const steps: FileJobProgress[] = [];
    const bytes = await gridsToXlsx(sample.grids);
    const result = await runner.run("checkWorkbook", { bytes, fileName: sample.fileName }, (p) => steps.push(p));

    expect(workers).toHaveLength(1);
    expect(steps).toEqual([
      { step: "unzip" },
      { step: "read", done: 0, total: 2 },
      { step: "read", done: 1, total: 2 },
      { step: "check" },
    ]);
    expect(result.grids.map((g) => g.sheet)).toEqual(["签到表", "参会名单"]);
    expect(result.sheets).toEqual(checkWorkbook(result.grids).sheets);
    expect(result.sheets[0].findings.map((f) => f.ruleId)).toContain("signin/proxy");
  });

  it("passes the worker's Chinese explanation of an unreadable file through unchanged", async () => {
    const runner = createFileJobRunner(start());
    await expect(runner.run("checkWorkbook", { bytes: new Uint8Array(), fileName: "空.xlsx" })).rejects.toThrow(
      "空.xlsx：文件是空的（0 字节）",
    );
  });

  it("cancel stops the worker at once; the next file starts a fresh worker", async () => {
    const runner = createFileJobRunner(start());
    const bytes = await gridsToXlsx(sample.grids);
    const first = runner.run("checkWorkbook", { bytes, fileName: "a.xlsx" });
    runner.cancel();
    await expect(first).rejects.toBeInstanceOf(JobCancelled);
    await expect(first).rejects.toThrow("已取消。");
    expect(workers[0].terminated).toBe(true);

    const second = await runner.run("checkWorkbook", { bytes, fileName: "b.xlsx" });
    expect(workers).toHaveLength(2);
    expect(second.sheets.length).toBe(2);
  });

  it("runs the job on the page when the worker script cannot load, or no worker can be started", async () => {
    const bytes = await gridsToXlsx(sample.grids);
    const broken = createFileJobRunner(start(true));
    await expect(broken.run("checkWorkbook", { bytes, fileName: "a.xlsx" })).resolves.toMatchObject({
      sheets: [{ sheet: "签到表" }, { sheet: "参会名单" }],
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
    const job = runner.run("checkWorkbook", { bytes, fileName: "大.xlsx" }, (p) => {
      steps.push(p.step);
      if (steps.length === 1) workers[0].crash();
    });
    await expect(job).rejects.toThrow(/后台读取意外中止/);
  });

  it("hands a written workbook back from the worker", async () => {
    const runner = createFileJobRunner(start());
    const bytes = await gridsToXlsx(sample.grids);
    const { grids, sheets } = await runner.run("checkWorkbook", { bytes, fileName: "a.xlsx" });
    const copy = await runner.run("checkedCopy", {
      bytes,
      fileName: "a.xlsx",
      grids,
      sheets,
      checkedAt: "2026-12-03 10:00",
    });
    expect(copy).toBeInstanceOf(Uint8Array);
    expect([...copy.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it("makes the checked copy from the workbook the worker kept, without it being sent back", async () => {
    const runner = createFileJobRunner(start());
    const bytes = await gridsToXlsx(sample.grids);
    const { sheets, kept } = await runner.run("checkWorkbook", { bytes, fileName: "a.xlsx" });
    const fromKept = await runner.run("checkedCopy", { kept, fileName: "a.xlsx", checkedAt: "2026-12-03 10:00" });
    const sent = await runner.run("checkedCopy", {
      bytes,
      fileName: "a.xlsx",
      grids: sample.grids,
      sheets,
      checkedAt: "2026-12-03 10:00",
    });
    const sheetXml = async (copy: Uint8Array) =>
      (await JSZip.loadAsync(copy)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(await sheetXml(fromKept)).toBe(await sheetXml(sent));
  });

  it("says when it no longer holds the workbook, so that the page sends it (a new worker after 取消)", async () => {
    const runner = createFileJobRunner(start());
    await expect(
      runner.run("checkedCopy", { kept: -1, fileName: "a.xlsx", checkedAt: "2026-12-03 10:00" }),
    ).rejects.toMatchObject({ name: "KeptWorkbookGone" });
  });
});
