// A scripted Office host for the browser tests: served in place of office.js, it answers Office.onReady as
// Excel or Word (window.__HUIWU_HOST__) and backs Excel.run / Word.run with the same recording fakes the
// unit tests use, so the real pane code runs in a real browser. Tests read window.__fakeExcel / __fakeWord.
import { SAMPLE_WORKBOOKS } from "../../src/samples";
import { FAULTY_NOTICE } from "../../src/samples/notices";
import { FakeExcel } from "./excel-fake";
import { FakeWord } from "./word-fake";

const host = (window as { __HUIWU_HOST__?: string }).__HUIWU_HOST__ === "Word" ? "Word" : "Excel";

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
