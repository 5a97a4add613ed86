import type { SetSupported } from "../office/capabilities";
import { HostError, guardedRun } from "../office/host-error";
import { selfTestSteps } from "../office/self-test-steps";
import { officeEnvironment } from "../office/office-environment";
import {
  SELF_TEST_MARKER,
  SELF_TEST_SHEET,
  type SelfTestOptions,
  type SelfTestReport,
  type SelfTestStep,
  runSelfTest,
} from "../office/self-test-report";
import { freeSheetName } from "./excel-host";

type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The namespace of the scratch custom XML part, and the prefix of the scratch workbook name. */
export const SELF_TEST_NAMESPACE = "urn:huiwu:selftest:1";
const SELF_TEST_NAME = "_huiwu_selftest";
/** The fill the self-test sets and reads back: the colour 标出问题单元格 gives errors. */
const TEST_FILL = "#FFC7CE";

/** The sample the scratch sheet holds: text, a number kept as text, a number, a date (serial 46091 = 2026/3/10). */
const SAMPLE = [
  ["姓名", "电话", "人数", "日期"],
  [SELF_TEST_MARKER, "010", 12, 46091],
];
const SAMPLE_FORMATS = [
  ["@", "@", "General", "@"],
  ["@", "@", "General", "yyyy/m/d"],
];

function expect(ok: boolean, message: string): void {
  if (!ok) throw new HostError(message, "SelfTestMismatch");
}

/**
 * 自检 in Excel: every capability the pane uses, run on a new sheet 会务助手自检 (or 会务助手自检(2)…) that is deleted
 * at the end, together with the workbook name and custom XML part the test adds. Each step is one Excel.run, so a
 * refused request fails its step only. The user's sheets are only read (which sheet was active, to go back to it).
 */
export function runExcelSelfTest(
  run: ExcelRun,
  isSetSupported: SetSupported,
  documentSettings: () => { get(name: string): unknown } | null,
  options: SelfTestOptions & { environment?: () => { version: string; platform: string } } = {},
): Promise<SelfTestReport> {
  const guarded = guardedRun<Excel.RequestContext>(run);
  /** The scratch sheet: its name once chosen (free before the test), its id once known, and the user's sheet. */
  const scratch = { id: "", name: "", activeId: "" };
  const sheetOf = (context: Excel.RequestContext) => context.workbook.worksheets.getItem(scratch.id);

  const { bySet, byCapability, step } = selfTestSteps<Excel.RequestContext>(guarded, isSetSupported, "Excel");

  const setup = step("新建临时工作表并写入样例", bySet("ExcelApi", "1.1"), async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const active = sheets.getActiveWorksheet();
    active.load("id");
    await context.sync();
    scratch.activeId = active.id;
    scratch.name = freeSheetName(
      SELF_TEST_SHEET,
      sheets.items.map((s) => s.name),
    );
    const sheet = sheets.add(scratch.name);
    sheet.load("id");
    const sample = sheet.getRange("A1:D2");
    sample.numberFormat = SAMPLE_FORMATS;
    sample.values = SAMPLE;
    await context.sync();
    scratch.id = sheet.id;
  });

  const steps: SelfTestStep[] = [
    step("读取数据块（值、显示文本、数字格式）", byCapability("excelRead"), async (context) => {
      const used = sheetOf(context).getUsedRangeOrNullObject(true);
      used.load("address,values,text,numberFormat,rowCount,columnCount");
      await context.sync();
      expect(!used.isNullObject && used.rowCount === 2 && used.columnCount === 4, "读不到刚写入的 2 行 4 列");
      expect(used.values[1][0] === SELF_TEST_MARKER, `值读回为“${String(used.values[1][0])}”`);
      expect(used.values[1][1] === "010", `文本格式的 010 读回为 ${JSON.stringify(used.values[1][1])}`);
      expect(used.values[1][3] === 46091, `日期的值读回为 ${JSON.stringify(used.values[1][3])}`);
      expect(/2026\D+0?3\D+10/.test(used.text[1][3]), `日期的显示文本为“${used.text[1][3]}”`);
      expect(used.numberFormat[1][1] === "@", `数字格式读回为“${String(used.numberFormat[1][1])}”`);
    }),
    step("合并单元格（合并、读取合并区域）", byCapability("excelMergedAreas"), async (context) => {
      const sheet = sheetOf(context);
      sheet.getRange("A4:B4").merge(false);
      await context.sync();
      const areas = sheet.getRange("A1:D5").getMergedAreasOrNullObject();
      areas.load("areas/items/address");
      await context.sync();
      expect(!areas.isNullObject && areas.areas.items.length === 1, "读不到刚合并的 A4:B4");
    }),
    step("名称（添加、隐藏、删除）", byCapability("excelMark"), async (context) => {
      const names = context.workbook.names;
      const item = names.add(SELF_TEST_NAME, sheetOf(context).getRange("A2"));
      await context.sync();
      item.visible = false;
      item.load("visible");
      await context.sync();
      const hidden = !item.visible;
      item.delete();
      const gone = names.getItemOrNullObject(SELF_TEST_NAME);
      await context.sync();
      expect(gone.isNullObject, "名称未能删除");
      if (!hidden) return "隐藏名称未生效（office-js#3878）：标注仍可用，但名称会出现在名称管理器中";
    }),
    step("自定义 XML 部件（添加、读取、删除）", byCapability("excelMark"), async (context) => {
      const parts = context.workbook.customXmlParts;
      parts.add(`<selftest xmlns="${SELF_TEST_NAMESPACE}">${SELF_TEST_MARKER}</selftest>`);
      await context.sync();
      const part = parts.getByNamespace(SELF_TEST_NAMESPACE).getOnlyItemOrNullObject();
      await context.sync();
      expect(!part.isNullObject, "读不到刚添加的自定义 XML 部件");
      const xml = part.getXml();
      await context.sync();
      expect(xml.value.includes(SELF_TEST_MARKER), "自定义 XML 部件的内容读回不一致");
      part.delete();
      await context.sync();
    }),
    step("填充（设置、读回、清除）", byCapability("excelMark"), async (context) => {
      const cell = sheetOf(context).getRange("C2");
      cell.format.fill.color = TEST_FILL;
      await context.sync();
      const props = { format: { fill: { color: true, pattern: true } } };
      const set = cell.getCellProperties(props);
      await context.sync();
      // getCellProperties returns a ClientResult: its value is there after the sync, with no load() to call.
      // eslint-disable-next-line office-addins/load-object-before-read
      const fill = set.value[0][0].format?.fill;
      expect(fill?.color?.toUpperCase() === TEST_FILL, `填充读回为 ${fill?.color ?? "空"}`);
      cell.setCellProperties([[{ format: { fill: { pattern: "None" } } }]]);
      await context.sync();
      const cleared = cell.getCellProperties(props);
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult, as above
      expect(cleared.value[0][0].format?.fill?.pattern === "None", "填充未能清除");
    }),
    step("核对报告（写入文本、加粗、列宽）", byCapability("excelReport"), async (context) => {
      const sheet = sheetOf(context);
      const table = sheet.getRangeByIndexes(5, 0, 2, 3);
      table.numberFormat = [
        ["@", "@", "@"],
        ["@", "@", "@"],
      ];
      table.values = [
        ["工作表", "单元格", "问题"],
        [scratch.name, "A2", "=自检"],
      ];
      sheet.getRangeByIndexes(5, 0, 1, 3).format.font.bold = true;
      sheet.getRangeByIndexes(0, 2, 1, 1).format.columnWidth = 120;
      await context.sync();
      const back = sheet.getRangeByIndexes(6, 2, 1, 1);
      back.load("values");
      await context.sync();
      expect(back.values[0][0] === "=自检", "以 = 开头的文字未按文本保存");
    }),
    step("超链接（指向单元格）", byCapability("excelReport"), async (context) => {
      const cell = sheetOf(context).getRange("B7");
      const reference = `'${scratch.name.replace(/'/g, "''")}'!A2`;
      cell.hyperlink = { documentReference: reference, textToDisplay: "A2" };
      await context.sync();
      cell.load("hyperlink");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- loaded whole just above ("hyperlink")
      expect(cell.hyperlink?.documentReference === reference, "超链接读回不一致");
    }),
    step("页面设置（横向、A4、缩放、打印标题、冻结窗格）", byCapability("excelReportPrint"), async (context) => {
      const sheet = sheetOf(context);
      sheet.freezePanes.freezeRows(1);
      sheet.pageLayout.orientation = "Landscape";
      sheet.pageLayout.paperSize = "A4";
      sheet.pageLayout.centerHorizontally = true;
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.setPrintTitleRows("$1:$1");
      await context.sync();
      sheet.pageLayout.load("orientation,paperSize");
      await context.sync();
      expect(sheet.pageLayout.orientation === "Landscape", `纸张方向读回为 ${sheet.pageLayout.orientation}`);
    }),
    step("选中单元格（跳到问题处）", bySet("ExcelApi", "1.1"), async (context) => {
      const sheet = sheetOf(context);
      sheet.activate();
      sheet.getRange("A2").select();
      await context.sync();
    }),
    {
      name: "读取工作簿中的检查设置（只读）",
      needs: "Office 文档设置",
      skip: null,
      run: async () => {
        const settings = documentSettings();
        if (!settings) throw new HostError("当前 Office 不支持在工作簿中保存设置", "ApiNotFound");
        settings.get("huiwu.config");
      },
    },
  ];

  /** Removes what the test added, whichever steps ran: the sheet, the name, the XML part; back to the user's sheet. */
  const cleanup = step("删除临时工作表", bySet("ExcelApi", "1.1"), async (context) => {
    const workbook = context.workbook;
    const name = workbook.names.getItemOrNullObject(SELF_TEST_NAME);
    const part = workbook.customXmlParts.getByNamespace(SELF_TEST_NAMESPACE).getOnlyItemOrNullObject();
    // By id; by the name chosen where the sheet may exist without its id known (its first request was refused half-way).
    const key = scratch.id || scratch.name;
    const sheet = key ? workbook.worksheets.getItemOrNullObject(key) : null;
    const back = scratch.activeId ? workbook.worksheets.getItemOrNullObject(scratch.activeId) : null;
    await context.sync();
    if (!name.isNullObject) name.delete();
    if (!part.isNullObject) part.delete();
    if (back && !back.isNullObject) back.activate();
    if (sheet && !sheet.isNullObject) sheet.delete();
    await context.sync();
    if (!key) return;
    const left = workbook.worksheets.getItemOrNullObject(key);
    await context.sync();
    expect(left.isNullObject, `临时工作表“${scratch.name}”仍在，请手动删除`);
  });

  return runSelfTest(
    { host: "Excel", ...(options.environment ?? officeEnvironment)() },
    { scratch: () => `临时工作表“${scratch.name || SELF_TEST_SHEET}”`, setup, steps, cleanup },
    options,
  );
}
