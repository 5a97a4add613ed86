import { DOMParser } from "@xmldom/xmldom";
import fc from "fast-check";
import { minutesDocx, minutesOoxml, noticeDocx, noticeOoxml, renderNoticeBody } from "../../src/core/render";
import { titleLines } from "../../src/core/render/title-lines";
import { SAMPLE_MINUTES, SAMPLE_NOTICE } from "../../src/samples/draft-inputs";

function wellFormed(xml: string): boolean {
  let ok = true;
  new DOMParser({
    onError: (level: string) => {
      if (level !== "warning") ok = false;
    },
  }).parseFromString(xml, "text/xml");
  return ok;
}
const attr = (xml: string, re: RegExp) => [...xml.matchAll(re)].map((m) => m[1]);

describe("the GB/T 9704 renderer", () => {
  const doc = noticeDocx(SAMPLE_NOTICE)["word/document.xml"];

  it("sets A4 with 天头 37 mm, 订口 28 mm and a 156 × 225 mm 版心", () => {
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    const [top, right, bottom, left] = ["top", "right", "bottom", "left"].map((side) =>
      Number(new RegExp(`<w:pgMar[^>]* w:${side}="(\\d+)"`).exec(doc)![1]),
    );
    const mm = (twips: number) => Math.round((twips / 1440) * 25.4);
    expect([mm(top), mm(left), mm(right), mm(bottom)]).toEqual([37, 28, 26, 35]);
    expect(mm(11906 - left - right)).toBe(156);
    expect(mm(16838 - top - bottom)).toBe(225);
  });

  it("puts every font, size and colour on the runs themselves, all four rFonts attributes alike", () => {
    const runs = doc
      .split("<w:r>")
      .slice(1)
      .filter((r) => r.includes("<w:t"));
    expect(runs.length).toBeGreaterThan(30);
    for (const r of runs) {
      const fonts = /<w:rFonts w:ascii="([^"]+)" w:hAnsi="([^"]+)" w:eastAsia="([^"]+)" w:cs="([^"]+)"\/>/.exec(r);
      expect(fonts).not.toBeNull();
      expect(new Set(fonts!.slice(1)).size).toBe(1);
      expect(r).toMatch(/<w:sz w:val="\d+"\/><w:szCs w:val="\d+"\/>/);
      expect(r).toMatch(/<w:color w:val="[0-9A-F]{6}"\/>/);
    }
  });

  it("writes the body in 3号仿宋 on a fixed 28.95 pt line, indented two characters", () => {
    const paragraph = doc.split("<w:p>").find((p) => p.includes("为研究部署"))!;
    const body = /<w:pPr>([^]*?)<\/w:pPr>([^]*)/.exec(paragraph)!;
    expect(body[1]).toContain('<w:spacing w:before="0" w:after="0" w:line="579" w:lineRule="exact"/>');
    expect(body[1]).toContain('w:firstLineChars="200" w:firstLine="640"');
    expect(body[2]).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body[2]).toContain('<w:sz w:val="32"/>');
    expect(new Set(attr(doc, /w:line="(\d+)" w:lineRule="exact"/g)).has("579")).toBe(true);
  });

  it("makes the 发文机关标志 red 小标宋, centred, and the title 2号小标宋 centred", () => {
    expect(doc).toMatch(
      /<w:jc w:val="center"\/><\/w:pPr><w:r><w:rPr><w:rFonts w:ascii="方正小标宋简体"[^]*?<w:color w:val="FF0000"\/>[^]*?XX县人民政府办公室文件/,
    );
    expect(doc).toMatch(
      /w:eastAsia="方正小标宋简体"[^>]*\/><w:color w:val="000000"\/><w:sz w:val="44"\/>[^]*?关于召开/,
    );
  });

  it("sizes a long 发文机关标志 to keep it on one line, with room to spare", () => {
    const issuer = "XX县安全生产委员会办公室";
    const xml = noticeDocx({ ...SAMPLE_NOTICE, issuer })["word/document.xml"];
    const mark = xml.split("<w:p>").find((p) => p.includes(`${issuer}文件`))!;
    const halfPoints = Number(/<w:sz w:val="(\d+)"\/>/.exec(mark)![1]);
    const markWidthPt = (halfPoints / 2) * 14; // 13 characters + XX at half width
    expect(markWidthPt).toBeLessThanOrEqual(0.92 * (156 / 25.4) * 72);
    expect(markWidthPt).toBeGreaterThan(0.8 * (156 / 25.4) * 72);
  });

  it("draws the red rule under the 发文字号 and uses 〔〕", () => {
    expect(doc).toMatch(
      /X政办发〔2026〕45号<\/w:t><\/w:r><\/w:p><w:p><w:pPr>[^]*?<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="0" w:color="FF0000"\/><\/w:pBdr>/,
    );
  });

  it("puts 一、 headings in 黑体 and （一） items' numbers in 楷体", () => {
    expect(doc).toMatch(/w:eastAsia="黑体"[^]*?一、会议时间/);
    expect(doc).toMatch(/w:eastAsia="楷体_GB2312"[^]*?（一）<\/w:t>/);
  });

  it("places 署名 and 成文日期 at the right, the date 4 characters in, in Arabic numerals", () => {
    expect(doc).toMatch(/<w:ind w:right="1280"\/><w:jc w:val="right"\/><\/w:pPr><w:r>[^]*?2026年11月25日<\/w:t>/);
    expect(doc).toMatch(/<w:jc w:val="right"\/><\/w:pPr><w:r>[^]*?XX县人民政府办公室<\/w:t>/);
  });

  it("has page numbers — 1 — in 4号宋体 in the .docx footers, odd right and even left", () => {
    const parts = noticeDocx(SAMPLE_NOTICE);
    expect(parts["word/settings.xml"]).toContain("<w:evenAndOddHeaders/>");
    for (const [footer, side] of [
      ["word/footer1.xml", "right"],
      ["word/footer2.xml", "left"],
    ]) {
      expect(parts[footer]).toContain(" PAGE ");
      expect(parts[footer]).toContain("— ");
      expect(parts[footer]).toContain('w:eastAsia="宋体"');
      expect(parts[footer]).toContain('<w:sz w:val="28"/>');
      expect(parts[footer]).toContain(`<w:jc w:val="${side}"/>`);
    }
  });

  it("puts 版记 in 4号仿宋 between rules at the foot", () => {
    // In the text, not floating (LibreOffice and WPS draw a floating table where it stands): see tests/layout.
    expect(doc).not.toMatch(/<w:tblpPr|<w:framePr/);
    expect(doc).toMatch(
      /<w:top w:val="single" w:sz="8"[^]*?抄送：县委办公室[^]*?<w:bottom w:val="single" w:sz="8"[^]*?印发/,
    );
    expect(doc).toMatch(/w:sz w:val="28"\/>[^]*?抄送：县委办公室/);
    expect(doc).toContain("2026年11月25日印发");
  });

  it("writes minutes with a red 纪要 heading and 出席 labels in 黑体 with names aligned after the colon", () => {
    const minutes = minutesDocx({ ...SAMPLE_MINUTES, present: ["王建国", "李娜"], leave: ["何静"] })[
      "word/document.xml"
    ];
    expect(minutes).toMatch(/<w:color w:val="FF0000"\/>[^]*?县政府常务会议纪要/);
    expect(minutes).toMatch(
      /<w:ind w:leftChars="500" w:left="1600" w:hangingChars="300" w:hanging="960"\/><w:jc w:val="left"\/><\/w:pPr><w:r><w:rPr><w:rFonts w:ascii="黑体"[^]*?出席：<\/w:t>[^]*?仿宋_GB2312[^]*?王建国、李娜/,
    );
    expect(minutes).toContain("请假：");
    expect(minutes).toMatch(/一、<\/w:t>[^]*?开展全县危化品企业安全检查，由县应急管理局负责，2026年12月15日前完成。/);
  });

  it("makes a flat OPC package for insertOoxml without section properties", () => {
    for (const xml of [noticeOoxml(SAMPLE_NOTICE), minutesOoxml(SAMPLE_MINUTES)]) {
      expect(xml).toContain('<pkg:part pkg:name="/_rels/.rels"');
      expect(xml).toContain('<pkg:part pkg:name="/word/document.xml"');
      expect(xml).not.toContain("<w:sectPr");
      expect(wellFormed(xml)).toBe(true);
    }
  });

  it("escapes & < > \" ' and drops characters XML forbids", () => {
    const body = renderNoticeBody({ ...SAMPLE_NOTICE, place: `A&B <会议室> "3" '号'\u0001\u0008\uFFFE\ud800楼` });
    expect(body).toContain("A&amp;B &lt;会议室&gt; &quot;3&quot; &apos;号&apos;楼");
    expect(
      wellFormed(
        `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
      ),
    ).toBe(true);
  });

  it("always produces well-formed XML, whatever the user typed", () => {
    const anyText = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }));
    fc.assert(
      fc.property(
        fc.record({
          issuer: anyText,
          title: anyText,
          name: anyText,
          place: anyText,
          agenda: fc.array(anyText, { maxLength: 3 }),
          contacts: fc.array(fc.record({ name: anyText, phone: anyText }), { maxLength: 2 }),
          attachments: fc.array(anyText, { maxLength: 2 }),
          copyTo: anyText,
        }),
        fc.record({
          title: anyText,
          chair: anyText,
          decisions: fc.array(fc.record({ text: anyText, owner: anyText, deadline: anyText }), { maxLength: 3 }),
          present: fc.array(anyText, { maxLength: 4 }),
        }),
        (notice, minutes) => {
          const parts = { ...noticeDocx(notice) };
          for (const xml of [
            ...Object.values(parts),
            noticeOoxml(notice),
            minutesOoxml(minutes),
            minutesDocx(minutes)["word/document.xml"],
          ]) {
            expect(wellFormed(xml)).toBe(true);
          }
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
    );
  });

  it.each([
    ["关于召开全县安全生产工作会议的通知", ["关于召开全县安全生产工作会议的通知"]],
    [
      "关于召开2026年全县安全生产暨冬春火灾防控工作会议的通知",
      ["关于召开2026年全县安全生产", "暨冬春火灾防控工作会议的通知"],
    ],
    [
      "关于召开2026年全县安全生产委员会全体成员（扩大）会议暨今冬明春安全防范和森林防灭火工作部署会议的通知",
      ["关于召开2026年全县安全生产委员会", "全体成员（扩大）会议暨今冬明春安全防范", "和森林防灭火工作部署会议的通知"],
    ],
    [
      "关于召开2026年度全县党风廉政建设和反腐败工作电视电话会议的通知",
      ["关于召开2026年度全县党风廉政建设", "和反腐败工作电视电话会议的通知"],
    ],
  ])("splits a long title into balanced lines, not inside a word, never before 通知: %s", (title, lines) => {
    const split = titleLines(title);
    expect(split.join("")).toBe(title);
    expect(split).toEqual(lines);
  });
});
