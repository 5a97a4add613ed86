import { checkDocument } from "../../src/core/rules/run-text";
import { readNotice } from "../../src/core/meeting/read-notice";
import { readMinutes } from "../../src/core/meeting/read-minutes";
import { findDateMentions } from "../../src/core/text/date-mentions";

/**
 * The families of writing issue 32 found the reader missing on published texts it had not seen, each written
 * as a secretary would, none copied from a corpus text.
 */
const lines = (...paragraphs: string[]) => paragraphs;
const missing = (paragraphs: string[]) =>
  checkDocument({ paragraphs })
    .findings.filter((f) => f.ruleId.endsWith("/missing-element"))
    .map((f) => f.data.element);

describe("the kind, read from titles written otherwise", () => {
  it.each([
    ["a 纪要 with its issue number after the title", "XX学院党政联席会议纪要（2019年第5期）", "minutes"],
    ["a 会议记录", "XX县人民政府第十次常务会议记录", "minutes"],
    ["a 公告 of a hearing", "关于召开出租车运价调整听证会的公告", "notice"],
  ])("%s", (_name, title, kind) => {
    const body =
      kind === "minutes"
        ? ["2026年11月27日，县长王建国主持召开会议。", "会议同意县财政局安排专项资金，年底前拨付。"]
        : ["定于2026年12月3日上午9时在市政府三楼会议室举行听证会。", "凡本市户籍居民均可报名参加。"];
    expect(checkDocument({ paragraphs: [title, ...body] }).kind).toBe(kind);
  });
});

describe("elements written in a sentence, not under a label", () => {
  it("the meeting named as the subject of 定于, after an opening clause", () => {
    const facts = readNotice(
      lines("通知", "各部门：", "经研究，第八届教代会第五次会议定于2026年4月25日在行政楼三楼会议室召开。"),
    );
    expect(facts.meetingName?.value).toBe("第八届教代会第五次会议");
  });

  it("attendees asked to arrive at the hall, or a 公告's eligibility sentence", () => {
    expect(readNotice(lines("通知", "请各参评项目单位相关负责人于9时前到达会场。")).attendees?.value).toMatch(/负责人/);
    expect(readNotice(lines("公告", "凡本市户籍居民均可报名参加。")).attendees?.value).toBe("本市户籍居民");
  });

  it("a contact written without a colon, but not a word that merely keeps in touch", () => {
    const contact = (text: string) => readNotice(lines("关于召开会议的通知", text)).contacts.map((c) => c.value);
    expect(contact("联系人张园，电话：0571-87654321。")).toEqual(["张园"]);
    expect(contact("各单位要加强与模范集体联系，做好宣传。")).toEqual([]);
  });

  it("the basis of a meeting is not its content: 根据学校有关安排", () => {
    const facts = readNotice(
      lines("关于召开会议的通知", "各学院：", "根据学校有关安排，定于2026年12月3日在行政楼三楼会议室召开会议。"),
    );
    expect(facts.agenda).toBeUndefined();
  });
});

describe("places written otherwise", () => {
  it("after 于 or 到达, and before the chair in a record", () => {
    const place = (text: string) => readNotice(lines("关于召开会议的通知", "各单位：", text)).place?.value;
    expect(place("会议定于2026年12月3日于国际会议厅举行。")).toBe("国际会议厅");
    expect(place("请于12月3日8时30分到达会场（学校操场）。")).toBe("会场（学校操场）");
    const minutes = readMinutes(
      lines("区政府常务会议纪要", "2026年11月27日，在区机关815会议室，区长马明主持召开区政府第4次常务会议。"),
    );
    expect(minutes.place?.value).toBe("区机关815会议室");
  });

  it("the 厅 of 我厅 is no hall", () => {
    const text = lines(
      "关于召开工作会议的通知",
      "各市教育局：",
      "定于2026年12月3日在我厅召开全省教育工作会议，请各市教育局局长参加。",
      "联系人：王芳，电话：0571-87654321。",
      "省教育厅",
      "2026年11月20日",
    );
    expect(checkDocument({ paragraphs: text }).findings.map((f) => f.ruleId)).toContain("notice/place-imprecise");
  });
});

describe("the 落款", () => {
  it("a phone line above the date is no 署名", () => {
    expect(
      missing(
        lines(
          "关于召开会议的通知",
          "各单位：",
          "定于2026年12月3日上午9时在县政府三楼会议室召开全县安全生产工作会议，传达上级会议精神，请各乡镇分管领导参加。",
          "联系人：王芳",
          "电话：0571-87654321",
          "2026年11月20日",
        ),
      ),
    ).toEqual(["发文机关署名"]);
  });

  it("a garbled 成文日期 does not hide the 署名 above it", () => {
    expect(
      missing(
        lines(
          "关于召开会议的通知",
          "各单位：",
          "定于2026年12月3日上午9时在县政府三楼会议室召开全县安全生产工作会议，传达上级会议精神，请各乡镇分管领导参加。",
          "联系人：王芳，电话：0571-87654321。",
          "县人民政府办公室",
          "2026年11",
        ),
      ),
    ).toEqual(["成文日期"]);
  });
});

describe("single cases", () => {
  it("a 民國 year is a year", () => {
    expect(findDateMentions("中華民國112年2月10日".replace("華", "华").replace("國", "国"))[0].year).toBe(2023);
    expect(findDateMentions("訂於112年2月10日上午舉行")[0].year).toBe(2023);
  });

  it("a 文号 in parentheses on its own line, and the minutes' date in the 版头 line", () => {
    expect(readNotice(lines("（县政办发〔2026〕12号）", "关于召开会议的通知")).docNumber?.value).toBe(
      "（县政办发〔2026〕12号）",
    );
    expect(
      readMinutes(lines("XX县人民政府办公室  二〇一〇年四月六日", "县长办公会议纪要", "会议同意…")).issueDate?.value
        .year,
    ).toBe(2010);
  });
});
