import { docxTableParts } from "../../../src/core/replies/docx-table";
import { readReply } from "../../../src/core/replies/read-reply";
import { readDocxTables } from "../../../src/hosts/files/read-docx-tables";
import { zipDocx } from "../../../src/hosts/files/write-docx";

describe("a 回执 typed into a Word table", () => {
  it("reads the table under a `单位：` line, with a merged heading row", async () => {
    const bytes = await zipDocx(
      docxTableParts({
        title: "参会回执",
        lines: ["单位：县财政局", "联系人：王芳  联系电话：0571-87654321"],
        header: ["姓名", "职务", "性别", "备注"],
        rows: [["局领导"], ["刘洋", "副局长", "男", ""], ["何静", "科长", "女", "住宿"]],
        widths: [2000, 2000, 1500, 2000],
        rowHeight: 480,
        groupRows: new Set([0]),
      }),
    );
    const grids = await readDocxTables(bytes, "县财政局回执.docx");
    expect(grids.map((g) => g.sheet)).toEqual(["表格1"]);
    const reply = readReply({ file: "县财政局回执.docx", grids, receivedOn: null });
    expect(reply.people.map((p) => `${p.unit}|${p.name}|${p.position}|${p.remark}`)).toEqual([
      "县财政局|刘洋|副局长|",
      "县财政局|何静|科长|住宿",
    ]);
    expect(reply.people[0].extras).toEqual({ 性别: "男" });
    expect(reply.contactPhone).toBe("0571-87654321");
    expect(reply.people[0].at.cell).toBe("A6");
  });

  it("joins vertically merged cells (vMerge) as a merged area", async () => {
    const { tablesOfDocumentXml } = await import("../../../src/hosts/files/read-docx-tables");
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const tc = (text: string, merge = "") =>
      `<w:tc><w:tcPr>${merge}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const xml =
      `<w:document ${W}><w:body><w:tbl>` +
      `<w:tr>${tc("单位")}${tc("姓名")}${tc("职务")}</w:tr>` +
      `<w:tr>${tc("城关镇", '<w:vMerge w:val="restart"/>')}${tc("赵磊")}${tc("副镇长")}</w:tr>` +
      `<w:tr>${tc("", "<w:vMerge/>")}${tc("钱敏")}${tc("主任")}</w:tr>` +
      `</w:tbl></w:body></w:document>`;
    const [grid] = await tablesOfDocumentXml(xml);
    expect(grid.merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 0 }]);
    const reply = readReply({ file: "x.docx", grids: [grid], receivedOn: null });
    expect(reply.people.map((p) => `${p.unit}|${p.name}`)).toEqual(["城关镇|赵磊", "城关镇|钱敏"]);
  });
});
