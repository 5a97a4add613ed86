// A scripted Office host for the browser tests: served in place of office.js, it answers Office.onReady as
// Excel or Word (window.__HUIWU_HOST__) and backs Excel.run / Word.run with the same recording fakes the
// unit tests use, so the real pane code runs in a real browser. Tests read window.__fakeExcel / __fakeWord.
import { SAMPLE_WORKBOOKS } from "../../src/samples";
import { FAULTY_NOTICE } from "../../src/samples/notices";
import { FakeExcel } from "./excel-fake";
import { FakeWord } from "./word-fake";
import { FakeEt, FakeWpsWriter, wpsGlobals } from "./wps-fake";

const asked = (window as { __HUIWU_HOST__?: string }).__HUIWU_HOST__;
const host = asked === "Word" ? "Word" : "Excel";

const excel = new FakeExcel();
for (const grid of [...SAMPLE_WORKBOOKS[0].grids, ...SAMPLE_WORKBOOKS[3].grids]) {
  excel.addSheet(grid.sheet, grid.rows, {
    fills: grid.sheet === "签到表" ? { G8: { color: "#00B050", pattern: "Solid" } } : {},
  });
}
const word = new FakeWord(FAULTY_NOTICE.split("\n"));

Object.assign(window, {
  Office: {
    HostType: { Excel: "Excel", Word: "Word" },
    onReady(callback?: (info: { host: string }) => void) {
      setTimeout(() => callback?.({ host }), 10);
      return Promise.resolve({ host });
    },
    context: {
      requirements: { isSetSupported: () => true },
      document: { settings: excel.documentSettings() },
    },
  },
  Excel: { run: excel.run },
  Word: { run: word.run },
  __fakeExcel: excel,
  __fakeWord: word,
});

// In WPS (__HUIWU_HOST__ "WPS-et" or "WPS-wps", loaded before the page as a WPS 加载项's page has `wps`; with
// "-Application" after it, only `window.Application`, as the wpsjs templates have it): the synchronous WPS object
// model over the recording fakes, and no Office at all.
const wpsAsked = /^WPS-(et|wps)(-Application)?$/.exec(asked ?? "");
if (wpsAsked) {
  const kind = wpsAsked[1] as "et" | "wps";
  const et = new FakeEt();
  for (const grid of SAMPLE_WORKBOOKS[0].grids)
    et.addSheet(grid.sheet, grid.rows, { fills: grid.sheet === "签到表" ? { G8: "#00B050" } : {} });
  const writer = new FakeWpsWriter(FAULTY_NOTICE.split("\n"));
  const application = kind === "et" ? et.application : writer.application;
  const globals = wpsGlobals(kind, application, wpsAsked[2] ? "Application" : "wps");
  Object.assign(window, globals, { __fakeEt: et, __fakeWpsWriter: writer });
  delete (window as { Office?: unknown }).Office;
  delete (window as { Excel?: unknown }).Excel;
  delete (window as { Word?: unknown }).Word;
}
