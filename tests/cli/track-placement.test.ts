import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { SAMPLE_MINUTES } from "../../src/samples/draft-inputs";
import { readWorkbookGrids } from "../../src/hosts/files/read-workbook";
import { runCli, workdir } from "./cli-harness";

const dir = workdir();
let n = 0;
const minutes = (matters: string[]) => {
  const path = join(dir, `m${n++}.json`);
  const decisions = matters.map((text) => ({ text, owner: "县应急管理局", deadline: "2026-12-31" }));
  writeFileSync(path, JSON.stringify({ ...SAMPLE_MINUTES, decisions }));
  return path;
};
const THREE = ["开展安全检查", "安排专项资金", "整治施工安全"];
const SHEET = "xl/worksheets/sheet1.xml";

/** A 督办台账 of one item (title in row 1, header in row 2, the item in row 3), its parts changed by `patch`. */
async function register(
  patch: (zip: JSZip, sheetXml: string) => string | Uint8Array | Promise<string>,
): Promise<string> {
  const folder = join(dir, `r${n++}`);
  mkdirSync(folder);
  const path = join(folder, "督办台账.xlsx");
  expect((await runCli(["track", minutes(["修订县级应急预案"]), "-o", path])).code).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(path));
  zip.file(SHEET, await patch(zip, await zip.file(SHEET)!.async("string")));
  writeFileSync(path, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  return path;
}
const afterSheetData = (xml: string, extra: string) => xml.replace("</sheetData>", `</sheetData>${extra}`);

async function refused(path: string, message: RegExp) {
  const bytes = readFileSync(path);
  const { code, stdout, stderr } = await runCli(["track", minutes(THREE), "-o", path]);
  expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
  expect(stderr).toMatch(message);
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(readFileSync(path).equals(bytes)).toBe(true);
}

const matters = async (path: string) =>
  (await readWorkbookGrids(new Uint8Array(readFileSync(path)), "台账.xlsx"))[0].rows.slice(2).map((r) => r[1]);

describe("track appends only where it is safe", () => {
  it("refuses to write over a 合计 formula saved without its result", async () => {
    const path = await register((_, xml) =>
      xml.replace(
        "</sheetData>",
        '<row r="5"><c r="A5" t="str"><f>"合计"</f></c><c r="B5"><f>COUNTA(B3:B4)</f></c></row></sheetData>',
      ),
    );
    await refused(path, /工作表“督办台账”的表格下面第 5 行有公式或内容（如合计行），追加会覆盖它，未追加/);
  });

  it("refuses to write into an empty merged area below the table", async () => {
    const path = await register((_, xml) =>
      afterSheetData(xml, '<mergeCells count="1"><mergeCell ref="A5:H6"/></mergeCells>'),
    );
    await refused(path, /工作表“督办台账”的表格下面有合并单元格（第 5 行），追加会写进合并区域/);
  });

  it("refuses a protected sheet, saying so", async () => {
    const path = await register((_, xml) =>
      afterSheetData(xml, '<sheetProtection sheet="1" objects="1" scenarios="1"/>'),
    );
    await refused(path, /工作表“督办台账”受保护，未追加；请先在 Excel 或 WPS 中撤销工作表保护再试/);
  });

  /** The register as an Excel table (插入 › 表格) over `ref`, with its filter. */
  const asTable =
    (ref: string, totals = false) =>
    async (zip: JSZip, xml: string) => {
      zip.file(
        "xl/worksheets/_rels/sheet1.xml.rels",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/></Relationships>',
      );
      const headers = ["序号", "议定事项", "责任单位", "完成时限", "来源", "状态", "办理情况", "备注"];
      zip.file(
        "xl/tables/table1.xml",
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="督办" displayName="督办" ref="${ref}"${totals ? ' totalsRowCount="1"' : ""}><autoFilter ref="${totals ? ref.replace(/\d+$/, (r) => String(Number(r) - 1)) : ref}"/><tableColumns count="8">${headers.map((h, i) => `<tableColumn id="${i + 1}" name="${h}"/>`).join("")}</tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`,
      );
      const types = await zip.file("[Content_Types].xml")!.async("string");
      zip.file(
        "[Content_Types].xml",
        types.replace(
          "</Types>",
          '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>',
        ),
      );
      return xml.replace("</worksheet>", '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>');
    };

  it("grows an Excel table and its filter over the appended rows", async () => {
    const path = await register(asTable("A2:H3"));
    const { code, stdout } = await runCli(["track", minutes(THREE), "-o", path]);
    expect(code).toBe(0);
    expect(stdout).toContain("末尾追加 3 项");
    const table = await (await JSZip.loadAsync(readFileSync(path))).file("xl/tables/table1.xml")!.async("string");
    expect(table).toContain('ref="A2:H6"><autoFilter ref="A2:H6"/>');
  });

  it("refuses an Excel table with a totals row, which the items would land under", async () => {
    const path = await register(asTable("A2:H4", true));
    await refused(path, /Excel 表“督办”/);
  });

  it("reads a sheet saved as UTF-16 and writes it back as readable UTF-8, never mojibake", async () => {
    const path = await register((_, xml) =>
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(xml.replace('encoding="UTF-8"', 'encoding="UTF-16"'), "utf16le"),
      ]),
    );
    const { code, stdout, stderr } = await runCli(["track", minutes(THREE), "-o", path]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toContain("末尾追加 3 项");
    const written = await (await JSZip.loadAsync(readFileSync(path))).file(SHEET)!.async("string");
    expect(written).toMatch(/^<\?xml[^>]*encoding="UTF-8"/);
    expect(written).toContain("修订县级应急预案");
    expect(await matters(path)).toEqual(["修订县级应急预案", ...THREE]);
  });

  it("appends at once to a sheet whose comment is full of <row> (the patcher is linear), keeping the comment", async () => {
    const comment = `<!-- ${"<row>".repeat(300_000)} -->`;
    const path = await register((_, xml) => xml.replace("</sheetData>", `${comment}</sheetData>`));
    expect(readFileSync(path).length).toBeLessThan(20_000);
    const started = Date.now();
    const { code } = await runCli(["track", minutes(THREE), "-o", path]);
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
    const written = await (await JSZip.loadAsync(readFileSync(path))).file(SHEET)!.async("string");
    expect(written).toContain(comment);
    expect(await matters(path)).toEqual(["修订县级应急预案", ...THREE]);
  });
});
