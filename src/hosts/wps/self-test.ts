import { freeSheetName } from "../excel/excel-host";
import { HostError } from "../office/host-error";
import {
  SELF_TEST_MARKER,
  SELF_TEST_SHEET,
  SELF_TEST_TAG,
  type SelfTestEnvironment,
  type SelfTestOptions,
  type SelfTestReport,
  type SelfTestStep,
  runSelfTest,
} from "../office/self-test-report";
import { SELF_TEST_NAMESPACE } from "../excel/self-test";
import { selfTestOoxml } from "../word/self-test";
import { guarded } from "./guarded";
import { readBlock } from "./value2";
import {
  type EtApplication,
  type EtRange,
  type EtWorkbook,
  type EtWorksheet,
  WD_CONTENT_CONTROL_RICH_TEXT,
  XL_LANDSCAPE,
  XL_PAPER_A4,
  XL_PATTERN,
  type WpsApplication,
  type WpsDocument,
} from "./wps-api";

/**
 * 自检 in WPS: the same steps as in Excel and Word, through WPS's object model (wps-api.ts). Members the hosts do not
 * use are reached only where they exist (`member`), with the name WPS's VBA-shaped model gives them: Application.Build
 * / Version / OperatingSystem, Application.DisplayAlerts (so deleting the scratch sheet asks nothing),
 * ContentControl.Delete(DeleteContents) and Comment.Delete, as in the VBA object model WPS mirrors.
 */

const SELF_TEST_NAME = "_huiwu_selftest";
const TEST_FILL_BGR = 0xcec7ff; // #FFC7CE as BGR

/** A member of a WPS object, or undefined where the build has none (a COM bridge may throw instead). */
function member(object: unknown, name: string): unknown {
  try {
    return object ? (object as Record<string, unknown>)[name] : undefined;
  } catch {
    return undefined;
  }
}

function expect(ok: boolean, message: string): void {
  if (!ok) throw new HostError(message, "SelfTestMismatch");
}

/** Host, build and system as WPS tells them. */
export function wpsEnvironment(host: string, app: unknown): SelfTestEnvironment {
  const build = member(app, "Build") ?? member(app, "Version");
  const system =
    member(app, "OperatingSystem") ?? (typeof navigator !== "undefined" ? navigator.platform || undefined : undefined);
  return {
    host,
    version: build === undefined || build === "" ? "未知" : String(build),
    platform: system === undefined ? "未知" : String(system),
  };
}

const step = (name: string, needs: string, work: () => unknown, skip: string | null = null): SelfTestStep => ({
  name,
  needs,
  skip,
  run: async () => {
    const remark = await guarded(work);
    return typeof remark === "string" ? remark : undefined;
  },
});

function sheetsOf(book: EtWorkbook): EtWorksheet[] {
  const sheets: EtWorksheet[] = [];
  for (let i = 1; i <= book.Worksheets.Count; i++) sheets.push(book.Worksheets.Item(i));
  return sheets;
}

function block(sheet: EtWorksheet, row: number, column: number, rows: number, columns: number): EtRange {
  return sheet.Range(sheet.Cells.Item(row, column), sheet.Cells.Item(row + rows - 1, column + columns - 1));
}

/** 自检 in WPS 表格: a scratch sheet 会务助手自检, a name and a custom XML part, all removed at the end. */
export function runEtSelfTest(app: EtApplication, options: SelfTestOptions = {}): Promise<SelfTestReport> {
  const book = (): EtWorkbook => {
    const workbook = app.ActiveWorkbook;
    if (!workbook) throw new HostError("WPS 表格中没有打开的工作簿，请先打开一个工作簿", "ItemNotFound");
    return workbook;
  };
  let scratch: EtWorksheet | null = null;
  let scratchName = "";
  let userSheet: EtWorksheet | null = null;
  const sheet = () => scratch!;

  const setup = step("新建临时工作表并写入样例", "Worksheets.Add", () => {
    const workbook = book();
    userSheet = workbook.ActiveSheet;
    const existing = sheetsOf(workbook);
    const added = workbook.Worksheets.Add(null, existing.at(-1) ?? null);
    scratch = added;
    scratchName = freeSheetName(
      SELF_TEST_SHEET,
      existing.map((s) => s.Name),
    );
    added.Name = scratchName;
    const text = block(added, 1, 1, 2, 2);
    text.NumberFormat = "@";
    text.Value2 = [
      ["姓名", "电话"],
      [SELF_TEST_MARKER, "010"],
    ];
    added.Cells.Item(1, 3).Value2 = "人数";
    added.Cells.Item(2, 3).Value2 = 12;
  });

  const hasParts = typeof member(app.ActiveWorkbook, "CustomXMLParts") === "object";
  const steps: SelfTestStep[] = [
    step("读取数据块（值、数字格式）", "Range.Value2", () => {
      const used = sheet().UsedRange;
      const rows = readBlock(used, used.Rows.Count, used.Columns.Count);
      expect(used.Rows.Count === 2 && used.Columns.Count === 3, "读不到刚写入的 2 行 3 列");
      expect(rows[1][0] === SELF_TEST_MARKER, `值读回为“${String(rows[1][0])}”`);
      expect(rows[1][1] === "010", `文本格式的 010 读回为 ${JSON.stringify(rows[1][1])}`);
      expect(Number(rows[1][2]) === 12, `数字读回为 ${JSON.stringify(rows[1][2])}`);
      expect(sheet().Cells.Item(2, 2).NumberFormat === "@", "数字格式读回不是文本（@）");
      const shape = member(used, "Value2");
      return Array.isArray(shape) ? "Value2 为数组" : "Value2 为带 Item(行, 列) 的对象";
    }),
    step("合并单元格（合并、读取合并区域）", "Range.Merge、MergeArea", () => {
      block(sheet(), 4, 1, 1, 2).Merge(false);
      const cell = sheet().Cells.Item(4, 1);
      expect(cell.MergeCells === true, "合并后 MergeCells 不为 true");
      expect(cell.MergeArea.Columns.Count === 2, "合并区域读回不一致");
    }),
    step("名称（添加、隐藏、删除）", "Names.Add", () => {
      const names = book().Names;
      const target = `='${sheet().Name.replace(/'/g, "''")}'!$A$2`;
      names.Add(SELF_TEST_NAME, target, false);
      const visible = names.Item(SELF_TEST_NAME).Visible;
      names.Item(SELF_TEST_NAME).Delete();
      let gone = false;
      try {
        names.Item(SELF_TEST_NAME);
      } catch {
        gone = true;
      }
      expect(gone, "名称未能删除");
      if (visible) return "隐藏名称未生效：名称会出现在名称管理器中";
    }),
    step(
      "自定义 XML 部件（添加、读取、删除）",
      "Workbook.CustomXMLParts",
      () => {
        const parts = book().CustomXMLParts;
        parts.Add(`<selftest xmlns="${SELF_TEST_NAMESPACE}">${SELF_TEST_MARKER}</selftest>`);
        const found = parts.SelectByNamespace(SELF_TEST_NAMESPACE);
        expect(found.Count === 1, "读不到刚添加的自定义 XML 部件");
        expect(found.Item(1).XML.includes(SELF_TEST_MARKER), "自定义 XML 部件的内容读回不一致");
        found.Item(1).Delete();
        expect(parts.SelectByNamespace(SELF_TEST_NAMESPACE).Count === 0, "自定义 XML 部件未能删除");
      },
      hasParts ? null : "这个版本的 WPS 没有 Workbook.CustomXMLParts：无法标注和保存设置",
    ),
    step("填充（设置、读回、清除）", "Range.Interior", () => {
      const interior = sheet().Cells.Item(2, 3).Interior;
      interior.Pattern = XL_PATTERN.Solid;
      interior.Color = TEST_FILL_BGR;
      expect(Number(sheet().Cells.Item(2, 3).Interior.Color) === TEST_FILL_BGR, "填充读回不一致");
      interior.Pattern = XL_PATTERN.None;
      expect(Number(sheet().Cells.Item(2, 3).Interior.Pattern) === XL_PATTERN.None, "填充未能清除");
    }),
    step("核对报告（写入文本、加粗、列宽）", "Range.Font、ColumnWidth", () => {
      const table = block(sheet(), 6, 1, 2, 3);
      table.NumberFormat = "@";
      table.Value2 = [
        ["工作表", "单元格", "问题"],
        [sheet().Name, "A2", "=自检"],
      ];
      block(sheet(), 6, 1, 1, 3).Font.Bold = true;
      sheet().Cells.Item(1, 3).ColumnWidth = 30;
      expect(readBlock(sheet().Cells.Item(7, 3), 1, 1)[0][0] === "=自检", "以 = 开头的文字未按文本保存");
    }),
    step("超链接（指向单元格）", "Hyperlinks.Add", () => {
      const anchor = sheet().Cells.Item(7, 2);
      sheet().Hyperlinks.Add(anchor, "", `'${sheet().Name.replace(/'/g, "''")}'!A2`, undefined, "A2");
    }),
    step("页面设置（横向、A4、缩放、打印标题）", "PageSetup", () => {
      const page = sheet().PageSetup;
      page.Orientation = XL_LANDSCAPE;
      page.PaperSize = XL_PAPER_A4;
      page.Zoom = false;
      page.FitToPagesWide = 1;
      page.FitToPagesTall = false;
      page.PrintTitleRows = "$1:$1";
      expect(Number(sheet().PageSetup.Orientation) === XL_LANDSCAPE, "纸张方向读回不一致");
    }),
    step("选中单元格（跳到问题处）", "Worksheet.Activate、Range.Select", () => {
      sheet().Activate();
      sheet().Range("A2").Select();
    }),
  ];

  const cleanup = step("删除临时工作表", "Worksheet.Delete", () => {
    const workbook = app.ActiveWorkbook;
    if (!workbook) return;
    try {
      workbook.Names.Item(SELF_TEST_NAME).Delete();
    } catch {
      // no name left behind
    }
    const parts = member(workbook, "CustomXMLParts") as EtWorkbook["CustomXMLParts"] | undefined;
    const part = parts?.SelectByNamespace(SELF_TEST_NAMESPACE);
    if (part && part.Count > 0) part.Item(1).Delete();
    if (!scratch) return;
    const name = scratch.Name;
    // WPS, as Excel's VBA, asks before deleting a sheet unless DisplayAlerts is off: off for this one call.
    const alerts = member(app, "DisplayAlerts");
    if (typeof alerts === "boolean") (app as unknown as { DisplayAlerts: boolean }).DisplayAlerts = false;
    try {
      userSheet?.Activate();
      scratch.Delete();
    } finally {
      if (typeof alerts === "boolean") (app as unknown as { DisplayAlerts: boolean }).DisplayAlerts = alerts;
    }
    expect(!sheetsOf(workbook).some((s) => s.Name === name), `临时工作表“${name}”仍在，请手动删除`);
  });

  return runSelfTest(
    wpsEnvironment("WPS 表格", app),
    { scratch: () => `临时工作表“${scratchName || SELF_TEST_SHEET}”`, setup, steps, cleanup },
    options,
  );
}

interface DeletableControl {
  Tag: string;
  Delete?(deleteContents?: boolean): void;
}

/**
 * 自检 in WPS 文字: a new last paragraph holding a content control tagged huiwu-selftest with one line inserted as
 * XML; the steps find it by position, comment on it, read its revisions and the page setup. At the end everything
 * from the new paragraph mark on is deleted again, so the document's text is as it was.
 */
export function runWpsWriterSelfTest(app: WpsApplication, options: SelfTestOptions = {}): Promise<SelfTestReport> {
  const doc = (): WpsDocument => {
    const document = app.ActiveDocument;
    if (!document) throw new HostError("WPS 文字中没有打开的文档，请先打开或新建一个文档", "ItemNotFound");
    return document;
  };
  /** Where the document ended (after its last paragraph mark) before the test. */
  let endBefore = -1;
  let commentsBefore = 0;
  const lastEnd = (document: WpsDocument) => document.Paragraphs.Item(document.Paragraphs.Count).Range.End;
  const scratchControl = () => {
    const found = doc().SelectContentControlsByTag(SELF_TEST_TAG);
    if (found.Count === 0) throw new HostError("找不到自检插入的内容控件", "ItemNotFound");
    return found.Item(1);
  };

  const setup = step("在文档末尾插入内容控件（InsertXML）", "ContentControls.Add、Range.InsertXML", () => {
    const document = doc();
    endBefore = lastEnd(document);
    commentsBefore = document.Comments.Count;
    document.Range(endBefore - 1, endBefore - 1).Text = "\r";
    const control = document.ContentControls.Add(WD_CONTENT_CONTROL_RICH_TEXT, document.Range(endBefore, endBefore));
    control.Tag = SELF_TEST_TAG;
    control.Title = "会务助手自检（会自动删除）";
    if (typeof control.Range.InsertXML !== "function")
      throw new HostError("这个版本的 WPS 没有 Range.InsertXML：无法插入草稿", "ApiNotFound");
    control.Range.InsertXML(selfTestOoxml(SELF_TEST_MARKER));
    expect(scratchControl().Range.Text.includes(SELF_TEST_MARKER), "插入后读不到自检文字");
  });

  const steps: SelfTestStep[] = [
    step("按位置定位文字（Document.Range）", "Document.Range", () => {
      const range = scratchControl().Range;
      const at = range.Text.indexOf(SELF_TEST_MARKER);
      const found = doc().Range(range.Start + at, range.Start + at + SELF_TEST_MARKER.length);
      expect(found.Text === SELF_TEST_MARKER, `定位到的文字为“${found.Text}”`);
    }),
    step("批注（添加、删除）", "Comments.Add", () => {
      const document = doc();
      const comment = document.Comments.Add(scratchControl().Range, "会务助手自检批注");
      expect(document.Comments.Count === commentsBefore + 1, "批注未能添加");
      const remove = member(comment, "Delete");
      if (typeof remove === "function") remove.call(comment);
      expect(document.Comments.Count === commentsBefore, "批注未能删除");
    }),
    step("读取修订（Revisions）", "Range.Revisions", () => {
      const inScratch = scratchControl().Range.Revisions.Count;
      return `文档中有 ${doc().Revisions.Count} 处修订，临时内容中 ${inScratch} 处（只读取）`;
    }),
    step("读取页面设置", "Document.PageSetup", () => {
      const page = doc().PageSetup;
      expect(typeof page.TopMargin === "number", "读不到页边距");
      return `上边距 ${Math.round((page.TopMargin * 25.4) / 72)} mm（只读取，未改动）`;
    }),
  ];

  const cleanup = step("删除内容控件", "ContentControl.Delete、Range.Text", () => {
    const document = app.ActiveDocument;
    if (!document || endBefore < 0) return;
    const found = document.SelectContentControlsByTag(SELF_TEST_TAG);
    for (let i = found.Count; i >= 1; i--) (found.Item(i) as DeletableControl).Delete?.(true);
    // Everything from the paragraph mark the test added up to the document's last mark.
    const end = lastEnd(document);
    if (end > endBefore) document.Range(endBefore - 1, end - 1).Text = "";
    expect(document.SelectContentControlsByTag(SELF_TEST_TAG).Count === 0, "自检的内容控件仍在，请手动删除");
    expect(lastEnd(document) === endBefore, "文档末尾仍有自检的内容，请手动删除");
  });

  return runSelfTest(
    wpsEnvironment("WPS 文字", app),
    { scratch: "文档末尾的自检内容控件", setup, steps, cleanup },
    options,
  );
}
