import { reportContent } from "../../src/core/report/report";
import { REGISTER_RULES } from "../../src/core/rules/register-registry";
import { DEFAULT_OPTIONS } from "../../src/core/rules/config";
import { ruleNamesOf } from "../../src/core/rules/rule-names";
import { checkBeside } from "../../src/hosts/files/check-beside";
import { checkedCopy } from "../../src/hosts/files/checked-copy";
import { readWorkbookGrids } from "../../src/hosts/files/read-workbook";

const EXPORT_CSV = [
  "序号,部门,姓名,签到时间,签到状态",
  "1,办公室,林晓,2026-12-03 08:52,正常",
  "2,办公室,林晓,2026-12-03 08:53,正常",
].join("\n");
const ROSTER = {
  sheet: "参会名单",
  rows: [
    ["姓名", "单位", "职务"],
    ["林晓", "办公室", "主任"],
    ["马俊", "审计科", "科员"],
  ],
};

/** The checked copy of a sign-in export checked against a 参会名单 opened beside it, read back. */
async function copyBeside() {
  const bytes = new TextEncoder().encode(`\uFEFF${EXPORT_CSV}`);
  const grids = await readWorkbookGrids(bytes, "签到导出.csv");
  const sheets = checkBeside(grids, { roster: { fileName: "参会名单.xlsx", grids: [ROSTER] } }, DEFAULT_OPTIONS);
  const copy = await checkedCopy(
    bytes,
    "签到导出.csv",
    grids,
    sheets,
    reportContent(sheets, "2026-12-03 10:00", ruleNamesOf(REGISTER_RULES)),
  );
  const report = (await readWorkbookGrids(copy, "copy.xlsx")).find((g) => g.sheet === "核对报告")!;
  const { default: JSZip } = await import("jszip");
  const xml = await (
    await JSZip.loadAsync(copy)
  )
    .file(/worksheets\/sheet\d+\.xml$/)
    .pop()!
    .async("string");
  return { grids, report, xml };
}

describe("the checked copy of a sheet checked against a 参会名单 in another file", () => {
  it("names that file in the report's row for the 名单's cell and does not link into this copy for it", async () => {
    const { grids, report, xml } = await copyBeside();
    const header = report.rows.findIndex((r) => r[0] === "工作表");
    const rows = report.rows.slice(header + 1).map((r) => r.map((v) => String(v ?? "")));
    const absent = rows.find((r) => r[4].includes("马俊"))!;
    expect(absent[0]).toBe("参会名单（参会名单.xlsx）");
    expect(xml).not.toContain('location="&apos;参会名单&apos;');
    // The export's own finding still links to its cell in the copy.
    const own = rows.find((r) => r[0] === grids[0].sheet && r[1] !== "")!;
    const at = header + 1 + rows.indexOf(own) + 1;
    expect(xml).toContain(`<hyperlink ref="B${at}" location="&apos;${own[0]}&apos;!${own[1]}"`);
  });
});
