import { HostError } from "./host-error";

export type RequirementSet = "ExcelApi" | "WordApi" | "WordApiDesktop";

/** One thing the pane does in Excel or Word, and the requirement set its Office.js calls need. */
export interface Capability {
  host: "Excel" | "Word";
  /** What the user loses without it, in Chinese: `标出问题单元格`. */
  feature: string;
  set: RequirementSet;
  version: string;
  /** The calls that set the bar, for docs/office-support.md. */
  calls: string;
  /** What the user can do instead, where there is something: `请改用“插入到文档”`. */
  instead?: string;
}

/** Every capability the hosts check before calling Office.js (docs/office-support.md is made from this). */
export const CAPABILITIES = {
  excelRead: {
    host: "Excel",
    feature: "读取工作表并检查",
    set: "ExcelApi",
    version: "1.4",
    calls: "Worksheet.getUsedRangeOrNullObject、WorksheetCollection.getItemOrNullObject",
  },
  excelMergedAreas: {
    host: "Excel",
    feature: "按合并单元格读表",
    set: "ExcelApi",
    version: "1.13",
    calls: "Range.getMergedAreasOrNullObject",
  },
  excelMark: {
    host: "Excel",
    feature: "标出问题单元格、清除标注",
    set: "ExcelApi",
    version: "1.9",
    calls: "Range.getCellProperties / setCellProperties、NamedItemCollection.add、CustomXmlPartCollection.add",
  },
  excelReport: {
    host: "Excel",
    feature: "生成核对报告",
    set: "ExcelApi",
    version: "1.7",
    calls: "Worksheet.getRangeByIndexes、Range.hyperlink",
  },
  excelReportPrint: {
    host: "Excel",
    feature: "核对报告的打印设置（横向、每页重复表头）",
    set: "ExcelApi",
    version: "1.9",
    calls: "PageLayout.orientation、setPrintTitleRows、freezePanes",
  },
  excelSeating: {
    host: "Excel",
    feature: "生成座次图",
    set: "ExcelApi",
    version: "1.7",
    calls:
      "WorksheetCollection.add、Worksheet.getRangeByIndexes、Range.merge、RangeFormat.rowHeight / columnWidth、RangeBorder.style",
  },
  excelSeatingPrint: {
    host: "Excel",
    feature: "座次图的打印设置（A4 横向、缩放为一页）",
    set: "ExcelApi",
    version: "1.9",
    calls: "PageLayout.paperSize、orientation、zoom、centerHorizontally",
  },
  excelPrintTable: {
    host: "Excel",
    feature: "生成签到表、把汇总的参会名单写入新工作表",
    set: "ExcelApi",
    version: "1.7",
    calls: "WorksheetCollection.add、WorkbookProtection.protected、Range.merge、RangeFormat.rowHeight / columnWidth",
  },
  excelPrintTablePrint: {
    host: "Excel",
    feature: "签到表的打印设置（A4、每页重复表头）",
    set: "ExcelApi",
    version: "1.9",
    calls: "PageLayout.paperSize、orientation、setPrintTitleRows",
  },
  excelSwapCells: {
    host: "Excel",
    feature: "交换座位",
    set: "ExcelApi",
    version: "1.1",
    calls: "Worksheet.getRange、Range.values",
  },
  excelAppend: {
    host: "Excel",
    feature: "把新登记追加到工作表",
    set: "ExcelApi",
    version: "1.7",
    calls: "Worksheet.getRangeByIndexes、Worksheet.protection",
  },
  excelSheetProtection: {
    host: "Excel",
    feature: "修改单元格前检查工作表是否受保护（没有这项时照常修改，受保护的表由 Excel 拒绝）",
    set: "ExcelApi",
    version: "1.2",
    calls: "Worksheet.protection、WorksheetProtection.protected",
  },
  wordRead: {
    host: "Word",
    feature: "检查文档中的通知或纪要",
    set: "WordApi",
    version: "1.1",
    calls: "Body.paragraphs、Paragraph.search",
  },
  wordReviewedText: {
    host: "Word",
    feature: "读取时略去修订中删除的文字（网页版 Word 会把它们当作正文读出）",
    set: "WordApi",
    version: "1.4",
    calls: "Paragraph.getReviewedText",
  },
  wordTrackedDeletions: {
    host: "Word",
    feature: "先查文档有没有删除修订，没有时少读一次",
    set: "WordApi",
    version: "1.6",
    calls: "Body.getTrackedChanges、TrackedChange.type",
  },
  wordInsert: {
    host: "Word",
    feature: "把草稿插入文档",
    set: "WordApi",
    version: "1.3",
    calls: "ContentControlCollection.getFirstOrNullObject、Range.insertContentControl、insertOoxml",
  },
  wordNewDocument: {
    host: "Word",
    feature: "把草稿作为新文档打开",
    set: "WordApi",
    version: "1.3",
    calls: "Application.createDocument",
    instead: "请改用“插入到文档”",
  },
  wordCardsDocument: {
    host: "Word",
    feature: "把桌签作为横向 A4 的新文档打开",
    set: "WordApi",
    version: "1.3",
    calls: "Application.createDocument",
    instead: "请下载桌签 .docx，在 Word 中打开后打印",
  },
  wordPageSetup: {
    host: "Word",
    feature: "把当前文档的页面设为 A4 与 GB/T 9704 页边距",
    set: "WordApiDesktop",
    version: "1.3",
    calls: "Document.pageSetup",
  },
  wordReplaceBody: {
    host: "Word",
    feature: "排版本文档（替换正文，可恢复原文）",
    set: "WordApi",
    version: "1.1",
    calls: "Body.getOoxml、Body.insertOoxml",
    instead: "可在文件模式中打开本文档，下载排版后的 .docx",
  },
  wordComments: {
    host: "Word",
    feature: "把问题作为批注加到文档中",
    instead: "可逐条点问题查看并修改",
    set: "WordApi",
    version: "1.4",
    calls: "Range.insertComment",
  },
} as const satisfies Record<string, Capability>;

export type CapabilityName = keyof typeof CAPABILITIES;

const at = (version: string) => version.split(".").map(Number);
const atLeast = (version: string, floor: string) => {
  const [a, b] = [at(version), at(floor)];
  return a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]);
};

/**
 * The Office versions that have a requirement set, in Chinese, from Microsoft's requirement-set tables
 * (volume-licensed Windows builds): ExcelApi 1.1 Office 2016, 1.2–1.7 Office 2019, 1.8–1.14 Office 2021,
 * 1.15–1.17 Office 2024; WordApi 1.1 Office 2016, 1.2–1.3 Office 2019 and 2021, 1.4–1.8 Office 2024, 1.9 and
 * later Microsoft 365 only.
 */
export function officeVersionsFor(set: RequirementSet, version: string): string {
  if (set === "WordApiDesktop") return "Windows 或 Mac 上的 Microsoft 365（网页版没有）";
  const online = "Microsoft 365、Office 网页版";
  if (set === "ExcelApi") {
    if (!atLeast(version, "1.2")) return `Office 2016 及以上、${online}`;
    if (!atLeast(version, "1.8")) return `Office 2019 及以上、${online}`;
    if (!atLeast(version, "1.15")) return `Office 2021 及以上、${online}`;
    if (!atLeast(version, "1.18")) return `Office 2024 及以上、${online}`;
    return online;
  }
  if (!atLeast(version, "1.2")) return `Office 2016 及以上、${online}`;
  if (!atLeast(version, "1.4")) return `Office 2019 及以上、${online}`;
  if (!atLeast(version, "1.9")) return `Office 2024 及以上、${online}`;
  return online;
}

/** The Chinese line a user gets where the feature is missing: what, which set, which Office has it. */
export function unsupportedMessage(name: CapabilityName): string {
  const c: Capability = CAPABILITIES[name];
  const needs = `当前 ${c.host} 版本不支持${c.feature}（需要 ${c.set} ${c.version}：${officeVersionsFor(c.set, c.version)}）`;
  return c.instead ? `${needs}，${c.instead}` : needs;
}

export type SetSupported = (name: string, version: string) => boolean;

/**
 * The guards every adapter writes its Office.js calls behind, in one of these shapes only, so that
 * tests/hosts/office-contract.test.ts can read them: `office.require("x")` as a statement (the rest of the block may
 * use x's set), `office.has("x")` as the condition of an if, ?: or && (or an early `if (!office.has("x")) return`),
 * or a const holding `office.has("x")` used so.
 */
export interface Capabilities {
  has(name: CapabilityName): boolean;
  require(name: CapabilityName): void;
}

/** A checker bound to the running Office: `has("excelMark")`, `require("excelMark")` (throws in Chinese). */
export function capabilities(isSetSupported: SetSupported): Capabilities {
  const has = (name: CapabilityName) => {
    const c: Capability = CAPABILITIES[name];
    return isSetSupported(c.set, c.version);
  };
  return {
    has,
    require(name: CapabilityName): void {
      if (!has(name)) throw new HostError(unsupportedMessage(name), "ApiNotFound");
    },
  };
}
