import { isPageFurniture, writtenParagraphs } from "../../../src/core/document/written-lines";
import { checkDocument } from "../../../src/core/rules/run-text";
import { GOOD_NOTICE } from "../../../src/samples/notices";
import { printedLines } from "../../corpus/variants";

/** A notice as a PDF of it gives its text back: every printed line a paragraph (28 characters, 26 after the indent). */
const WRITTEN = [
  "关于召开全县安全生产工作会议的通知",
  "各乡镇人民政府，县直各单位：",
  "为贯彻落实上级关于安全生产工作的部署，研究部署今冬明春安全生产工作，经县政府同意，决定召开全县安全生产工作会议。现将有关事项通知如下：",
  "一、会议时间",
  "2026年12月3日（星期四）上午9:00，会期半天。",
  "二、会议地点",
  "县政府三楼第一会议室。",
  "三、参会人员",
  "各乡镇分管负责同志，县应急管理局、县财政局、县住建局、县交通运输局、县市场监督管理局主要负责同志。",
  "四、有关要求",
  "请各单位高度重视，按要求安排人员准时参会，不得缺席或由他人代替。确需请假的，须经本单位主要负责同志同意后向县政府办公室书面请假。",
  "请参会人员提前十五分钟到会签到，会议期间将手机调至静音状态。",
  "五、联系人及电话",
  "联系人：王芳，联系电话：0571-87654321，13905712233。",
  "XX县人民政府办公室",
  "2026年11月25日",
];
const PRINTED = WRITTEN.map(printedLines);
const FROM_PDF = PRINTED.flat();

describe("a document's paragraphs as written", () => {
  it("joins a PDF's printed lines into the paragraphs they were, and keeps headings, labels and the 落款 apart", () => {
    expect(PRINTED.filter((lines) => lines.length > 1)).toHaveLength(4);
    expect(writtenParagraphs(FROM_PDF).paragraphs).toEqual(WRITTEN);
  });

  it("starts a paragraph on a line two characters short after a full line that ends a sentence", () => {
    const record = [
      "12月23日，2026年全市港澳台海外统战工作第二次联席会议在市委统战部召开。会议由联络处处长马杰主持并作重要讲话。",
      "市委统战部常务副部长刘毅参加会议并讲话。他指出，各单位、部门执行党的政策，相互配合必不可少，需要一个强有力的协调机制。",
      "会上，各成员单位总结2026年重点工作，谋划2027年工作思路。市委统战部、市台办、市外侨办、市商务局、市侨联、市台联、市贸促会7家联席成员单位联络员参加会议。会议邀请市民革、市致公党相关处室负责同志参加。",
    ];
    const printed = record.map(printedLines);
    // The first paragraph's last line is full and ends its sentence; the next paragraph's first line is indented.
    expect(printed[0].at(-1)!.endsWith("。")).toBe(true);
    expect(writtenParagraphs(printed.flat()).paragraphs).toEqual(record);
  });

  it("joins a line broken before `…提出要求：`, which only looks like a label", () => {
    const record = [
      "3月17日上午，某区人民法院召开全院干警大会，认真学习贯彻全国“两会”以及最高人民法院重要讲话精神。院长李明在会议上提出要求：",
      "一要认清形势，坚定信心，增强责任感，树立人民法院为人民的理念。",
      "二要进一步转变工作作风，耐心细致地做好群众工作，坚决整治不正之风。",
      "三要严厉打击各类刑事犯罪，全力化解各类社会矛盾。",
      "四要进一步强化司法为民，切实解决好群众关心的民生热点问题。",
    ];
    const printed = record.map(printedLines);
    expect(printed[0].at(-1)).toMatch(/^[^，。]{1,6}要求：$/);
    expect(writtenParagraphs(printed.flat()).paragraphs).toEqual(record);
  });

  it("puts a range of a joined paragraph back on the user's line, cut at the line's end where it runs over", () => {
    const written = writtenParagraphs(FROM_PDF);
    const joined = written.paragraphs[2];
    const [first, second] = PRINTED[2];
    const at = first.length - 2;
    const across = first.slice(-2) + second.slice(0, 4);
    expect(joined.slice(at, at + 6)).toBe(across);
    expect(written.span(2, at, at + 6)).toEqual({ paragraph: 2, start: at, end: first.length, whole: false });
    expect(written.span(2, first.length + 1, first.length + 3)).toEqual({
      paragraph: 3,
      start: 1,
      end: 3,
      whole: true,
    });
    expect([written.firstLine(2), written.lastLine(2)]).toEqual([2, 1 + PRINTED[2].length]);
  });

  it("leaves out a web page's furniture and empty lines, and the document's own lines alone", () => {
    const page = [
      "首页 > 政务公开 > 通知公告",
      "发布时间：2024-03-18 09:12\u3000来源：办公室\u3000浏览次数：1036",
      "",
      ...GOOD_NOTICE.split("\n"),
      "【打印本页】 【关闭窗口】",
    ];
    expect(writtenParagraphs(page).paragraphs).toEqual(GOOD_NOTICE.split("\n"));
    expect(writtenParagraphs(GOOD_NOTICE.split("\n")).paragraphs).toEqual(GOOD_NOTICE.split("\n"));
  });

  it.each([
    ["当前位置：首页 > 通知公告", true],
    ["发布日期：2023-05-06", true],
    ["作者：办公室 来源：县政府网 点击数：88", true],
    ["扫一扫在手机打开当前页", true],
    ["【字体：大 中 小】", true],
    ["来源：各乡镇上报材料汇总", false],
    ["会议时间：2026年12月3日", false],
    ["联系人：王芳", false],
  ])("%s is page furniture: %s", (line, furniture) => expect(isPageFurniture(line)).toBe(furniture));
});

describe("a hostile line", () => {
  // Each of these took the first link-bar pattern minutes to reject (nested repeats backtracking): a pasted
  // paragraph is the user's, of any length, and must be judged at once. Jest's time limit fails a hang.
  it.each([
    ["spaces after 字体", `字体${" ".repeat(20000)}x`],
    ["link words repeated", `${"【打印】".repeat(5000)}x`],
    ["大 中 小 repeated", `${"大 中 小 ".repeat(5000)}x`],
    ["a breadcrumb run on", `首页 >${"a".repeat(100000)}`],
  ])("%s is no furniture, and is read", (_name, line) => {
    expect(isPageFurniture(line)).toBe(false);
    expect(writtenParagraphs([line, line]).paragraphs).toEqual([line, line]);
  });
});

describe("an indented document", () => {
  it("is read without its indents, and a finding lands on the user's characters", () => {
    const indented = GOOD_NOTICE.split("\n").map((p) => `\u3000\u3000${p.replace("2026年12月3日", "12月3日")} `);
    const written = writtenParagraphs(indented);
    expect(written.paragraphs).toEqual(GOOD_NOTICE.replace("2026年12月3日", "12月3日").split("\n"));
    const noYear = checkDocument({ paragraphs: indented }).findings.find((f) => f.ruleId === "notice/date-no-year")!;
    expect(noYear.place.kind === "text" && indented[noYear.place.paragraph].slice(noYear.place.start)).toMatch(
      /^12月3日/,
    );
  });
});

describe("checking a notice copied out of a PDF", () => {
  it("finds what it finds in the notice as written, each finding on the user's line", () => {
    const faulty = FROM_PDF.map((l) => l.replace("2026年12月3日（星期四）", "12月3日（星期四）"));
    const { findings, kind } = checkDocument({ paragraphs: faulty });
    expect(kind).toBe("notice");
    const noYear = findings.find((f) => f.ruleId === "notice/date-no-year")!;
    const line = faulty.findIndex((l) => l.startsWith("12月3日"));
    expect(noYear.place).toMatchObject({ kind: "text", paragraph: line });
    expect(noYear.place.kind === "text" && noYear.place.text).toMatch(/^12月3日/);
    expect(findings.filter((f) => f.ruleId === "notice/missing-element")).toEqual([]);
  });
});

describe("pasted paragraphs and bylines a PDF broke into lines", () => {
  it("a one-paragraph notice broken before `2、典礼地点` still reads its numbered time and place", () => {
    const lines = [
      "各学院: 通知如下: 1、典礼时间: 2026年6月26日(周五)上午8:00",
      "2、典礼地点:图书馆报告厅 3、有关要求: (1)7:20开始入场。(2)各学院要做好组织工作。",
    ];
    const result = checkDocument({ paragraphs: lines });
    expect(result.kind).toBe("notice");
    expect(
      result.findings.filter((f) => f.ruleId === "notice/missing-element").map((f) => f.data.element),
    ).not.toContain("会议时间");
  });

  it("a reporter's byline broken before its last name still makes the text news", () => {
    const record = [
      "12月28日，县政协十一届一次会议举行预备会议，县政协秘书长詹晓华主持。",
      "会议要求与会人员严格遵守会风会纪，集中精力开好会议。(记 者:吴阳金 张志彬 见习记者",
      "汪子妍)",
    ];
    expect(
      checkDocument({ paragraphs: [record[0], record[1].replace("(记 者:吴阳金 张志彬 见习记者", "")] }).kind,
    ).toBe("minutes");
    expect(checkDocument({ paragraphs: record }).kind).toBe("unsure");
  });
});

describe("a record's headline over two printed lines", () => {
  it("`…——共青团某乡第十届三次代表大会` over `胜利召开` still says the meeting was held", () => {
    const record = [
      "用青春的热情谱写团建新篇章——共青团高桥乡第十届三次代表大会胜利召开",
      "此次团代会由全体代表民主选举产生了共青团高桥乡新一届委员会，并选举产生了书记和副书记。",
      "乡团委希望以此次会议为契机，充分调动广大团员青年的积极性。",
    ];
    expect(checkDocument({ paragraphs: record }).kind).toBe("minutes");
    expect(checkDocument({ paragraphs: record.flatMap((p) => printedLines(p)) }).kind).toBe("minutes");
  });
});
