import { checkDocument } from "../../src/core/rules/run-text";
import { type Place, paragraphOf } from "../../src/core/rules/finding";
import { readNotice } from "../../src/core/meeting/read-notice";
import { readMinutes } from "../../src/core/meeting/read-minutes";
import { placePrecision } from "../../src/core/meeting/place-precision";
import { findDateMentions, findRelativeDates } from "../../src/core/text/date-mentions";

/**
 * Families of writing the reader missed on blind-t (ceremony notices, associations' records), each written anew as
 * a secretary would, none copied from a corpus text. Earlier families are in reading-families.test.ts.
 */
const lines = (...paragraphs: string[]) => paragraphs;
const check = (paragraphs: string[]) => checkDocument({ paragraphs });
const paragraphOfFinding = (f: { place: Place }) => paragraphOf(f.place);
const ruleIds = (paragraphs: string[]) => check(paragraphs).findings.map((f) => f.ruleId);
const missing = (paragraphs: string[]) =>
  check(paragraphs)
    .findings.filter((f) => f.ruleId.endsWith("/missing-element"))
    .map((f) => f.data.element);

describe("a 附件说明 listing files above the 落款", () => {
  const notice = lines(
    "关于召开2026年度总结表彰大会的通知",
    "各科室：",
    "定于2026年12月10日上午9:00在局机关三楼会议室召开2026年度总结表彰大会，会议听取年度工作报告。",
    "请各科室负责人准时参加。联系人：王芳，电话：0571-87654321。",
    "附件：",
    "先进个人名单.docx",
    "县文化广电旅游局办公室",
    "二○二六年十二月八日",
  );

  it("is no attachment page: the 署名 and 成文日期 under it are read, and the short notice is found", () => {
    expect(missing(notice)).toEqual([]);
    const facts = readNotice(notice);
    expect(facts.signature?.value).toBe("县文化广电旅游局办公室");
    expect(facts.issueDate?.value).toMatchObject({ year: 2026, month: 12, day: 8 });
    expect(ruleIds(notice)).toContain("notice/short-notice");
  });

  it("while `附件1` alone, over an attached form, still begins the attached pages", () => {
    const withPage = [
      ...notice.slice(0, 4),
      "县文化广电旅游局办公室",
      "2026年12月1日",
      "附件1",
      "参会回执",
      "单位：",
      "姓名：",
    ];
    expect(readNotice(withPage).signature?.value).toBe("县文化广电旅游局办公室");
    expect(missing(withPage)).toEqual([]);
  });
});

describe("a record told in the third person, whatever its headline (clause 3 of the report-or-record rule)", () => {
  it("a 研讨会 held on a day, chaired and summed up, is a record", () => {
    const text = lines(
      "3月12日，市科协召开学术年会筹备工作研讨会。",
      "会议由副主席李明主持。与会人员围绕年会方案进行了讨论。",
      "李明指出，方案要结合实际，各学会要认真做好筹备工作。",
    );
    expect(check(text).kind).toBe("minutes");
  });

  it("an association's congress that 圆满闭幕 after electing its council is a record, and the election is personnel", () => {
    const text = lines(
      "县书法家协会第三次会员代表大会圆满闭幕",
      "5月20日，县书法家协会第三次会员代表大会圆满闭幕。",
      "大会审议通过了第二届理事会工作报告，选举产生了第三届理事会理事。",
      "随后召开的三届一次理事会选举王强为主席，张敏当选为秘书长。",
    );
    const result = check(text);
    expect(result.kind).toBe("minutes");
    expect(result.findings.filter((f) => f.ruleId === "minutes/personnel").map((f) => f.place)).toEqual([
      expect.objectContaining({ paragraph: 2 }),
      expect.objectContaining({ paragraph: 3 }),
    ]);
  });

  it("a 我区 in the topic of a speaker's requirement (`就做好…我区…工作，某部长要求`) is the speaker's, not the writer's", () => {
    const text = (topic: string) =>
      lines(
        "1月9日上午，区个体劳动者协会第四次会员代表大会在区政务中心二楼会议室召开。",
        `${topic}，区委常委、统战部部长赵刚要求，要坚持正确方向，要加强自身建设。`,
        "会议听取审议了第三届理事会工作报告。",
      );
    expect(check(text("就做好新形势下我区个体私营经济工作")).kind).toBe("minutes");
    // Told in the writer's own voice, 我区 makes the text the district's news (clause 2).
    expect(check(text("为推动我区个体私营经济发展，会议开得很成功")).kind).toBe("unsure");
  });

  it("`选举办法（草案）` approved is no personnel matter", () => {
    const facts = readMinutes(
      lines("6月3日，县总工会召开执委会议。", "会议审议通过了县总工会第八次代表大会选举办法（草案）。"),
    );
    expect(facts.personnel).toEqual([]);
  });

  it("a lecture given after the meeting, with its 强调要, is not the meeting's decision", () => {
    const facts = readMinutes(
      lines(
        "11月2日，县妇联召开执委会议，执委30人参加会议。",
        "会议审议通过了执委会工作报告；会议要求各乡镇妇联于12月底前完成换届工作。",
        "会后，县妇联主席陈红作专题党课报告，强调要不断增强做好妇女工作的责任感。",
      ),
    );
    expect(facts.decisions.map((d) => d.text.at.paragraph)).toEqual([1]);
  });
});

describe("credit lines without a colon", () => {
  it("`编辑 刘某某` / `审核 王某某` closing the text make it a report", () => {
    const body = lines(
      "3月5日，某学院党委召开2026年第一次工作会议，全体委员参加会议。",
      "会议指出，要充分发挥人才优势，为地方发展作出贡献。",
    );
    expect(check(body).kind).toBe("minutes");
    expect(check([...body, "编辑 刘小舟", "审核 王卫国"]).kind).toBe("unsure");
  });
});

describe("a notice's table laid out one cell to a line", () => {
  it("`地点` over `仪程` heads a column, not a label over its value", () => {
    const facts = readNotice(
      lines(
        "关于举行2026年开学典礼的通知",
        "各学院：",
        "兹定于2026年9月6日(星期日)举行2026年开学典礼。现将有关事宜通知如下：",
        "一、典礼安排",
        "日期",
        "校区",
        "地点",
        "仪程",
        "9:00-10:00",
        "东校区",
        "东校区体育馆",
        "1、典礼开始。",
      ),
    );
    expect(facts.place?.value).not.toBe("仪程");
  });
});

describe("places of ceremonies", () => {
  it.each([
    ["a hall named as a whole", "怀士堂", 2],
    ["a sports hall", "紫金港校区体育馆", 2],
    ["a roofed ground", "北校区风雨操场", 2],
    ["open ground before a building", "行政楼前广场", 1],
    ["an open-air sports field", "象山校区山北操场露天", 1],
    ["a canteen is no hall", "学校食堂", 1],
  ])("%s: %s", (_name, place, precision) => {
    expect(placePrecision(place)).toBe(precision);
  });

  it("`将在7月1日在…体育馆举行`: the place after the time's own 在", () => {
    const facts = readNotice(
      lines(
        "各位同学：",
        "2026届毕业典礼将在7月1日在紫金港校区体育馆举行，现将有关事项通知如下：",
        "1、请同学们于7月1日中午12点集合。",
      ),
    );
    expect(facts.place?.value).toBe("紫金港校区体育馆");
  });
});

describe("a notice pasted as one paragraph with numbered labels after single spaces", () => {
  const text = lines(
    "各学院: 通知如下: 1、典礼时间: 2026年6月26日(周五)上午8:00 2、典礼地点:图书馆报告厅 3、有关要求: (1)7:20开始入场。(2)各学院要做好组织工作。",
  );

  it("is a notice, and its time and place are read from the labels", () => {
    expect(check(text).kind).toBe("notice");
    const facts = readNotice(text);
    expect(facts.meetingDate?.value).toMatchObject({ year: 2026, month: 6, day: 26 });
    expect(facts.place?.value).toBe("图书馆报告厅");
  });
});

describe("a deadline for a list of names is no meeting day", () => {
  it("`将参会负责人名单在8月22日…` gets no date-no-year", () => {
    const text = lines(
      "关于召开2026年度工作会议的通知",
      "各学院：",
      "定于2026年8月28日上午9:00在行政楼三楼会议室召开2026年度工作会议。",
      "请各学院将参会负责人名单在8月22日发至办公室邮箱。联系人：王芳，电话：0571-87654321。",
      "校长办公室",
      "2026年8月10日",
    );
    expect(ruleIds(text)).not.toContain("notice/date-no-year");
  });
});

describe("a record that stops inside a speaker's sentence", () => {
  it("`…主席在闭幕讲话中对全市` after a finished sentence is cut, and nothing after it is reported missing", () => {
    const text = lines(
      "4月8日，市书法家协会第五次会员代表大会在市文化中心三楼会议室召开，会长李明主持。",
      "会议审议通过了第四届理事会工作报告。",
      "李明在闭幕讲话中对全市",
    );
    const found = check(text).findings.map((f) => f.ruleId);
    expect(found).toContain("document/incomplete");
    expect(found).not.toContain("minutes/no-distribution");
  });

  it("while a record ending on its 署名 is whole", () => {
    const text = lines(
      "4月8日，市书法家协会第五次会员代表大会在市文化中心三楼会议室召开，会长李明主持。",
      "会议审议通过了第四届理事会工作报告。",
      "市书法家协会秘书处",
    );
    expect(ruleIds(text)).not.toContain("document/incomplete");
  });
});

describe("a ceremony in several sessions, under a numbered outline", () => {
  const text = lines(
    "关于2026年夏季研究生毕业典礼暨学位授予仪式有关事项的通知",
    "各学院：",
    "一.总体安排",
    "1.2026年夏季研究生毕业典礼暨学位授予仪式定于7月3日上午9:00、7月4日上午9:00分两场在百周年纪念讲堂进行。",
    "参加7月3日上午典礼的学院为：数学学院、物理学院。",
    "参加7月4日上午典礼的学院为：经济学院、法学院。",
    "联系人：王芳，电话：010-62751234。",
  );

  it("reads the name, the first session's time and the hall from the 定于…进行 sentence, not the outline's heading", () => {
    const facts = readNotice(text);
    expect(facts.meetingName?.value).toBe("2026年夏季研究生毕业典礼暨学位授予仪式");
    expect(facts.meetingDate?.value).toMatchObject({ month: 7, day: 3 });
    expect(facts.place?.value).toBe("百周年纪念讲堂");
  });

  it("dates without a year are hints, the year read from the title, and each restated session is one", () => {
    const noYear = check(text).findings.filter((f) => f.ruleId === "notice/date-no-year");
    expect(noYear.map((f) => [f.severity, f.data.from])).toEqual([
      ["info", "标题"],
      ["info", "标题"],
      ["info", "标题"],
    ]);
  });

  it("taking part in the ceremony, with the day after it, is no restated meeting date", () => {
    const other = lines(
      "关于举行2026级新生开学典礼的通知",
      "各学院：",
      "定于2026年9月7日上午9:00在体育馆举行2026级新生开学典礼。",
      "请组织参加典礼的所有学生在9月5日下午完成彩排。联系人：王芳，电话：010-62751234。",
      "学生工作部",
      "2026年9月1日",
    );
    expect(ruleIds(other)).not.toContain("notice/date-no-year");
  });
});

describe("a meeting over several days, written as one date", () => {
  it.each([
    ["7月28-29日", 28, 29],
    ["5月22、23日", 22, 23],
    ["2022年4月8~10日", 8, 10],
  ])("`%s` is one date, its first day the meeting's and its last day kept", (text, day, lastDay) => {
    const [mention] = findDateMentions(`决定于${text}在市行政中心召开`);
    expect(mention).toMatchObject({ day, lastDay });
  });

  it("a weekend inside the days is reported, but a Sunday the text names as the day people arrive is not", () => {
    const notice = (when: string) =>
      lines(
        "关于召开全省卫生应急工作会议的通知",
        "各市卫生健康委：",
        `定于${when}在省卫生健康委三楼会议室召开全省卫生应急工作会议。`,
        "联系人：王芳，电话：0551-62751234。",
        "省卫生健康委办公室",
        "2022年3月20日",
      );
    expect(ruleIds(notice("2022年4月8~10日"))).toContain("notice/non-workday");
    expect(ruleIds(notice("2022年4月10-12日(会期2天,10日报到,12日离会)"))).not.toContain("notice/non-workday");
  });

  it("the arranging sentence's first date is the meeting's, not a second meeting's later in it", () => {
    const facts = readNotice(
      lines(
        "关于召开现场观摩会的通知",
        "各会员单位：",
        "经研究，定于2026年9月24-25日在昌吉市召开棉花新品种现场观摩会，9月25-26日在奎屯市召开中长绒棉现场观摩会。",
      ),
    );
    expect(facts.meetingDate?.value).toMatchObject({ year: 2026, month: 9, day: 24, lastDay: 25 });
  });
});

describe("days of the meeting told in its programme and its arrangements", () => {
  const notice = (...more: string[]) =>
    lines(
      "关于召开2026年全市科普工作会议的通知",
      "各区科协：",
      "定于2026年4月17日至18日在市科技馆三楼报告厅召开2026年全市科普工作会议。",
      ...more,
      "联系人：王芳，电话：0571-87654321。",
      "市科协办公室",
      "2026年4月1日",
    );
  const hints = (text: string[]) =>
    check(text)
      .findings.filter((f) => f.ruleId === "notice/date-no-year")
      .map((f) => paragraphOfFinding(f));

  it("a programme row opening with the day and its hours restates a meeting day (a hint)", () => {
    expect(hints(notice("4月17日9:00-9:10 开幕式", "4月18日  上午:分组讨论"))).toEqual([3, 4]);
  });

  it("coming in and signing in on the day are days of the meeting, leaving is not", () => {
    expect(hints(notice("请参会人员于4月17日8:30前签到入场。", "4月18日  全天:返程。"))).toEqual([3]);
  });
});

describe("a notice known by its headings and its invitation, and news by its masthead", () => {
  it("`一、会议时间` over the date and `二、会议地点` make a notice, with no title", () => {
    const text = lines(
      "为总结全年工作，市总工会决定召开2026年度女职工工作会议。",
      "一、会议时间",
      "2026年3月7日(星期六)上午9点30分",
      "二、会议地点",
      "市总工会四楼会议室",
    );
    expect(check(text).kind).toBe("notice");
  });

  it("a government inviting the public to sit in on its meeting writes a notice", () => {
    const text = lines(
      "为推进决策公开，区人民政府向社会公开邀请利益相关方列席区政府常务会议。",
      "联系人：区政府办公室王芳",
    );
    expect(check(text).kind).toBe("notice");
    expect(readNotice(text).meetingName?.value).toBe("区政府常务会议");
  });

  it("`【本報消息】` opens a newspaper's report, whatever it asks of its readers", () => {
    const body = "市政署定於7月22日晚上八時在區活動中心禮堂舉行社區座談會，敬請有意參與人士準時出席。聯絡人：陳先生。";
    expect(check(lines(body)).kind).toBe("notice");
    expect(check(lines(`【本報消息】${body}`)).kind).toBe("unsure");
  });
});

describe("government notices cut by the page they were copied from (a blind-u family, written anew)", () => {
  const head = lines(
    "关于召开全市农机推广工作会议的通知",
    "各县区农机局：",
    "定于2026年9月20日上午9时在市农机局三楼会议室召开全市农机推广工作会议。",
  );
  const cutAt = (...tail: string[]) => check([...head, ...tail]).findings.map((f) => f.ruleId);

  it.each([
    ["a request begun under the phone line", ["联系单位：市农机局办公室", "电  话：0937-5515180", "请各单位接通"]],
    ["a sentence stopping before an aside that closes the line", ["请各县区于9月15日前，将本地(含所辖县)"]],
    ["a short sentence begun after a finished one", ["请于9月15日前报名。", "逾期未报名"]],
  ])("%s is cut, and the 落款 below it is not reported missing", (_name, tail) => {
    const found = cutAt(...tail);
    expect(found).toContain("document/incomplete");
    expect(missing([...head, ...tail])).not.toContain("发文机关署名");
  });

  it.each([
    ["a 署名", ["联系人：王芳，电话：0937-5515180。", "市农机推广站"]],
    ["the closing words", ["联系人：王芳，电话：0937-5515180。", "特此通知"]],
    ["a whole sentence ending in an aside", ["联系人：王芳，电话：0937-5515180。"]],
  ])("a text ending on %s is whole", (_name, tail) => {
    expect(cutAt(...tail)).not.toContain("document/incomplete");
  });
});

describe("records and notices of county offices (a blind-u family, written anew)", () => {
  const record = lines(
    "11月16号下午，某县召开农村人居环境整治推进会，县委副书记李明参加会议。",
    "会议通报了全县整治工作进展情况。会议要求，各乡镇要于12月底前完成整治任务。",
  );

  it("a record opening with `16号` rather than `16日` is still a record", () => {
    expect(check(record).kind).toBe("minutes");
  });

  it("a county media centre's credit `(融媒体记者:… 编辑:…)` closing it makes it news", () => {
    const dated = record.map((p) => p.replace("16号", "16日"));
    expect(check(dated).kind).toBe("minutes");
    expect(check([...dated, "(融媒体记者:王涛)"]).kind).toBe("unsure");
  });

  it("an office's own notice may tell what it did before it says what it will hold", () => {
    const text = lines(
      "根据市政府有关要求，我局组织开展了全市公共交通专项规划编制工作。为广泛听取意见，我局拟召开规划听证会。现将具体事项公告如下：",
      "一、听证会时间：2026年7月9日上午9:00",
      "二、听证会地点：市交通运输局五楼501会议室",
      "三、报名方式：填写报名表（见附件回执）。联系人：张定，电话：0739-5301234。",
    );
    expect(check(text).kind).toBe("notice");
    // The same office telling of a meeting it held is its news desk writing.
    expect(check(lines("10月9日，我局召开全市交通运输安全生产工作会议。", "会议要求各县区要加强隐患排查。")).kind).toBe(
      "unsure",
    );
  });
});

describe("who acts, and when the meeting was, in county and CPPCC records (a blind-u family, written anew)", () => {
  const owners = (text: string) =>
    readMinutes(lines("6月8日，某乡召开2026年河长制工作会议，乡长李明主持。", text)).decisions.map(
      (d) => d.owner?.value,
    );

  it("各级河长, a post by level and type, names who acts", () => {
    expect(owners("李明强调：各级河长要加强巡河，发现问题及时处置。")).toEqual(["各级河长"]);
  });

  it("市各民主党派和统战团体, bodies by level and type, name who acts", () => {
    expect(owners("李明要求，市各民主党派和统战团体要认真做好年度协商活动。")[0]).toMatch(/民主党派/);
  });

  it.each([
    ["各校, schools as a class", "会后各校要立即组织召开全体教师会议。", "各校"],
    ["市政协各委室, a body's committees and offices", "市政协各委室要对照年度工作要点抓好落实。", "市政协各委室"],
    ["各镇组织委员, a post in every town", "会后，各镇组织委员要确保本月15日前完成换届工作。", "各镇组织委员"],
  ])("%s, name who acts", (_name, sentence, owner) => {
    expect(owners(`李明要求，${sentence}`)).toEqual([owner]);
  });

  it("a bare 各部门 still names no one", () => {
    expect(owners("李明要求，各部门要加强巡河。")).toEqual([undefined]);
  });

  it("`9月27日下午，市政协约请…就当前工作进行座谈` gives the meeting's day", () => {
    const facts = readMinutes(
      lines(
        "市政协召开各民主党派座谈会",
        "9月27日下午，市政协约请各民主党派负责人，就当前政协工作进行座谈。市政协主席周明主持。",
        "周明要求，各民主党派要认真做好年度协商活动。",
      ),
    );
    expect(facts.meetingDate?.value).toMatchObject({ month: 9, day: 27 });
  });
});

describe("time and place under one heading, and an office as a meeting's place (a blind-u family, written anew)", () => {
  const hearing = (under: string) =>
    readNotice(
      lines(
        "关于召开土地利用规划修改听证会的公告",
        "我局决定对某镇土地利用规划修改方案举行听证会。现将有关事项公告如下：",
        "一、听证事项",
        "听取社会各方面对修改方案的意见。",
        "二、听证时间、地点",
        under,
        "三、联系人：王芳，电话：0737-2221234。",
        "某市自然资源局",
        "2026年8月25日",
      ),
    );

  it("`二、听证时间、地点` over the day and the office gives both", () => {
    const facts = hearing("2026年9月25日(星期五)上午,某市自然资源局");
    expect(facts.meetingDate?.value).toMatchObject({ month: 9, day: 25 });
    expect(facts.place?.value).toBe("某市自然资源局");
  });

  it("while a heading answered `具体时间、地点将于第二号公告中明确` gives neither", () => {
    expect(hearing("听证会拟定于2026年10月举行，具体时间、地点将于第二号公告中明确。").place).toBeUndefined();
  });

  it("`…联席会议在市委统战部召开`: the office is where the meeting sat", () => {
    const facts = readMinutes(
      lines(
        "12月23日，全市统战工作联席会议在市委统战部召开。会议由联络处处长马杰主持。",
        "会议要求各成员单位加强协作。",
      ),
    );
    expect(facts.place?.value).toBe("市委统战部");
  });
});

describe("a short record whose opening leaves things out (a blind-u family, written anew)", () => {
  const record = (opening: string) => lines(opening, "会议指出，各村要于3月底前完成扶贫对象动态调整工作。");

  it("`日前，某镇召开…动员会` is a record's structure: its time, place, chair and attendance are reported missing", () => {
    expect(missing(record("日前，某镇召开精准扶贫春季攻势动员会。"))).toEqual([
      "会议时间",
      "会议地点",
      "主持人",
      "出席",
    ]);
  });

  it("a day written without its 年 and 月 (`2026524日`) is a time given, if garbled", () => {
    expect(missing(record("2026524日，某县召开永久基本农田划定领导小组会，副县长李明主持。"))).not.toContain(
      "会议时间",
    );
  });

  it("`…全体人员在主会场参会` says who attended", () => {
    expect(
      missing(record("3月5日，某支队在二楼会议室召开安保工作会议，支队长李明主持，机关全体人员在主会场参会。")),
    ).toEqual([]);
  });
});

describe("a hearing is not a decision (a blind-u family, written anew)", () => {
  it("`会议听取了…的简要介绍` decides nothing: 简要 is no 要", () => {
    const facts = readMinutes(
      lines(
        "5月24日，某县召开基本农田划定领导小组会，副县长李勇主持。",
        "李勇指出，县自然资源局牵头，县发改局配合，于6月底前完成划定工作。",
        "会议听取了技术支持单位对县城周边土地分布情况的简要介绍。",
      ),
    );
    expect(facts.decisions.map((d) => d.text.at.paragraph)).toEqual([1]);
  });
});

describe("what a hearing is to hear is its content (a blind-u family, written anew)", () => {
  it("`二、听证事项` over `听取社会各界对…的意见和建议` names the hearing and says what it is for", () => {
    const text = lines(
      "某市自然资源局决定举行听证会。现将有关事项公告如下：",
      "一、听证的时间和地点",
      "时间：2026年7月31日(星期五)10:30",
      "地点：某市自然资源局三楼会议室",
      "二、听证事项",
      "听取社会各界对某项目控制性详细规划调整的意见和建议。",
      "三、参加人员：规划范围内的业主代表5人。",
      "联系人：王芳，电话：0902-2206929。",
      "某市自然资源局",
      "2026年7月10日",
    );
    expect(missing(text)).toEqual([]);
  });
});

describe("attendance told in the record's own words (a family across blind-k to blind-u, written anew)", () => {
  const opening = "3月19日下午，某镇在镇政府二楼会议室召开安全生产工作会议，镇长李明主持。";
  const decision = "会议要求各村于4月底前完成隐患排查。";
  it.each([
    ["`20名执委参会`", "20名执委参会。"],
    ["`应到代表51名，实到代表45人`", "本次会议应到代表51名，实到代表45人。"],
    ["`各职工代表到席参加`", "各职工代表到席参加。"],
    ["`召开了由…参加的…会议`", "李明主持召开了由城管科全体人员及22个社区书记参加的工作会议。"],
    ["`召开全体机关干部会议`", "镇党委召开全体机关干部会议。"],
    ["`参会人员主要有…`", "参会人员主要有王克建副市长、梁全胜副秘书长。"],
    ["`…出席并讲话`", "县委副书记陈鸿志出席并讲话。"],
    ["`…参加了培训班`", "该镇70名人大代表参加了培训班。"],
    ["`…等参加学习`", "各镇组织委员、机关全体干部等参加学习。"],
    ["`应到代表136 人，因事请假11人，实到代表125人`", "应到代表136 人，因事因病请假11人，实到代表125人。"],
  ])("%s says who attended", (_name, sentence) => {
    expect(missing(lines(opening, sentence, decision))).not.toContain("出席");
  });

  it("a 列席 list alone is no 出席", () => {
    expect(missing(lines(opening, "各村书记列席会议。", decision))).toContain("出席");
  });
});

describe("decisions after a sequencing word or a ballot (a blind-m family, written anew)", () => {
  it("`首先，会议听取了…，同意…由…承办` and `经无记名投票表决，通过了…` are decisions", () => {
    const facts = readMinutes(
      lines(
        "11月28日，某学会在学会二楼会议室召开理事会，理事长王强主持，理事20人出席会议。",
        "首先，会议听取了年会筹备情况报告，同意下届年会于2027年5月在广州召开，由某植物园承办。",
        "随后，副理事长李明组织审议了组织管理事宜。经无记名投票表决，通过了成立青年工作委员会的事项。",
      ),
    );
    expect(facts.decisions.map((d) => d.text.at.paragraph)).toEqual([1, 2]);
    expect(facts.decisions[0].owner?.value).toMatch(/植物园/);
  });
});

describe("dates as pages and forms write them", () => {
  it.each([
    ["2014.04.10", 2014, 4, 10],
    ["2023/12/15", 2023, 12, 15],
    ["2009-10-19", 2009, 10, 19],
  ])("`%s` is a date", (text, year, month, day) => {
    expect(findDateMentions(`日期：${text}`)[0]).toMatchObject({ year, month, day });
  });

  it.each(["1.2.3", "2014.13.40", "版本 2014.1"])("`%s` is none", (text) => {
    expect(findDateMentions(text)).toEqual([]);
  });

  it("`2014.04.10.` alone under the 署名 is the 成文日期", () => {
    const facts = readNotice(
      lines(
        "关于召开部署会议的通知",
        "各科室：",
        "定于2014年4月11日上午9时在一号楼四楼会议室召开部署会议。联系人：王芳，电话：0571-87654321。",
        "某公园管理局",
        "2014.04.10.",
      ),
    );
    expect(facts.issueDate?.value).toMatchObject({ year: 2014, month: 4, day: 10 });
  });
});

describe("records and notices known by more of their own words (a blind-v family, written anew)", () => {
  it("`…局长工作会召开，会议通报了…`, with speakers' 交流发言 and a leader's 对…提出具体要求, is a record", () => {
    const text = lines(
      "3月8日，某市档案局长工作会召开，会议通报了2026年各县区档案局主要工作完成情况。",
      "甲县、乙县档案局长作交流发言。",
      "市档案局局长李蔚对2027年各县区档案工作提出具体要求。",
    );
    expect(check(text).kind).toBe("minutes");
  });

  it("`…召开…座谈会。…十余家单位参加了座谈`, the 队长 asking `在座谈会上…作了三点要求`, is a record", () => {
    const text = lines(
      "12月29日下午，市统计局召开交通邮电系统统计工作座谈会。来自市交通局、市邮政公司等十余家单位参加了座谈。",
      "市调查队队长左进宇在座谈会上作了讲话，他首先对各部门的支持表示了感谢，并对今年的年报工作作了三点要求：一是开好会议；二是加强基础工作。",
    );
    expect(check(text).kind).toBe("minutes");
  });

  it("a 活动公告 with its time is a notice", () => {
    const text = lines(
      "某乡2026年“政府开放日”活动公告",
      "广大群众朋友：",
      "某乡将于2026年7月31日组织开展政府开放日活动，诚邀您的参与。",
      "一、活动时间：2026年7月31日上午9:00",
    );
    expect(check(text).kind).toBe("notice");
  });
});

describe("a record with its day and opening sentence, and little else (a blind-v family, written anew)", () => {
  it("reports what it leaves out rather than that its structure is not read", () => {
    const text = lines(
      "12月29日下午，市统计局召开交通邮电系统统计工作座谈会。来自市交通局、市邮政公司等十余家单位参加了座谈。",
      "市调查队队长左进宇在座谈会上作了讲话，他首先对各部门给予统计工作的支持和配合表示了感谢，并对今年的年报工作作了三点要求：一是开好会议；二是加强基础工作。",
    );
    expect(check(text).kind).toBe("minutes");
    expect(check(text).findings.map((f) => f.ruleId)).not.toContain("document/structure-unrecognised");
    expect(missing(text)).toEqual(expect.arrayContaining(["会议地点", "主持人"]));
  });
});

describe("what those present felt is not what the meeting decided (a blind-v family, written anew)", () => {
  const record = (second: string) =>
    readMinutes(
      lines(
        "1月9日上午，某市档案局党组召开党组会议，学习领会全省档案局长会议精神，局长李明主持，党组成员出席。",
        second,
      ),
    ).decisions.map((d) => d.text.at.paragraph);

  it("`大家感到，…讲话站位高远，特别是要求“…”` quotes a leader and tells an impression", () => {
    expect(
      record(
        "大家感到，省领导的重要讲话站位高远，特别是要求“切实增强做好档案工作的责任使命感”，为全年工作指明了方向。",
      ),
    ).toEqual([]);
  });

  it("while the meeting's own requirement after it decides", () => {
    expect(record("大家感到，讲话站位高远。会议要求各科室于3月底前制定全年工作计划。")).toEqual([1]);
  });
});

describe("a record whose headline says it was held and whose first words say when (a blind-m family, written anew)", () => {
  it("`市住建局组织召开…布置会` over `3月2日，市住建局…` is dated 3月2日", () => {
    const facts = readMinutes(
      lines(
        "市住建局组织召开两会期间建筑施工安全生产工作布置会",
        "3月2日，市住建局组织收看全省安全生产视频会议，部署两会期间安全生产工作，要求各项目参建企业于3月5日前完成安全大检查。局相关科室负责人参加了会议。",
      ),
    );
    expect(facts.meetingDate?.value).toMatchObject({ month: 3, day: 2 });
  });
});

describe("a record that says only that the meeting was held (a blind-w family, written anew)", () => {
  it("`近日，某区召开区政府第四次常务会议` with nothing else has its time, place, chair, attendance and decisions missing", () => {
    const text = lines(
      "近日，某区召开区政府第四次常务会议，会议邀请区人大代表李连军列席。",
      "在审议《关于做好开发区企业全生命周期服务工作的通知》议题上，会议听取了有关情况汇报，并征求了代表的意见。",
    );
    expect(check(text).kind).toBe("minutes");
    expect(missing(text)).toEqual(["会议时间", "会议地点", "主持人", "议定事项", "出席"]);
  });
});

describe("a deadline within the month (a blind-w family, written anew)", () => {
  it("`确保本月15日前全面完成` is a deadline", () => {
    const facts = readMinutes(
      lines(
        "10月11日，县委组织部召开学习会议，副部长黄颖主持。",
        "黄颖要求，各镇组织委员要确保本月15日前全面完成换届工作。",
      ),
    );
    expect(facts.decisions[0].deadline?.value).toMatch(/本月15日前/);
  });
});

describe("the record's own closing line after its last item (a blind-w family, written anew)", () => {
  it("`会议由…主持。` under `五、会议听取了…的报告。` does not make the hearing a decision", () => {
    const facts = readMinutes(
      lines(
        "某区人大常委会第二十四次会议于2026年1月12日举行。区人大常委会组成人员出席会议。",
        "会议纪要如下：",
        "一、会议决定区十六届人大四次会议于2026年2月24日召开，由常委会办公室负责筹备。",
        "二、会议听取了代表工委主任莫菊妃所作的代表履职情况的报告。",
        "会议由区人大常委会副主任忻国龙主持。",
      ),
    );
    expect(facts.decisions.map((d) => d.text.at.paragraph)).toEqual([2]);
  });
});

describe("a newspaper's day told from its own date", () => {
  it.each(["今(十四)日", "今(14)日", "明（十五）日", "昨(15)日"])("`%s` is a relative date", (text) => {
    expect(findRelativeDates(`代表会将于${text}正式展开`).map((d) => d.text)).toEqual([text]);
  });
});

describe("a requirement addressed to a class of units, and a body named 选举委员会 (a blind-w family, written anew)", () => {
  it("`…要求各县局继续保持高度警惕，进一步加强汛期防范` is a decision", () => {
    const facts = readMinutes(
      lines(
        "近日，市自然资源局召开会议，部署地质灾害防治工作，局有关科室负责同志参加了会议。",
        "会上，相关县局作了汇报，市局要求各县局继续保持高度警惕，进一步加强汛期地质灾害防范。",
      ),
    );
    expect(facts.decisions.map((d) => d.text.at.paragraph)).toEqual([1]);
  });

  it("the 区选举委员会 holding its meeting is no election", () => {
    const facts = readMinutes(
      lines("11月4日下午，区选举委员会举行第二次会议，讨论并通过了代表名额分配方案。区选举委员会主任陈明志主持会议。"),
    );
    expect(facts.personnel).toEqual([]);
  });
});

describe("a 座谈会 told as a gathering (a blind-w family, written anew)", () => {
  const text = lines(
    "1月23日，30余名离退休老干部与市政协主席、副主席和机关干部齐聚一堂，共话发展迎新春。",
    "座谈会上，市政协主席郑晓斌介绍了全市经济社会发展情况。",
    "市政协副主席蔡万高、李家忠参加座谈会。",
  );

  it("is a record, and what it leaves out is reported missing", () => {
    expect(check(text).kind).toBe("minutes");
    expect(missing(text)).toEqual(expect.arrayContaining(["会议地点", "主持人"]));
    expect(missing(text)).not.toContain("会议时间");
  });
});

describe("the meeting's days when the time label starts with the day people arrive (a blind-e and blind-f family, written anew)", () => {
  const notice = (...body: string[]) =>
    lines(
      "关于召开全省科技工作者状况调查培训会的通知",
      "各市科协：",
      ...body,
      "联系人：王芳，电话：0851-87654321。",
      "省科协办公室",
      "2026年6月1日",
    );

  it("`6月25日报到，6月26日~27日培训` is held on the 26th and 27th, a Saturday among them", () => {
    const text = notice(
      "定于2026年6月在贵阳召开培训会。",
      "一、会议时间：6月25日报到，6月26日~27日培训，6月28日离会。",
      "二、会议地点：贵阳市某饭店三楼会议室。",
    );
    expect(readNotice(text).meetingDate?.value).toMatchObject({ month: 6, day: 26 });
    expect(ruleIds(text)).toContain("notice/non-workday");
  });

  it("the arranging sentence's days (`定于2026年7月23—27日在北京召开`) are judged though a label gives only the first evening", () => {
    const text = notice(
      "经研究，全省学联代表大会定于2026年7月23—27日在北京召开。",
      "一、会议时间：7月23日晚上8:00",
      "二、会议地点：北京某宾馆三楼会议室。",
    );
    expect(ruleIds(text)).toContain("notice/non-workday");
  });
});

describe("a forum's programme posted under a 【通知】 tag (a blind-m family, written anew)", () => {
  const text = lines(
    "【通知】首届青年学者论坛议程公布",
    "为促进青年学者交流，论坛定于2026年4月18日在线上举办。",
    "会议信息",
    "会议时间：2026年4月18日",
    "会议形式：线上（腾讯会议）",
    "4月18日9:00-9:10 开幕式",
    "4月18日14:30-",
  );

  it("is a notice; a programme stopping at `14:30-` is cut; an online meeting is not asked for a room", () => {
    const result = check(text);
    expect(result.kind).toBe("notice");
    const found = result.findings.map((f) => f.ruleId);
    expect(found).toContain("document/incomplete");
    expect(found).not.toContain("notice/place-imprecise");
  });

  it("while a 视频会议中心 is a building like any other", () => {
    expect(
      ruleIds(
        lines(
          "关于召开全市防汛工作视频会议的通知",
          "各县区：",
          "定于2026年6月3日上午9时召开全市防汛工作视频会议。主会场设在长春市青岛路联通视频会议中心。",
          "联系人：王芳，电话：0431-87654321。",
          "市防汛办",
          "2026年5月20日",
        ),
      ),
    ).toContain("notice/place-imprecise");
  });
});
