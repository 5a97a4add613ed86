import { checkDocument } from "../../src/core/rules/run-text";
import { readNotice } from "../../src/core/meeting/read-notice";
import { readMinutes } from "../../src/core/meeting/read-minutes";
import { findDateMentions, findRelativeDates } from "../../src/core/text/date-mentions";
import { toSimplified } from "../../src/core/text/simplified";

/**
 * The families of writing issue 32 found the reader missing on published texts it had not seen, each written
 * as a secretary would, none copied from a corpus text.
 */
const lines = (...paragraphs: string[]) => paragraphs;
const missing = (paragraphs: string[]) =>
  checkDocument({ paragraphs })
    .findings.filter((f) => f.ruleId.endsWith("/missing-element"))
    .map((f) => f.data.element);

const missingOrCut = (paragraphs: string[]) =>
  checkDocument({ paragraphs })
    .findings.filter((f) => f.ruleId.endsWith("/missing-element") || f.ruleId === "document/incomplete")
    .map((f) => (f.ruleId === "document/incomplete" ? f.ruleId : f.data.element));

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

  it("a 成文日期 cut short does not hide the 署名 above it: the text is said to be cut instead", () => {
    expect(
      missingOrCut(
        lines(
          "关于召开会议的通知",
          "各单位：",
          "定于2026年12月3日上午9时在县政府三楼会议室召开全县安全生产工作会议，传达上级会议精神，请各乡镇分管领导参加。",
          "联系人：王芳，电话：0571-87654321。",
          "县人民政府办公室",
          "2026年11",
        ),
      ),
    ).toEqual(["document/incomplete"]);
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

describe("families found on blind batch e (each written anew here, none copied from it)", () => {
  const kindOf = (...paragraphs: string[]) => checkDocument({ paragraphs }).kind;

  it("a record is minutes wherever its chair 主持召开, or when it opens 近日; a reporter's text is not", () => {
    expect(
      kindOf(
        "区委副书记、区长王明5日主持召开区政府常务会议，研究有关事项。",
        "会议原则同意区财政局的汇报，要求年底前完成。",
      ),
    ).toBe("minutes");
    expect(
      kindOf(
        "近日，副县长李华主持召开全县供水工程推进会。",
        "会议听取了县水利局的汇报。",
        "李华要求县水利局年底前完工。",
      ),
    ).toBe("minutes");
    expect(
      kindOf(
        "市人大常委会邀公民旁听",
        "本报讯（记者张明）市人大常委会会议将于8月24日召开，现邀请公民旁听会议。",
        "（某某日报）",
      ),
    ).toBe("unsure");
    expect(
      kindOf(
        "10月31日，县长王明主持召开县政府常务会议。",
        "会议原则同意县财政局的汇报。",
        "列席人员：新闻媒体记者张华。",
      ),
    ).toBe("minutes");
  });

  it("a numbered heading's decision is read from the paragraph under it; （主持人：…） and 参会： are read", () => {
    const facts = readMinutes(
      lines(
        "学院2026年第3次党政联席会议纪要",
        "3月5日下午，学院召开2026年第3次党政联席会议。现纪要如下：",
        "一、审议学院保密工作办法",
        "会上，办公室主任汇报了办法起草情况。经讨论，会议原则通过该办法，由办公室修改完善后印发。",
        "（主持人：张三 汇报人：李四）",
        "参会：张三 李四 王五",
      ),
    );
    expect(facts.decisions.map((d) => d.text.at.paragraph)).toEqual([3]);
    expect(facts.chair?.value).toBe("张三");
    expect(facts.present?.value).toEqual(["张三", "李四", "王五"]);
  });

  it("a group set up 以主席为组长 names its owner; 会议研究了…事宜 alone decides nothing", () => {
    const facts = readMinutes(
      lines(
        "主席会议纪要",
        "9月3日，区政协主席王明主持召开主席会议。",
        "会议研究了开展庆祝活动有关事宜；听取了区财政局关于财政工作情况的通报。",
        "会议决定：开展系列庆祝活动，并成立以主席为组长、副主席为副组长的领导小组，10月底前完成。",
      ),
    );
    expect(facts.decisions.map((d) => [d.text.at.paragraph, d.owner?.value])).toEqual([[3, "主席"]]);
  });

  it("a text cut after a finished sentence, or at a year where the date should be, is cut", () => {
    const cutOf = (...paragraphs: string[]) =>
      checkDocument({ paragraphs }).findings.some((f) => f.ruleId === "document/incomplete");
    const head = ["关于召开会议的通知", "各单位：", "定于2026年12月3日在县政府三楼会议室召开会议。"];
    expect(cutOf(...head, "1.请提前15分钟入场。", "2.请全体")).toBe(true);
    expect(cutOf(...head, "县人民政府办公室", "2026")).toBe(true);
    expect(cutOf(...head, "县人民政府办公室", "2026年11月20日")).toBe(false);
  });

  it("Hong Kong, Macau and Taiwan numbers need no mainland area code", () => {
    const phones = (text: string) =>
      checkDocument({ paragraphs: text.split("\n"), kind: "notice" }).findings.filter(
        (f) => f.ruleId === "notice/bad-phone",
      ).length;
    expect(phones("立法会公告\n会议将于立法会综合大楼举行。\n查询电话：2833 7676")).toBe(0);
    expect(phones("关于召开会议的通知\n会议在县政府三楼会议室举行。\n联系电话：2833 7676")).toBe(1);
  });

  it("a name in quotes after 召开, a 工作联系 contact, the 署名 under 特此通知 before the 附件", () => {
    const facts = readNotice(
      lines(
        "各有关单位：",
        "经研究，现决定召开首次“全市材料产业联盟会员大会”，现将有关事项通知如下：",
        "一、大会时间",
        "2026年11月10日下午14:30",
        "二、其它事项",
        "工作联系：张旭18030617553",
        "特此通知",
        "全市材料产业联盟秘书处",
        "附件：",
        "参会回执",
      ),
    );
    expect(facts.meetingName?.value).toBe("全市材料产业联盟会员大会");
    expect(facts.contacts.map((c) => c.value)).toEqual(["张旭"]);
    expect(facts.signature?.value).toBe("全市材料产业联盟秘书处");
  });
});

describe("announcements of public meetings (Hong Kong, Macau, Taiwan and mainland 公告)", () => {
  it("a meeting to which the public may come, or a 公听会 公告, is a notice", () => {
    const kindOf = (...paragraphs: string[]) => checkDocument({ paragraphs }).kind;
    expect(
      kindOf(
        "环境委员会会议",
        "下稿代环境委员会发出：",
        "环境委员会将于星期四（二月二日）下午二时三十分在政府合署七楼会议室举行会议。",
        "有意旁听的市民，请先致电2150 6697与委员会秘书联络。",
      ),
    ).toBe("notice");
    expect(kindOf("某市公所 公告", "主旨：有关「停车塔多目标开发可行性评估」办理公听会事宜。", "公告事项：")).toBe(
      "notice",
    );
    expect(kindOf("各二级单位：", "经研究，决定召开第八届教职工代表大会第三次会议。", "一、会议时间")).toBe("notice");
  });

  it("a name in 「」 with its meeting word, and contacts under 联络人及电话", () => {
    const facts = readNotice(
      lines(
        "举办「国民运动中心委外招商评估案」公听会，敬邀各地居民出席，进行意见交流。",
        "公告事项：",
        "一、时间：112年10月18日（星期三）下午2时。",
        "二、联络人及电话：",
        "（一）主办单位：某县政府，郑小姐04-7112175分机44。",
      ),
    );
    expect(facts.meetingName?.value).toBe("「国民运动中心委外招商评估案」公听会");
    expect(facts.contacts.map((c) => c.value)).toContain("郑小姐");
    expect(facts.meetingDate?.value.year).toBe(2023);
  });
});

describe("who may come, said in passing", () => {
  it.each([
    [
      "the public who may apply to attend",
      "年满18周岁的本市公民，可以向市人大常委会办公厅提出旁听申请。",
      "年满18周岁的本市公民",
    ],
    ["the firms that come", "参会的企业请于11月8日前将回执发至联盟。", "企业"],
    ["a congress's delegates", "请各分工会将会议资料发给正式代表。", "正式代表"],
  ])("%s", (_name, sentence, who) => {
    expect(readNotice(lines("关于召开会议的通知", "各单位：", sentence)).attendees?.value).toBe(who);
  });
});

describe("fixes on a text in traditional script", () => {
  it("keep the characters the user wrote: only the marks change", () => {
    const { findings } = checkDocument({
      paragraphs: [
        "關於召開會議的通知",
        "各單位：",
        "定於2026年12月3日(星期四)在縣政府三樓會議室召開會議,請各單位負責人參加。",
      ],
    });
    const fix = findings.find((f) => f.ruleId === "document/punctuation")?.fix;
    expect(fix?.after).toBe("（星期四）在縣政府三樓會議室召開會議，");
  });
});

describe("records read as minutes, and lists that only say what was done", () => {
  it("a record's past-tense opening outweighs a sentence about the next meeting", () => {
    const { kind } = checkDocument({
      paragraphs: [
        "1月23日下午，市政协召开主席会议。市政协主席李明主持会议。",
        "会议讨论通过了常委会工作报告（草案）。",
        "李明说，市政协全会将于2月13日至16日召开。",
      ],
    });
    expect(kind).toBe("minutes");
  });

  it("an agenda list under 会议主要内容 decides nothing; 会议由…主持 and 参会的有 are a record's signs", () => {
    const paragraphs = [
      "3月3日上午，区政协召开主席会议，会议由王明主席主持，会议主要内容：",
      "1、学习中央1号文件精神；",
      "2、协商区政协年度工作要点；",
      "3、会议同意区政协办公室于3月底前印发工作要点。",
    ];
    const { kind } = checkDocument({ paragraphs });
    expect(kind).toBe("minutes");
    expect(readMinutes(paragraphs).decisions.map((d) => d.text.at.paragraph)).toEqual([3]);
  });
});

describe("a record's chair, attendance and decisions written in passing", () => {
  it("the chair right before 主持, after the date and the place; 参会的有 lists who came", () => {
    const facts = readMinutes([
      "县交通运输局召开重点项目立项工作会议",
      "2022年5月18日上午在交通局二楼会议室交通局副局长卢俊泉同志主持召开了重点项目立项工作会议，参会的有公路局、汽车站的负责人。",
      "首先卢局长会上传达了县政府的会议精神，然后要求各单位高度重视此项工作。",
    ]);
    expect(facts.chair?.value).toBe("交通局副局长卢俊泉");
    expect(facts.presentInText).toBeDefined();
    expect(facts.decisions.map((d) => d.text.at.paragraph)).toEqual([2]);
  });

  it("a decision stated mid-paragraph (…经商讨，会议决定…; …一致同意通过…), but not in the opening or in 会议还…", () => {
    const facts = readMinutes([
      "5月18日下午，社区牵头召开了四方联席会议，就楼道整治进行商讨，审议通过了工作方案。",
      "会议由社区主任杨芸主持，首先传达了活动要求，经商讨，会议决定在辖区开展楼道清理行动。",
      "会上，秘书长通报了筹备进展，领导小组经讨论，一致同意通过相关方案。",
      "会议还审议并原则通过了其它议题。",
    ]);
    expect(facts.decisions.map((d) => d.text.at.paragraph)).toEqual([1, 2]);
  });
});

describe("small families from batch f", () => {
  it("a contact after a space, named by title (联系人 安老师 132…); a time is no place", () => {
    const facts = readNotice(
      lines(
        "关于召开会议的通知",
        "各学院：",
        "会议定于在2023年3月16日上午举行，地点另行通知。",
        "乘车安排（联系人 安老师 13212807831）",
      ),
    );
    expect(facts.contacts.map((c) => c.value)).toEqual(["安老师"]);
    expect(facts.place?.value ?? "").not.toMatch(/2023年/);
  });
});

describe("more families from batch e", () => {
  it("a committee's meeting announced with its date right before 举行, its name the line above, its content 讨论事项包括…", () => {
    const facts = readNotice(
      lines(
        "环境委员会会议",
        "下稿代环境委员会发出：",
        "环境委员会星期四（二月二日）举行会议。主要讨论事项包括拟议海岸公园的地图。",
      ),
    );
    expect(facts.meetingName?.value).toBe("环境委员会会议");
    expect(facts.meetingDate?.value).toMatchObject({ month: 2, day: 2 });
    expect(facts.agenda?.value).toMatch(/讨论事项包括/);
  });

  it("a place is not a moment; 会议还研究了…事项 and …决定事项如下 decide nothing; 会议还…原则同意… does", () => {
    const facts = readMinutes([
      "1月5日，县委书记王明在“十四五”开局的关键节点召开县委常委会，各常委参加会议。",
      "会议研究决定事项如下",
      "会议还研究了提请常委会审议的人事事项。",
      "会议传达了全会精神。会议还研究并原则同意了县委办公室提交的方案，由县委办公室于1月底前印发。",
    ]);
    expect(facts.place).toBeUndefined();
    expect(facts.decisions.map((d) => d.text.at.paragraph)).toEqual([3]);
  });

  it("who is invited (邀请各社区居民…), a place after 假 (Taiwan), a purpose under …目的", () => {
    const facts = readNotice(
      lines(
        "某县农村再生计划说明会",
        "说明会办理目的",
        "就农村再生计划征询意见。",
        "本计划拟于公开展览期间，假平镇市农会举行说明会，邀请各社区居民、地方政府参加。",
      ),
    );
    expect(facts.attendees?.value).toBe("各社区居民、地方政府");
    expect(facts.place?.value).toBe("平镇市农会");
    expect(facts.agenda?.value).toMatch(/征询意见/);
  });
});

describe("a contact named by surname and title beside a phone", () => {
  it("李小姐 after the company and the number", () => {
    const facts = readNotice(
      lines("关于召开说明会的通知", "各单位：", "报名后洽询确认电话(06)295-1611规划设计顾问有限公司李小姐"),
    );
    expect(facts.contacts.map((c) => c.value)).toEqual(["李小姐"]);
  });
});

describe("families found on blind batch g (each written anew here, none copied from it)", () => {
  const decisionsOf = (paragraphs: string[]) =>
    checkDocument({ paragraphs })
      .findings.filter((f) => f.ruleId.startsWith("minutes/decision-"))
      .map((f) => `${f.ruleId.slice("minutes/decision-".length)} ¶${f.place.kind === "text" ? f.place.paragraph : "-"}`)
      .sort();

  it("a 纪要 title with the meeting's day in brackets is minutes, and its labelled 时间 is the meeting's", () => {
    const text = lines(
      "中心周例会纪要（3月2日）",
      "时  间：2026年3月2日（周一）",
      "地  点：中心二楼会议室",
      "参加人员：中心领导、各科室负责人",
      "主持人：赵敏",
      "一、要求办公室3月6日前完成档案整理。",
    );
    const check = checkDocument({ paragraphs: text });
    expect(check.kind).toBe("minutes");
    expect(check.elements.filter((e) => !e.present).map((e) => e.element)).toEqual([]);
  });

  it("a record opened by a 党委会 or a meeting that 在…举行 is minutes; a meeting still to come is not", () => {
    const kindOf = (...paragraphs: string[]) => checkDocument({ paragraphs }).kind;
    expect(
      kindOf(
        "3月9日上午，学校召开党委会研究招生工作。党委书记张明主持会议。",
        "会议听取了招生办公室的汇报，会议明确，由招生办公室牵头，4月底前完成招生计划编制。",
      ),
    ).toBe("minutes");
    expect(
      kindOf(
        "6月3日，学院教学督导工作会议在行政楼305会议室举行。全体督导员参加会议。",
        "会上督导组讨论并通过了本学期听课安排。",
      ),
    ).toBe("minutes");
    expect(
      kindOf("1、上午9:30在三楼会议室召开各科室负责人会议，部署年终考核工作。参加人员是：", "各科室主任、副主任。"),
    ).toBe("notice");
  });

  it("a day alone (5日下午) is the meeting's time; 讨论并通过 and 会议作出以下部署 decide", () => {
    const record = lines(
      "5日下午，县长李强主持召开县政府常务会议。",
      "会议讨论并通过了《县城供水管网改造方案》，由县住建局组织实施，年底前完工。",
      "会议还研究了其他事项。",
    );
    expect(checkDocument({ paragraphs: record }).elements.find((e) => e.element === "会议时间")?.present).toBe(true);
    expect(readMinutes(record).decisions).toHaveLength(1);
    const deployed = readMinutes(
      lines(
        "4月2日，学院在二号楼201会议室召开安全工作会议，副院长王勇主持。",
        "会议通报了近期安全检查情况。围绕下一步工作，会议作出以下部署：一是各系要排查实验室隐患；二是保卫处要加强夜间巡查。",
      ),
    );
    expect(deployed.decisions.map((d) => d.text.at.paragraph)).toEqual([1]);
  });

  it("under a bare heading, each sub-item that asks something is a decision; reports and events of the week are not", () => {
    expect(
      decisionsOf(
        lines(
          "门诊部周会纪要",
          "时间：2026年3月2日",
          "地点：门诊楼四楼会议室",
          "参加人员：各科室主任",
          "主持人：钱立",
          "一、本周工作",
          "（一）上周门诊量较前一周增长一成，患者满意度保持稳定。",
          "（二）各科室要做好春季传染病预检分诊。",
          "（三）周四下午3:00在四楼会议室举办院感培训，望相关人员参加。",
          "（四）药剂科负责3月10日前完成基本药物目录调整。",
          "二、学习资料",
          "（一）3月1日，《健康报》：《门诊服务的细节》",
          "（二）2月26日，《卫生管理》：《分级诊疗的实践》",
          "分送：各科室，存档。",
        ),
      ),
    ).toEqual(["no-deadline ¶7", "no-owner ¶7"]);
  });

  it("a heading that runs long or has a comma is still a heading: the decision is read from the paragraph below", () => {
    const facts = readMinutes(
      lines(
        "2026年3月9日上午，区长刘洋在区政府三楼会议室主持召开区政府常务会议。纪要如下：",
        "一、听取全区安全生产大检查工作情况汇报，研究部署下一步隐患排查整治和执法检查工作",
        "会议听取了区应急管理局的汇报。会议要求，区应急管理局要会同各街道于3月底前完成复查。",
      ),
    );
    expect(facts.decisions.map((d) => [d.text.at.paragraph, d.owner?.value, d.deadline?.value])).toEqual([
      [2, "区应急管理局", "3月底"],
    ]);
  });

  it("a text that stops at （三）请 or inside 《… is cut, and a decision it stops inside is not judged", () => {
    expect(
      missingOrCut(
        lines(
          "关于召开会议的通知",
          "各单位：",
          "定于2026年12月3日上午9时在县政府三楼会议室召开全县安全生产工作会议，传达上级会议精神，请各乡镇分管领导参加。",
          "（一）请参会人员提前10分钟到场；",
          "（二）请各乡镇准备书面汇报材料；",
          "（三）请",
        ),
      ),
    ).toEqual(["document/incomplete"]);
    const cutInside = lines(
      "2026年3月9日上午，县长王刚在县政府三楼会议室主持召开县政府常务会议，县领导李华、赵强参加会议。",
      "会议同意县财政局安排专项资金，年底前拨付。",
      "会议听取了县发改委《关于2026年重点项目计划",
    );
    expect(missingOrCut(cutInside)).toEqual(["document/incomplete"]);
    expect(decisionsOf(cutInside)).toEqual([]);
    expect(decisionsOf([...cutInside.slice(0, 2), "会议要求，各单位要压实责任，"])).toEqual([]);
  });
});

describe("owners and openings in records (batch g families, written anew)", () => {
  const ownerOf = (decision: string) =>
    readMinutes(lines("2026年3月9日，县长王刚在县政府三楼会议室主持召开县政府常务会议。", decision)).decisions[0]?.owner
      ?.value;

  it("a list of units names who acts when one of them is a class; a bare 各部门 or 提请 names no one", () => {
    expect(ownerOf("会议强调，各乡镇、各部门要做好春耕备耕工作，3月底前完成。")).toBe("各乡镇、各部门");
    expect(ownerOf("会议强调，各部门要做好春耕备耕工作，3月底前完成。")).toBeUndefined();
    expect(ownerOf("会议决定通过该方案，同意提请县委常委会审议。")).toBeUndefined();
  });

  it("a decision made later in the record (经表决，会议决定…召开…) decides, and its place is not where the meeting sat", () => {
    const facts = readMinutes(
      lines(
        "11月20日，县人大常委会主任李明主持召开县人大常委会第十二次会议。县人大常委会组成人员参加会议。",
        "会议对各项报告进行了审议。经表决，会议决定：于2026年12月28日在县城召开县第三次人民代表大会。",
      ),
    );
    expect(facts.decisions.map((d) => d.text.at.paragraph)).toEqual([1]);
    expect(facts.place).toBeUndefined();
  });

  it("人事任免 is said once a paragraph: the people to be appointed or their certificates are the same matter again", () => {
    const facts = readMinutes(
      lines(
        "2026年3月9日，县长王刚在县政府三楼会议室主持召开县政府常务会议。",
        "会议审议了人事任免事项，拟任职人员作了表态发言，会议同意任命张强为县教育局局长。",
      ),
    );
    expect(facts.personnel.map((p) => p.text)).toEqual(["任免"]);
  });

  it("a record cut in its body still misses the place its opening does not give", () => {
    expect(
      missingOrCut(
        lines(
          "3月9日，县长王刚主持召开县政府常务会议。县领导李华、赵强参加会议。",
          "会议同意县财政局安排专项资金，年底前拨付。",
          "会议要求，县住建局要抓紧",
        ),
      ),
    ).toEqual(["会议地点", "document/incomplete"]);
  });
});

describe("notice elements worded otherwise (batch g families, written anew)", () => {
  it("a label with more after 及 (参会单位及发言顺序：), or any …人员： naming who comes, gives the attendees", () => {
    const attendees = (line: string) =>
      readNotice(lines("关于召开会议的通知", "各单位：", "定于2026年5月8日在区政府二楼会议室召开会议。", line))
        .attendees?.value;
    expect(attendees("3、参会单位及发言顺序：区发改局、区财政局、区住建局。")).toBe("区发改局、区财政局、区住建局。");
    expect(attendees("三、列会人员：各街道分管负责人。")).toBe("各街道分管负责人。");
    expect(attendees("三、工作人员：区政府办公室综合科。")).toBeUndefined();
  });

  it("the 报到 day is not the meeting's day where a sentence arranges the meeting, nor is the 报到 address its place", () => {
    const facts = readNotice(
      lines(
        "关于召开全省档案工作座谈会的通知",
        "各市档案局：",
        "经研究，定于2026年5月9日上午9:00在省档案馆召开全省档案工作座谈会。",
        "报到时间：2026年5月8日。",
        "报到地点：杭州市文三路18号，省档案馆招待所。",
      ),
    );
    expect(facts.meetingDate?.value.day).toBe(9);
    expect(facts.place?.value).toBe("省档案馆");
  });

  it("a date in another sentence of the paragraph (…于3月2日印发…) is not the meeting's", () => {
    const facts = readNotice(
      lines(
        "各位理事：",
        "省科协于3月2日印发了有关通知，要求各学会做好年度工作。本会理事会定于2026年4月10日上午在学会三楼会议室召开。",
      ),
    );
    expect(facts.arrangedDate?.value.month).toBe(4);
  });

  it("a name broken over two printed lines, a meeting named by its work, and none inside a cited title", () => {
    const name = (...body: string[]) => readNotice(lines("各学院：", ...body)).meetingName?.value;
    expect(name("学校将于2026年6月30日上午9:00在体育馆举行庆祝建校七十", "周年大会。现将有关事宜通知如下。")).toBe(
      "庆祝建校七十周年大会",
    );
    expect(name("现将开展2026年度校级教改项目的专家评审工作，有关事宜通知如下：")).toBe(
      "2026年度校级教改项目的专家评审工作",
    );
    expect(
      name("根据《教育厅关于召开全省学校安全工作会议的通知》要求，现将参加全省学校安全视频会议的有关安排通知如下："),
    ).toBe("全省学校安全视频会议");
  });

  it("what the meeting is for: the clause after its name, a procedure under its heading, a name that says it", () => {
    const agenda = (...body: string[]) => readNotice(lines("关于召开会议的通知", "各单位：", ...body)).agenda?.value;
    expect(agenda("1、下午2:30在三楼会议室召开各科室负责人会议，布置年终考核工作。")).toBe("布置年终考核工作");
    expect(agenda("定于2026年1月15日在图书馆301会议室召开年度考评会。", "四、评议程序", "1.述职；2.测评。")).toBe(
      "1.述职；2.测评。",
    );
    expect(readNotice(lines("关于召开2025年度党支部书记抓党建述职评议会的通知", "各党支部：")).agenda?.value).toMatch(
      /述职评议会/,
    );
    expect(agenda("定于2026年1月15日在图书馆301会议室召开全校庆祝大会。")).toBeUndefined();
  });
});

describe("who comes, whom to call and by when (batch g families, written anew)", () => {
  it("参加人员是： with the list below, and those gathered to watch (组织…集中收看)", () => {
    expect(
      readNotice(lines("1、上午9:30在三楼会议室召开科室负责人会议。参加人员是：", "各科室主任、副主任。")).attendees
        ?.value,
    ).toBe("各科室主任、副主任。");
    expect(
      readNotice(lines("各学院：", "各学院要组织全体学生集中收看开学典礼直播，地点自行安排。")).attendees?.value,
    ).toBe("全体学生");
  });

  it("a contact written after the unit (联系人：省档案学会学术部王敏), and a landline run into a mobile", () => {
    const facts = readNotice(
      lines("关于召开年会的通知", "各会员单位：", "联系人：浙江省档案学会学术部王敏", "电话：0571-8765432113912345678"),
    );
    expect(facts.contacts.map((c) => c.value)).toEqual(["王敏"]);
    expect(facts.phones.map((p) => p.value)).toEqual(["0571-8765432113912345678"]);
  });

  it("names due 报至 an office on the meeting's own morning are a reply after the notice allows", () => {
    const facts = readNotice(
      lines(
        "关于召开安全工作会议的通知",
        "各学院：",
        "定于2026年3月6日下午3:00在行政楼124会议室召开安全工作会议。",
        "请各学院于3月6日上午11点前将参会人员名单报至保卫处。",
      ),
    );
    expect(facts.replyDeadline?.at.paragraph).toBe(3);
  });
});

describe("the parts of a 公文 the layout needs (issue 36's reader gaps)", () => {
  const letter = lines(
    "特急",
    "〔2026〕80号",
    "关于召开全市防汛工作会议的函",
    "各县（市、区）人民政府：",
    "经市政府同意，定于2026年6月3日上午9时在市政府三楼会议室召开全市防汛工作会议，部署防汛工作。请各县（市、区）分管副县长参加。",
    "联系人：王芳，电话：0571-87654321。",
    "市防汛指挥部办公室",
    "2026年5月25日",
    "主题词：防汛 会议 函",
    "抄送：市委办公室。",
    "市防汛指挥部办公室 2026年5月25日印发",
    "（共印50份）",
  );

  it("a title 关于…的函 under an urgency line and a 文号 whose issuer's code was lost, then the 主送", () => {
    const facts = readNotice(letter);
    expect([facts.title?.value, facts.docNumber?.value, facts.recipients?.value]).toEqual([
      "关于召开全市防汛工作会议的函",
      "〔2026〕80号",
      "各县（市、区）人民政府：",
    ]);
    expect(checkDocument({ paragraphs: letter }).kind).toBe("notice");
  });

  it("主题词 and 共印N份 belong to the 版记: the 署名 and 成文日期 are read above them", () => {
    const facts = readNotice(letter);
    expect([facts.signature?.value, facts.issueDate?.text, facts.body[1]]).toEqual([
      "市防汛指挥部办公室",
      "2026年5月25日",
      6,
    ]);
    const noDate = [...letter.slice(0, 7), "主题词：防汛 会议", "（共印50份）"];
    expect(readNotice(noDate).signature?.value).toBe("市防汛指挥部办公室");
  });
});

describe("a week named relative to when the text is read", () => {
  it("于本周 / 在下周内 as a time to act is relative; 本周工作安排 as a heading is not", () => {
    const relative = (text: string) => findRelativeDates(text).map((m) => m.text);
    expect(relative("请各系主任于本周提前做好发言准备。")).toEqual(["本周"]);
    expect(relative("请在下周内报送材料。")).toEqual(["下周内"]);
    expect(relative("一、本周工作安排")).toEqual([]);
  });
});

describe("more families from batches e and f, written anew", () => {
  it("a request begun after a finished sentence and never ended is a cut text", () => {
    expect(
      missingOrCut(
        lines(
          "关于召开工作交流会的通知",
          "各市科协：",
          "定于2026年9月20日上午9时在省科协三楼会议室召开全省科协工作交流会，交流深化改革经验，请各市科协分管领导参加。",
          "（1）交流材料；",
          "（2）发言PPT。",
          "请于9月13日前通过电子邮件报送以上材料的电子",
        ),
      ),
    ).toEqual(["document/incomplete"]);
  });

  it("有关人事事项 is a personnel matter; a decision after 会议由…主持 in the same paragraph is still a decision", () => {
    const facts = readMinutes(
      lines(
        "5月8日下午，社区召开联席会议，各小区物业负责人参加会议。",
        "会议由社区书记李红主持，经商讨，会议决定开展楼道清理行动，由社区居委会牵头，5月底前完成。",
        "会议还协商通过了有关人事事项。",
      ),
    );
    expect(facts.decisions.map((d) => d.text.at.paragraph)).toContain(1);
    expect(facts.personnel.map((p) => p.text)).toEqual(["人事事项"]);
  });
});

describe("decisions led otherwise (batches e and f, written anew)", () => {
  it("a leader's requirement after 在听取发言后，…, and 会议学习了…，要求… decide", () => {
    const facts = readMinutes(
      lines(
        "3月2日，县长王刚主持召开县政府党组会议。县政府党组成员出席会议。",
        "在听取发言后，王刚指出，下一步要将修改意见认真梳理，进一步完善报告。",
        "会议学习了安全生产相关法规，要求各单位高度重视安全生产工作。",
      ),
    );
    expect(facts.decisions.map((d) => d.text.at.paragraph)).toEqual([1, 2]);
  });

  it("a record with no date whose units 分别汇报了 their work is minutes", () => {
    expect(
      checkDocument({
        paragraphs: lines(
          "县交通运输局召开重点项目建设九月份例会，局长刘强主持会议，各项目专班分别汇报了九月份工作进展。",
          "会议要求，各专班要加快推进项目前期工作。",
        ),
      }).kind,
    ).toBe("minutes");
  });
});

describe("a ceremony and a contact called by surname and title", () => {
  it("a 开学典礼 is the meeting's name; 联系办公室韩老师（0571-…） names the contact", () => {
    const facts = readNotice(
      lines(
        "校内各单位：",
        "学校定于2026年9月1日上午8:00在体育馆举行2026级本科生开学典礼，请各学院院长参加。",
        "不能参加的，请于8月30日前联系学校办公室韩老师（0571-87654321）请假。",
      ),
    );
    expect(facts.meetingName?.value).toBe("2026级本科生开学典礼");
    expect(facts.contacts.map((c) => c.value)).toEqual(["韩老师"]);
    expect(readNotice(lines("各单位：", "请联系学校办公室（0571-87654321）。")).contacts).toEqual([]);
  });
});

describe("what a meeting is for, said as what it elects or which items it takes", () => {
  it("…召开党员大会，选举出席上级党代会代表; …旁听其中两项议程，即：…", () => {
    const agenda = (text: string) => readNotice(lines("关于召开会议的通知", "各党支部：", text)).agenda?.value;
    expect(agenda("定于10月9日下午在图书馆五楼会议室召开学院党员大会，选举出席校党代会代表。")).toBe(
      "选举出席校党代会代表",
    );
    expect(
      agenda("一、会议安排公民旁听6月8日下午全体会议的两项议程，即：听取和审议市政府关于养老服务的报告。"),
    ).toMatch(/养老服务/);
  });
});

describe("a 会议记录 laid out with labelled lines and chapter numerals (blind-h families, written anew)", () => {
  const record = lines(
    "某某区社区发展协会第三届第二次理事会会议紀錄",
    "一、時間：中華民國113年3月15日（星期五）下午2時",
    "二、地點：本會二樓會議室",
    "三、出席：王理事長大明、陳理事小華、林理事美玲",
    "四、列席：張總幹事志強",
    "五、主席：王理事長大明　紀錄：李文君",
    "六、報告事項：",
    "（一）主席宣佈開會，並請總幹事宣讀上次會議紀錄。",
    "（二）總幹事報告：本年度會員人數較去年增加二十人。",
    "七、討論事項：",
    "第一案　提案人：陳理事小華",
    "案由：社區活動中心屋頂漏水，請予以修繕。",
    "說明：屋頂防水層老化，雨天漏水嚴重。",
    "決議：照案通過，由總幹事於4月30日前洽請廠商修繕。",
    "第二案　提案人：林理事美玲",
    "案由：本會113年度預算案，提請審議。",
    "決議：照案通過。",
    "八、臨時動議：無。",
    "九、散會：下午4時。",
  );

  it("reads the labelled lines as elements: time, place, attendees and the chair (主席)", () => {
    const facts = readMinutes(record.map((p) => toSimplified(p)));
    expect(facts.meetingDate?.value.text).toMatch(/113年3月15日/);
    expect(facts.place?.value).toBe("本会二楼会议室");
    expect(facts.chair?.value).toMatch(/王理事长大明/);
    expect(missing(record)).toEqual([]);
  });

  it("where decisions are labelled 決議：, only they are decisions; a budget 照案通過 has no owner or deadline", () => {
    const decisions = readMinutes(record.map((p) => toSimplified(p))).decisions;
    expect(decisions.map((d) => d.text.at.paragraph)).toEqual([13, 16]);
    expect(decisions[0].owner?.value).toBe("总干事");
    expect(decisions[0].deadline?.value).toBe("4月30日前");
    expect(decisions[1].owner).toBeUndefined();
  });

  it("confirming the agenda or the last record is procedure, and a 报告事项 chapter under 壹、 reports", () => {
    const confirmed = readMinutes(
      lines(
        "时间：2026年3月2日上午9时",
        "地点：学校会议室",
        "主席：张明",
        "出席人员：详签到簿",
        "议程确认：详会议议程。",
        "决议：无异议通过。",
      ),
    );
    expect(confirmed.decisions).toEqual([]);
    const chaptered = readMinutes(
      lines(
        "时间：2026年3月2日上午9时",
        "地点：学校会议室",
        "主席：张明",
        "壹、报告事项：",
        "一、家长志工队工作报告",
        "1.每周整理图书室借阅记录。",
        "2.每月到各班收集回收物。",
        "贰、讨论事项：",
        "一、本学期亲职讲座经费，请家长会于5月底前拨付。",
      ),
    );
    expect(chaptered.decisions.map((d) => d.text.at.paragraph)).toEqual([8]);
  });

  it("a time table, a speech and a procedural line in the record are not decisions", () => {
    const facts = readMinutes(
      lines(
        "时间：2026年5月8日晚上7时",
        "地点：学校礼堂",
        "主席：刘会长",
        "一、18:30-19:00报到",
        "二、主席宣布开会",
        "三、校长致词：感谢各位家长长期以来对学校工作的支持。",
        "四、家长会于6月10日前完成毕业典礼场地布置，请总务组负责。",
      ),
    );
    expect(facts.decisions.map((d) => d.text.at.paragraph)).toEqual([6]);
  });

  it("a record held online names its place so", () => {
    const facts = readMinutes(lines("3月2日晚上，学院党政联席会召开2026年第3次会议。会议在线进行，由院长王平主持。"));
    expect(facts.place?.value).toBe("在线进行");
  });
});

describe("texts that stop where the copy stops, by their shape (blind-h families, written anew)", () => {
  it.each([
    [
      "a list item with no end, in traditional script",
      ["會議紀錄", "一、時間：113年3月15日", "二、報告事項：", "1.本學期辦理親職講座三場。", "2.圖書室整修工程預計"],
    ],
    [
      "a lettered item cut mid-word",
      ["会议记录", "一、时间：2026年3月15日", "二、工作报告：", "A. 食堂卫生检查已完成。", "B. 水果供"],
    ],
    [
      "a chapter heading cut after one character",
      ["会议记录", "壹、时间：2026年3月15日", "贰、报告事项：", "一、财务报告。", "叁、讨"],
    ],
    [
      "a line wrapped inside a sentence, then stopping",
      [
        "会议纪要",
        "一、会议同意县财政局安排专项资金用于乡村道路养护，",
        "年底前由县交通局组织验收，以保障群众出行安全和",
        "道路畅",
      ],
    ],
    [
      "a list that stops at its first item",
      [
        "关于召开会议的通知",
        "各乡镇：",
        "定于2026年3月20日在县政府三楼会议室召开植树造林动员会议。",
        "二、参加会议人员：",
        "1.各乡镇分管领导、林业站站长。",
      ],
    ],
    [
      "a character broken at the very end",
      ["会议纪要", "会议同意县财政局安排专项资金，年底前拨付到位，由县交通局负责组织\uFFFD"],
    ],
  ])("%s", (_name, paragraphs) => {
    expect(
      checkDocument({ paragraphs })
        .findings.filter((f) => f.ruleId === "document/incomplete")
        .map((f) => f.place),
    ).toHaveLength(1);
  });

  it("a finished list, a 署名 and a date under a long line are not cut", () => {
    const cut = (paragraphs: string[]) =>
      checkDocument({ paragraphs }).findings.filter((f) => f.ruleId === "document/incomplete");
    expect(cut(["会议记录", "一、出席：张三、李四", "二、列席：王五", "三、分送：县委办，县政府办"])).toEqual([]);
    expect(
      cut([
        "关于召开会议的通知",
        "各单位：",
        "请准时参加。",
        "特此通知。",
        "县创建省级文明城区工作领导小组办公室",
        "2026年3月3日",
      ]),
    ).toEqual([]);
  });
});

describe("the kind of a record or a notice by its structure (blind-h families, written anew)", () => {
  const kindOf = (...paragraphs: string[]) => checkDocument({ paragraphs }).kind;

  it("a record whose opening gives the day after a clause of purpose, then what the meeting 指出/要求, is minutes", () => {
    expect(
      kindOf(
        "为扎实做好今冬明春森林防火工作，11月6日下午，县森林防火指挥部成员单位联席会议在县政府二楼会议室召开。",
        "会议由副县长李明主持。会议听取了县林业局关于森林防火工作的汇报。",
        "李明强调，各成员单位要各负其责，11月底前完成隐患排查。",
      ),
    ).toBe("minutes");
    expect(
      kindOf(
        "某镇召开秸秆禁烧工作部署会议",
        "为做好秋季秸秆禁烧工作，近日，某镇召开秸秆禁烧工作部署会议，镇相关站所负责人、各村书记参加会议。",
        "会议指出，秸秆禁烧事关群众健康，各村要落实网格巡查责任。",
        "会议要求，镇农业服务中心要在10月底前完成宣传入户。",
      ),
    ).toBe("minutes");
  });

  it("a 开会通知单 is a notice; a 议事录 is minutes", () => {
    expect(kindOf("某某国民小学校务会议开会通知单", "开会时间：113年6月19日（三）下午1:30", "开会地点：大会议室")).toBe(
      "notice",
    );
    expect(kindOf("某某镇民代表会第五次定期大会议事录", "一、时间：113年6月19日上午9时", "二、地点：本会议事厅")).toBe(
      "minutes",
    );
  });
});

describe("owners as who must act, and decisions phrased 讨论确定… (blind-h families, written anew)", () => {
  const opening = "2026年3月9日上午，县长王刚在县政府三楼会议室主持召开县政府常务会议。";
  const ownerOf = (decision: string) => readMinutes(lines(opening, decision)).decisions[0]?.owner?.value;

  it("a class narrowed by what its members are names who acts; a class of every unit does not", () => {
    expect(ownerOf("会议要求，各防汛指挥部成员单位要各负其责，6月底前完成隐患排查。")).toMatch(/防汛指挥部成员单位$/);
    expect(ownerOf("会议要求，汛期各级各类值守人员要坚守岗位。")).toMatch(/各级各类值守人员$/);
    expect(ownerOf("会议要求，各职能部门要加强协作，6月底前完成整改。")).toBeUndefined();
    expect(ownerOf("会议要求，开发区各部门、各单位要全力支持项目建设。")).toBeUndefined();
  });

  it("the body whose arrangements are followed (要求按照…部门…安排) is not who acts; a post after 由 is", () => {
    expect(ownerOf("会议要求按照省卫生健康委统一安排做好适龄妇女筛查工作。")).toBeUndefined();
    expect(ownerOf("会议同意修缮村道，由分管副县长于5月底前牵头验收。")).toBe("分管副县长");
  });

  it("bare lines 讨论确定… after the opening are decisions; a post's 人选 is a personnel matter", () => {
    const facts = readMinutes(
      lines(
        "2026年4月2日下午，学院在行政楼二楼会议室召开党政联席会议，院长李强主持，班子成员出席会议。",
        "讨论确定2026年度研究生招生计划分配方案；",
        "讨论确定学院办公室主任人选；",
        "通报学院实验室安全检查情况。",
      ),
    );
    expect(facts.decisions.map((d) => d.text.at.paragraph)).toEqual([1, 2]);
    expect(facts.personnel.map((p) => p.at.paragraph)).toEqual([2]);
  });

  it("a festival-relative time (节后, 春节前) is a deadline", () => {
    const deadline = (text: string) => readMinutes(lines(opening, text)).decisions[0]?.deadline?.value;
    expect(deadline("会议决定，由县总工会节后召开职工代表大会。")).toBe("节后");
    expect(deadline("会议要求，县人社局春节前完成农民工工资清欠。")).toBe("春节前");
  });
});

describe("owners in county 机关 records (blind-i families, written anew)", () => {
  const opening = "2026年5月12日上午，县长赵明在县政府五楼会议室主持召开县政府第9次常务会议。";
  const ownerOf = (decision: string) => readMinutes(lines(opening, decision)).decisions[0]?.owner?.value;

  it("a list of classes names who acts where one of them is a class by level, a bracketed gloss included", () => {
    expect(ownerOf("会议强调，各乡镇、部门（单位）要抓好秋粮收储，确保颗粒归仓。")).toMatch(/各乡镇、部门（单位）$/);
    expect(ownerOf("会议要求，各专项牵头单位、配合单位要细化措施。")).toMatch(/牵头单位、配合单位$/);
    expect(ownerOf("会议要求，各部门、单位要抓好安全生产。")).toBeUndefined();
    expect(ownerOf("会议要求，相关部门和单位要做好筹备。")).toBeUndefined();
  });

  it("a group set up for the work, the deputies addressed, a 县财政 that pays, a body that 提出 the plan", () => {
    expect(ownerOf("会议强调，各工作组要立即到位，会务保障组要制定应急预案。")).toBe("会务保障组");
    expect(ownerOf("会议要求，各位政协委员一要带头调研，二要积极建言。")).toBe("各位政协委员");
    expect(ownerOf("2.关于防汛物资经费问题。县财政安排县应急局专项经费30万元。")).toBe("县财政");
    expect(ownerOf("1.关于设备采购问题。由县创卫工作领导小组提出具体方案后另行研究。")).toBe("县创卫工作领导小组");
  });

  it("those a unit works with (与人大代表沟通) are not who acts", () => {
    expect(ownerOf("会议指出，要积极与人大代表开展沟通，吸纳代表意见。")).toBeUndefined();
  });
});

describe("records and notices of county offices, read by structure (blind-i families, written anew)", () => {
  it("under a bare heading, each paragraph that decides is a decision, an assessment before them none", () => {
    const facts = readMinutes(
      lines(
        "2026年6月3日上午，县长赵明在县政府五楼会议室主持召开县政府第10次常务会议。",
        "一、研究全县秸秆禁烧工作",
        "会议认为，今年以来秸秆综合利用成效明显，全县空气质量总体平稳。",
        "会议原则同意县农业农村局提出的秸秆禁烧工作方案。",
        "会议要求，各乡镇要落实网格责任，6月底前完成巡查队伍组建。",
      ),
    );
    expect(facts.decisions.map((d) => d.text.at.paragraph)).toEqual([3, 4]);
  });

  it("a record that stops on a decision begun (会议原则同意县) is cut, and nothing after it is missing", () => {
    expect(
      missingOrCut(
        lines(
          "2026年6月3日上午，县长赵明在县政府五楼会议室主持召开县政府第10次常务会议，副县长李红、王强出席。",
          "会议要求，县住建局要在7月底前完成老旧小区改造方案。",
          "会议原则同意县",
        ),
      ),
    ).toEqual(["document/incomplete"]);
  });

  it("a meeting held to answer (答复会) with those who came listed is a record", () => {
    const kind = checkDocument({
      paragraphs: lines(
        "县水利局召开人大代表建议集中答复会",
        "3月6日上午，在县水利局二楼会议室召开人大代表建议集中答复会。各乡镇分管负责人、县水利局相关股室负责人参加。",
        "会上，县水利局分管负责人就代表所提建议逐一答复，县水利局负责在汛期前完成山塘整治。",
      ),
    }).kind;
    expect(kind).toBe("minutes");
  });

  it("a notice pasted as one paragraph, its numbered headings ended by 。, gives its kind, time, place and attendees", () => {
    const text =
      "关于举办全县农药安全使用培训班的通知各乡镇人民政府:为提高农药安全使用水平,县农业农村局决定,举办农药安全使用培训班,具体事宜如下:一、时间。定于2026年9月8日上午9时开班。二、参加人员。各乡镇农技站站长。三、授课地点。县农业农村局三楼会议室。四、联系人。张华,电话0731-84521234。县农业农村局2026年8月28日";
    const found = checkDocument({ paragraphs: [text] });
    expect(found.kind).toBe("notice");
    expect(missing([text])).not.toEqual(expect.arrayContaining(["会议时间"]));
    expect(missing([text])).not.toEqual(expect.arrayContaining(["会议地点"]));
    expect(missing([text])).not.toEqual(expect.arrayContaining(["参会人员/参会单位"]));
  });
});

describe("where the meeting is, not where some come (blind-i families, written anew)", () => {
  it("a room in an aside or in a sentence about the staff does not stand for the meeting's place", () => {
    const facts = readNotice(
      lines(
        "关于召开县第十八届人民代表大会第三次会议的通知",
        "各位代表：",
        "县第十八届人民代表大会第三次会议定于2026年1月20日至22日在县城召开。",
        "一、报到：代表于1月19日到县迎宾馆报到（离退休老同志在县人大常委会办公室领取材料）。",
        "二、各代表团工作人员于1月19日上午到县人大四楼会议室开会，布置会务。",
      ),
    );
    expect(facts.place?.value).toBe("县迎宾馆");
  });
});

describe("leaders' requirements, owners and deadlines in county records (blind-i families, written anew)", () => {
  const opening = "2026年7月8日上午，县长赵明在县政府五楼会议室主持召开县政府第11次常务会议，副县长李红出席会议。";
  const decisionsOf = (...body: string[]) => readMinutes(lines(opening, ...body)).decisions;

  it("a leader named after titles listed with 、, or a closing 最后强调 with no subject, requires", () => {
    expect(decisionsOf("县委常委、常务副县长孙伟作了讲话，要求县住建局8月底前完成危房排查。")[0]?.owner?.value).toBe(
      "县住建局",
    );
    expect(decisionsOf("最后强调，各位参会人员要履职尽责，确保考核顺利通过。")[0]?.owner?.value).toBe("各位参会人员");
  });

  it("units praised or reporting in the paragraph do not act; a 请示 asks nothing of anyone", () => {
    expect(
      decisionsOf("县长指出，县征收办等部门在前期做了大量工作，取得了明显成效。会后，各有关部门要强化担当。")[0]?.owner,
    ).toBeUndefined();
    expect(decisionsOf("会议讨论通过了关于农村公路养护的请示以及县城绿化方案。")[0]?.owner).toBeUndefined();
    expect(decisionsOf("会议要求，与会人员分别站在全局角度提出意见。")[0]?.owner?.value ?? "").not.toMatch(/站/);
  });

  it("the day of a speech already given is no deadline", () => {
    const [decision] = decisionsOf("会议要求，全县政府系统要认真学习总书记在3月5日全国两会上的重要讲话精神。");
    expect(decision.deadline).toBeUndefined();
    expect(decision.owner?.value).toBe("全县政府系统");
  });

  it("the place of the event a meeting prepares is not where the meeting sat; 分别出席两次会议 is attendance", () => {
    const facts = readMinutes(
      lines(
        "7月8日晚，县长赵明主持召开专题会议，研究全省龙舟赛筹备工作。",
        "赵明指出，全省龙舟赛在我县举行，是展示县域形象的难得机会，各部门要高度重视。",
        "县领导李红、王强分别出席两次会议。",
      ),
    );
    expect(facts.place).toBeUndefined();
    expect(facts.presentInText).toBeDefined();
  });
});

describe("an owner who 一定要, and an agenda announced at a sentence's end (blind-i families, written anew)", () => {
  it("a class of those present who 一定要 act is the owner", () => {
    const facts = readMinutes(
      lines(
        "2026年9月2日下午，县卫健局在三楼会议室召开迎检工作推进会，局长周平主持，各股室负责人参会。",
        "最后强调，各位参会人员一定要提高认识，确保迎检顺利。",
      ),
    );
    expect(facts.decisions[0]?.owner?.value).toBe("各位参会人员");
  });

  it("会议议程拟为: over a numbered list gives the content", () => {
    const notice = lines(
      "关于召开县人大常委会第五次会议的通知",
      "县人大常委会组成人员:",
      "经主任会议决定，县人大常委会第五次会议于2026年3月10日下午2:30在县政府二楼会议室举行。会议议程拟为:",
      "一、审议县人大常委会2026年工作要点；",
      "二、审议人事任免事项。",
      "请组成人员届时出席。联系人：周敏，电话：0731-82451234。",
      "县人大常委会办公室",
      "2026年3月2日",
    );
    expect(missing(notice)).toEqual([]);
  });
});

describe("names, cuts, record headers and counted requirements (blind-k families, written anew)", () => {
  it.each([
    ["a meeting that is the title's subject, with no verb", ["关于2026年学会年会的紧急通知"], "2026年学会年会"],
    [
      "a name with quoted words after 召开",
      ["通知", "各县（市、区）：", "经研究，决定召开2026年“千村示范”工程项目推进签约会，现将有关事项通知如下："],
      "2026年“千村示范”工程项目推进签约会",
    ],
    [
      "a hearing held (举行公开听证) rather than a meeting",
      ["公告", "本院拟对辖区饮用水源保护领域行政公益诉讼案举行公开听证，现将有关事项公告如下："],
      "公开听证",
    ],
  ])("%s", (_name, paragraphs, name) => {
    expect(readNotice(paragraphs).meetingName?.value).toContain(name);
  });

  it.each([
    ["inside a parenthesis opened and never closed", "培训采取集中授课方式（届时在县城和乡镇两"],
    ["on a date begun after a comma", "请于10月30日之前完成报名，10月31"],
  ])("a text that stops %s is cut, and what would follow is not reported missing", (_name, last) => {
    const text = lines(
      "关于举办2026年基层统计人员培训班的通知",
      "各乡镇人民政府：",
      "定于2026年11月5日在县行政中心二楼培训室举办基层统计人员培训班。",
      "一、参训人员：各乡镇统计员。",
      last,
    );
    expect(missingOrCut(text)).toEqual(["document/incomplete"]);
  });

  it("a record whose header names its chair and those present is minutes; a title in the first person (我县召开…) makes it news", () => {
    const record = lines(
      "县冬季森林防火工作推进会",
      "会议时间：2026年11月2日",
      "会议地点：县林业局三楼会议室",
      "会议主持人：县林业局副局长 刘军",
      "与会人员：县应急局、县公安局、各乡镇分管负责同志",
      "会议要求，各乡镇要在11月15日前完成防火隔离带清理。",
    );
    expect(checkDocument({ paragraphs: record }).kind).toBe("minutes");
    const news = ["我县召开冬季森林防火工作推进会", ...record.slice(1)];
    expect(checkDocument({ paragraphs: news }).kind).toBe("unsure");
  });

  it("a 会商会 held and reported is a record", () => {
    const record = lines(
      "5月8日晚，县防汛抗旱指挥部召开紧急会商会，就迎战新一轮强降雨作出安排。副县长李明参加会议。",
      "会商会要求，各乡镇要落实24小时值班。",
    );
    expect(checkDocument({ paragraphs: record }).kind).toBe("minutes");
  });

  it("requirements announced in the opening sentence and counted out after the colon are a decision", () => {
    const facts = readMinutes(
      lines(
        "城东街道召开人居环境整治工作会议",
        "3月19日下午，城东街道王强副主任主持召开了由城管科全体人员及12个社区书记参加的工作会议，会上王强副主任提出了几点工作要求：一是加大宣传力度，各社区要入户宣传；二是清理卫生死角，逐一销号。",
      ),
    );
    expect(facts.decisions.map((d) => d.text.at.paragraph)).toEqual([1]);
  });

  it("an empty contact section followed by the 附件 line has no contact", () => {
    const notice = lines(
      "关于召开全县统计工作会议的通知",
      "各乡镇人民政府：",
      "定于2026年12月3日上午9时在县政府三楼第一会议室召开全县统计工作会议，请各乡镇分管负责同志参加。",
      "一、联系人及电话",
      "附件：参会回执",
      "县统计局",
      "2026年11月25日",
    );
    expect(missing(notice)).toEqual(expect.arrayContaining(["联系人", "联系电话"]));
  });
});

describe("votes, posts, dates of events and cut requests (blind-l families, written anew)", () => {
  const decisionsOf = (...paragraphs: string[]) => readMinutes(paragraphs).decisions;
  const minutesFindings = (...paragraphs: string[]) =>
    checkDocument({ paragraphs })
      .findings.filter((f) => f.ruleId.startsWith("minutes/decision"))
      .map((f) => f.ruleId);

  it("an election or a vote on people is a 议定事项 with nothing left to carry out by a date", () => {
    const record = [
      "县工商联执委会议纪要",
      "2026年3月2日，县工商联在三楼会议室召开执委会议，会长李刚主持，执委20人出席会议。",
      "会议以无记名投票方式选举产生了出席市工商联代表大会的代表5名。",
      "会议表决通过了县工商联第九届执行委员会委员增补名单。",
    ];
    expect(decisionsOf(...record).length).toBeGreaterThan(0);
    expect(decisionsOf(...record).every((d) => d.settled)).toBe(true);
    expect(minutesFindings(...record)).toEqual([]);
    expect(missing(record)).not.toContain("议定事项");
  });

  it("a vote on people beside a task to carry out still asks who does the task, and by when", () => {
    const record = [
      "县工商联执委会议纪要",
      "2026年3月2日，县工商联在三楼会议室召开执委会议，会长李刚主持，执委20人出席会议。",
      "会议选举产生了代表5名，会议要求抓紧筹备会员大会。",
    ];
    expect(minutesFindings(...record).sort()).toEqual(["minutes/decision-no-deadline", "minutes/decision-no-owner"]);
  });

  it("a record's opening date, or the day of a meeting already held, is no deadline", () => {
    const opening = "4月13日，县林业局召开森林防火调度会，局长张伟主持，各乡镇林业站站长参加会议。";
    expect(decisionsOf(opening, "会议要求，各乡镇林业站要落实巡山责任。")[0].deadline).toBeUndefined();
    expect(
      decisionsOf(opening, "会上学习了4月10日全市会商会上的讲话精神，要求各乡镇林业站要落实巡山责任。")[0].deadline,
    ).toBeUndefined();
    const longOpening =
      "3月19日下午，城东街道为了更好地打好拆违攻坚战、巩固前期整治成果，在街道三楼会议室召开拆违工作推进会，各社区书记参加会议。";
    expect(decisionsOf(`${longOpening}会议要求，各社区要逐户排查违建。`)[0].deadline).toBeUndefined();
    expect(decisionsOf(opening, "会议要求，各乡镇林业站要在4月20日前完成巡山。")[0].deadline?.value).toBe("4月20日前");
  });

  it("a post told what to do names who acts: 各村书记要…, 护林员要…", () => {
    const record = (line: string) =>
      decisionsOf("10月9日上午，乡长王刚主持召开森林防火工作会议，各村书记参加会议。", line)[0].owner?.value;
    expect(record("王刚强调：各村书记要高度重视，认真部署落实。")).toBe("各村书记");
    expect(record("会议要求，护林员要加强重点区域巡查。")).toBe("护林员");
    expect(record("会议要求，全体党员要带头遵守防火规定。")).toBeUndefined();
  });

  it("personnel matters are reported once a paragraph", () => {
    const record = [
      "2026年3月2日，县人大常委会在二楼会议室举行第五次会议，主任王刚主持，组成人员出席会议。",
      "会议表决通过了人事免职和任职事项，并向被任命人员颁发了任命书。",
    ];
    const personnel = checkDocument({ paragraphs: record }).findings.filter((f) => f.ruleId === "minutes/personnel");
    expect(personnel).toHaveLength(1);
  });

  it("a text that stops on a time after 于, before what is to happen then, is cut", () => {
    const text = lines(
      "关于召开全区残疾人工作观摩推进会的通知",
      "各市残联：",
      "定于2026年10月9日在区残联三楼会议室召开全区残疾人工作观摩推进会。",
      "一、参会人员：各市残联理事长。",
      "二、工作要求",
      "（一）请各市残联于9月27日（星期四）18:00",
    );
    expect(missingOrCut(text)).toEqual(["document/incomplete"]);
  });

  it("a year named relative to the text (今年四月, 明年2月) is a relative date; 今年的工作 is not", () => {
    expect(findRelativeDates("经研究，定于今年四月在北京召开年会。").map((m) => m.text)).toEqual(["今年"]);
    expect(findRelativeDates("决定明年2月28日召开第十四次会议。").map((m) => m.text)).toEqual(["明年"]);
    expect(findRelativeDates("部署今年的防汛工作，总结今年以来的成绩。")).toEqual([]);
  });

  it("a numbered 主要任务 heading gives the content, and a name in brackets after a phone the contact", () => {
    const notice = readNotice(
      lines(
        "关于召开县总工会第七次代表大会的通知",
        "各基层工会：",
        "一、时间：2026年7月27日至29日。",
        "二、地点：县宾馆三楼会议中心。",
        "三、主要任务",
        "1.听取和审议县总工会第六届委员会工作报告；",
        "四、相关要求",
        "1.请各基层工会按时组织代表报到，联系电话：0731-82219126、13787080110（艾超越）。",
      ),
    );
    expect(notice.agenda?.value).toBeDefined();
    expect(notice.contacts.map((c) => c.value)).toEqual(["艾超越"]);
  });
});

describe("records told after the meeting, and requirements told in them (blind-m families, written anew)", () => {
  const kindOf = (...paragraphs: string[]) => checkDocument({ paragraphs }).kind;

  it("a headline saying a meeting was held, over what was said at it, is a record", () => {
    expect(
      kindOf(
        "县水利局召开汛前安全检查工作布置会",
        "5月6日，县水利局在三楼会议室召开汛前安全检查工作布置会。",
        "会上，副局长王强强调，各水管站要逐项排查隐患。",
      ),
    ).toBe("minutes");
    expect(
      kindOf(
        "县林场召开春季防火动员大会",
        "近日，县林场组织召开了春季防火动员大会。",
        "会议首先由场长传达了防火命令。",
      ),
    ).toBe("minutes");
  });

  it("an office telling of its own meeting reports it; its name in passing does not", () => {
    expect(
      kindOf(
        "县法院召开人民陪审员座谈会",
        "1月20日下午，我院在六楼会议室召开了人民陪审员座谈会，院长助理王强主持。",
        "会上，王强要求各庭要加强与陪审员的沟通。",
      ),
    ).toBe("unsure");
    expect(
      kindOf(
        "市疾控中心召开复审工作推进会",
        "3月2日下午，市疾控中心复审工作推进会在中心小会议室召开，中层以上干部参会。",
        "会议要求，各科室要结合我中心实际抓好迎检工作。",
      ),
    ).toBe("minutes");
  });

  it("a requirement told in the record is a decision, whoever voiced it; 我们要 exhorts the room", () => {
    const decisions = (line: string) =>
      readMinutes(["3月2日，市住建局召开节前安全生产工作会议，各科室负责人参加会议。", line]).decisions.length;
    expect(decisions("分管领导传达了节前工作部署，特别强调：有关企业及部门应做好隐患排查。")).toBe(1);
    expect(decisions("会上，王部长希望全部门人员切实增强档案意识。")).toBe(1);
    expect(decisions("会上王刚强调，今年是重要的一年，我们要以时不我待的精神推动发展。")).toBe(0);
  });

  it("those who 参与本次会议 attended it", () => {
    const record = readMinutes([
      "医务部组织召开外科ICU筹备会",
      "5月9日下午，医务部在行政楼第三会议室组织召开外科ICU筹备会，各职能部门负责人共同参与本次会议。",
    ]);
    expect(record.presentInText?.value).toContain("参与本次会议");
  });
});

describe("hearings' own labels, attendees as whom the office gathered, requirements untold (blind-m families, written anew)", () => {
  it("听证时间 and 听证地点 give the meeting's time and place; 报名时间 does not", () => {
    const notice = readNotice(
      lines(
        "关于召开县城供水价格调整听证会的公告",
        "一、听证时间：2026年6月13日（星期六）上午9:00",
        "二、听证地点：县发改局二楼会议室",
        "三、报名时间：2026年5月11日至5月22日",
      ),
    );
    expect(notice.meetingDate?.value.day).toBe(13);
    expect(notice.place?.value).toBe("县发改局二楼会议室");
  });

  it("those an office gathered to hold the meeting attended it; a meeting to be held later names no one present", () => {
    const present = (line: string) => readMinutes(["县水利局召开河长制学习会", line]).presentInText?.value;
    expect(present("12月12日下午，县水利局组织全体干部职工召开了河长制专题学习会，局长王强主持会议。")).toBeDefined();
    expect(
      present("12月12日下午，县水利局召开河长制专题学习会。会议要求，由分管副局长组织相关部门人员召开专题会议研究。"),
    ).toBeUndefined();
  });

  it("a requirement said to be made, with nothing of it told, decides nothing; told after it, it does", () => {
    const decisions = (line: string) =>
      readMinutes(["4月12日，县林场召开营林工作会议，林场职工40余人参加了会议。", line]).decisions.length;
    expect(decisions("会上传达了县林业局营林工作会议精神，副场长分别就如何做好今春造林提出了严格的要求。")).toBe(0);
    expect(decisions("会议对当前工作提出了相关要求。一是各段要迅速完善应急工作机制；二是要加强值守。")).toBe(1);
  });
});

describe("a record's opening, read whole or garbled, and changes of members (blind-m families, written anew)", () => {
  it("a record cut at its end still lacks the time, place and chair its opening does not give", () => {
    expect(
      missingOrCut(
        lines(
          "住建部召开安全生产视频调度会议",
          "近日，住建部召开全系统安全生产视频调度会议，部领导李刚出席会议。",
          "会议要求，各省住建厅要在9月30日前完成燃气安全排查。",
          "会议强调，各地要切实做好假期安全防范工作，紧盯重点领域，严密防",
        ),
      ),
    ).toEqual(["会议时间", "会议地点", "主持人", "document/incomplete"]);
  });

  it("a day under its label or at the opening, garbled in copying, is a time given", () => {
    expect(
      readMinutes(["XX大学校务会议纪录", "时间:民国1061021(星期六)上午9", "地点:行政楼会议厅"]).meetingDayText,
    ).toBeDefined();
    expect(
      readMinutes(["3-24，县长张中于在县政务中心会议室主持召开县政府第21次常务会议。"]).meetingDayText?.value,
    ).toBe("3-24");
  });

  it("the day of the meeting is in the sentence that says it was held, not in a title quoted later", () => {
    const record = readMinutes([
      "近日，县教体局组织机关全体职工在局会议室学习全国教育工作会议精神，局长李红主持会议。",
      "会上，学习了7月15日《人民日报》刊登的《全国教育工作会议在京举行》一文。",
    ]);
    expect(record.meetingDate).toBeUndefined();
  });

  it("members replaced, added or elected anew are personnel matters", () => {
    const personnel = (line: string) =>
      readMinutes(["3月2日，市妇联在三楼会议室召开执委会议，主席王红主持。", line]).personnel.map((p) => p.text);
    expect(personnel("会议替补李丽等3名同志为市妇联第十一届执委。")).toHaveLength(1);
    expect(personnel("会议全票通过了第二届理事的人事变更。")).toHaveLength(1);
    expect(personnel("会议听取了理事会工作报告。")).toEqual([]);
  });
});

describe("credits, headlines, attachment pages and mail addresses (blind-m families, written anew)", () => {
  const kindOf = (...paragraphs: string[]) => checkDocument({ paragraphs }).kind;

  it("a headline with the meeting before its verb (…会议在昆明召开) is a record's", () => {
    expect(
      kindOf(
        "省生态学会十届二次理事会在昆明召开",
        "11月28日，省生态学会在昆明云安会堂四楼会议厅召开了十届二次理事会。",
        "理事长王刚传达了省科协有关精神。",
      ),
    ).toBe("minutes");
  });

  it("a credit line (文/图：…) closing the text makes it a news item", () => {
    expect(
      kindOf(
        "研究中心与发展规划处召开工作对接会",
        "3月28日下午，研究中心与发展规划处工作对接会在市教委611会议室召开，处长王刚主持。",
        "会上，双方就合作事项进行了交流，王刚要求各处室要加强沟通。",
        "文/图：李璐",
      ),
    ).toBe("unsure");
  });

  it("附件： alone on its line begins the attachment pages: the 成文日期 above it is read", () => {
    const notice = readNotice(
      lines(
        "关于召开全区交通安全工作会议的通知",
        "各乡镇：",
        "定于2026年12月3日上午9时在区交通局四楼会议室召开全区交通安全工作会议。",
        "附件：参加会议人员名单",
        "区交通运输局",
        "2026年11月25日",
        "附件：",
        "参加会议人员名单",
        "金塘镇政府 2名",
      ),
    );
    expect(notice.issueDate?.value.day).toBe(25);
  });

  it("the digits of a mail address are no phone", () => {
    const phones = readNotice(
      lines("关于召开会议的通知", "联系方式：提案电子文档发送至370534030@qq.com，联系电话：0557-3051234。"),
    ).phones.map((p) => p.value);
    expect(phones).toEqual(["0557-3051234"]);
  });
});

describe("records whose opening says who attended or chaired, and tasks counted out (blind-n families, written anew)", () => {
  const kindOf = (...paragraphs: string[]) => checkDocument({ paragraphs }).kind;

  it("an opening that says who attended or chaired (…出席。 …主持。) under a headline makes a record", () => {
    expect(
      kindOf(
        "王刚区长主持召开区政府第95次常务会议",
        "9月8日，区长王刚主持召开区政府第95次常务会议，副区长李华、张强出席。",
      ),
    ).toBe("minutes");
    expect(
      kindOf("市地震局召开节前谈话会，部署节日期间安全保障工作", "1月19日，市地震局召开节前谈话会，局长张伟主持。"),
    ).toBe("minutes");
    expect(
      kindOf(
        "关于召开全区安全生产工作会议的通知",
        "定于2026年12月3日在区政府三楼会议室召开全区安全生产工作会议，请各单位主要负责人准时参加。",
      ),
    ).toBe("notice");
  });

  it("a 电视电话会 or 视频会 held is a meeting held", () => {
    expect(
      kindOf(
        "6月26日，省电力公司在本部召开迎峰度夏动员电视电话会，在各市供电公司设立分会场。",
        "会议对做好迎峰度夏工作提出三个方面的要求：一是要认清形势；二是要落实责任。",
        "各市供电公司领导班子成员参加会议。",
      ),
    ).toBe("minutes");
  });

  it("tasks announced and counted out (部署了下阶段主要工作任务：一是…) are a decision", () => {
    const decisions = readMinutes([
      "8月30日上午，区档案局召开了档案工作例会，各街道档案人员参加了会议。会上，局长王红部署了下阶段主要工作任务：一是开展档案年检工作；二是做好档案数字化。",
    ]).decisions;
    expect(decisions).toHaveLength(1);
  });
});

describe("a meeting held as 举办, and the unit whose proposal is approved (blind-n families, written anew)", () => {
  it("the day of a meeting the office 举办了 is the meeting's time", () => {
    const record = readMinutes([
      "2026年7月7日-8日，为做好全年防震减灾工作，市民防办举办了全市民防防震减灾工作会议，主任王刚出席。",
    ]);
    expect(record.meetingDate?.value.day).toBe(7);
  });

  it("the unit whose report or plan the meeting approves carries it out", () => {
    const owner = (line: string) =>
      readMinutes(["9月8日，区长王刚主持召开区政府常务会议。", line]).decisions[0]?.owner?.value;
    expect(owner("会议听取并原则同意区医保局关于长护险试点的情况汇报，要强化统筹协调。")).toBe("区医保局");
    expect(owner("会议原则同意关于长护险试点的情况汇报，要强化统筹协调。")).toBeUndefined();
  });
});

describe("a list that stops at the next item's bare number (blind-n family, written anew)", () => {
  it("`3、…；` over `4` is cut; a page's lone number after prose is not", () => {
    const notice = (...tail: string[]) =>
      missingOrCut(
        lines(
          "关于召开全省优秀护士表彰大会的通知",
          "各市卫生局：",
          "定于2026年5月12日上午9时在省人民会堂二楼礼堂召开全省优秀护士表彰大会。",
          "二、有关要求",
          ...tail,
        ),
      );
    expect(notice("2、各市统一组织获奖护士按时报到；", "3、获奖护士统一着护士服；", "4")).toEqual([
      "document/incomplete",
    ]);
    expect(notice("请各市认真组织。", "4")).toContain("联系人");
  });
});

describe("the place under a combined 时间、地点 heading (a blind-h family, written anew)", () => {
  const placeOf = (...body: string[]) =>
    readNotice(lines("关于召开全省卫生工作视频会议的通知", "各市卫生局：", "一、会议时间、地点", ...body)).place?.value;

  it("is the line under a line that only gives the time, or the 主会场 named there", () => {
    expect(placeOf("2026年3月8日，上午9时。", "省卫生厅三楼视频会议室。", "二、会议内容")).toBe(
      "省卫生厅三楼视频会议室",
    );
    expect(
      placeOf("2026年3月8日，上午9时。", "主会场，长春市青岛路联通视频会议中心；分会场，各市联通视频会议中心。"),
    ).toBe("长春市青岛路联通视频会议中心");
  });

  it("is the words beside the date on the same line", () => {
    expect(placeOf("2026年3月8日上午9时，县委党校二楼报告厅。")).toBe("县委党校二楼报告厅");
  });
});

describe("a place referred to, not named (a blind-k family, written anew)", () => {
  it("到达会议地点 names no place", () => {
    const notice = readNotice(
      lines(
        "关于召开科技工作座谈会的通知",
        "定于7月29日上午8时半召开科技工作座谈会。",
        "参加下午会议的人员请于上午11时前到达会议地点。",
      ),
    );
    expect(notice.place).toBeUndefined();
  });
});

describe("a place with the way to it in brackets (a blind-k family, written anew)", () => {
  it("在…培训基地（…交叉口向北1500米路西侧）召开, longer than a place is read, gives the base as the place", () => {
    const notice = readNotice(
      lines(
        "关于召开科技工作座谈会的通知",
        "定于7月29日上午8时半，在济南市交通局技工学校培训基地（章丘开发区经十东路与明埠路交叉口向北1500米路西侧）召开科技工作座谈会。",
      ),
    );
    expect(notice.place?.value).toMatch(/^济南市交通局技工学校培训基地/);
  });
});

describe("a body writing of another's meeting, and hearings' own 開會 labels (blind-o families, written anew)", () => {
  const kindOf = (...paragraphs: string[]) => checkDocument({ paragraphs }).kind;
  const record = (byline: string) =>
    kindOf(
      "3月2日，县长王刚在县政府主持召开全县春耕生产协调会。各乡镇、县直有关部门主要负责人参加会议。",
      "会上，县农业农村局局长李华汇报了春耕备耕情况。会议要求，各乡镇要抓紧落实春耕物资。",
      byline,
    );

  it("a bracketed credit closing the text makes a report, whoever it names, even the meeting's own office (ANNOTATING.md, report or record)", () => {
    expect(record("（县农业农村局办公室）")).toBe("unsure");
    expect(record("（县政府办）")).toBe("unsure");
    expect(record("（宋少奇）")).toBe("unsure");
    expect(
      kindOf(
        "佛山市某区召开妇女儿童工作委员会全体会议",
        "5月6日，某区妇女儿童工作委员会召开全体会议，副区长张丽主持。各成员单位分管领导参加会议。",
        "会议要求，各成员单位要抓好规划落实。",
        "（某区妇儿工委办）",
      ),
    ).toBe("unsure");
    // A 落款 — the body over the date, unbracketed — signs a record, it does not credit a news item.
    expect(record("县人民政府办公室")).toBe("minutes");
    expect(record("")).toBe("minutes");
  });

  it("a 公告 whose body is headed 開會事由, 開會時間, 開會地點 is a notice, its 事由 the content and the name quoted in it", () => {
    const paragraphs = toSimplified(
      [
        "一、開會事由：說明興辦事業計畫概況，辦理「東區排水改善工程第二場公聽會」，並聽取土地所有權人之意見。",
        "二、開會時間：114年3月4日（星期二）上午10時。",
        "三、開會地點：東區區公所3樓禮堂（東區中正路5號）。",
        "四、聯絡電話：06-2991111分機8123（王小姐）。",
      ].join("\n"),
    ).split("\n");
    expect(kindOf(...paragraphs)).toBe("notice");
    const notice = readNotice(paragraphs);
    expect(notice.agenda?.value).toMatch(/^说明/);
    expect(notice.meetingName?.value).toBe("东区排水改善工程第二场公听会");
    expect(notice.place?.value).toMatch(/^东区区公所3楼礼堂/);
  });

  it("a 事由 that only names the meeting is its name, not its content", () => {
    const notice = readNotice(
      toSimplified("開會通知單\n開會事由：113學年度下學期期末校務會議\n開會時間：114年6月24日（星期二）上午9時").split(
        "\n",
      ),
    );
    expect(notice.meetingName?.value).toBe("113学年度下学期期末校务会议");
    expect(notice.agenda).toBeUndefined();
  });

  it("a time said to be told later is missing, even in a text cut after it; a month with it is a time", () => {
    const notice = (timeLine: string, ...tail: string[]) =>
      missingOrCut(
        lines(
          "关于召开全市公交票价调整听证会的公告",
          "为听取社会各方面意见，市发展改革委拟于近期召开全市公交票价调整听证会，现将有关事项公告如下：",
          timeLine,
          "二、听证会参加人：消费者代表9名，经营者代表3名。",
          ...tail,
        ),
      );
    expect(
      notice("一、听证会地点：市政务服务中心三楼会议室（具体时间另行公告）。", "三、报名办法：凡年满18周岁，"),
    ).toEqual(expect.arrayContaining(["会议时间", "document/incomplete"]));
    expect(notice("一、听证会时间：2026年12月中旬，具体时间另行通知。")).not.toContain("会议时间");
  });
});

describe("hearings' dates and people, owners by title, reports in a list, a city as a record's place (blind-o families, written anew)", () => {
  it("a hearing's `日期：` is its time, and those whose views it hears are who comes", () => {
    const notice = readNotice(
      toSimplified(
        [
          "主旨：舉行「北港溪護岸工程」第1場公聽會，特此公告。",
          "公告事項：",
          "一、事由：說明興辦事業計畫概況，並聽取土地所有權人及利害關係人之意見。",
          "二、日期：中華民國112年3月7日（星期二）上午10時。",
          "三、地點：北港鎮公所3樓禮堂。",
        ].join("\n"),
      ).split("\n"),
    );
    expect(notice.meetingDate?.value.day).toBe(7);
    expect(notice.attendees?.value).toBe("土地所有权人及利害关系人");
  });

  it("a decision left to people by title (由…会长和…副会长选址决定, 由…主任亲自抓, 镇村两级要) names its owner", () => {
    const owners = (...items: string[]) =>
      readMinutes(["6月18日下午，会长王明在商会会议室主持召开常务理事会。", "会议决定：", ...items]).decisions.map(
        (d) => d.owner?.value ?? null,
      );
    expect(
      owners(
        "一、关于办公用房的搬迁问题，原则上由李强会长和张华常务副会长选址决定。",
        "二、关于会员发展，由王明会长、赵敏秘书长就有关细节敲定后作出决定。",
      ),
    ).toEqual([expect.stringContaining("李强会长"), expect.stringContaining("王明会长")]);
    expect(owners("一、征兵工作一定要高度重视，镇村两级要把征兵工作作为重点，8月底前完成。")).toEqual(["镇村两级"]);
  });

  it("an item that only tells what someone reported decides nothing", () => {
    const decisions = readMinutes([
      "6月18日下午，会长王明在商会会议室主持召开常务理事会。",
      "会议决定：",
      "一、会费收缴工作由秘书处负责，7月底前完成。",
      "二、会上张华常务副会长向大家汇报了商会资金回收情况，基本能按时收回。",
    ]).decisions;
    expect(decisions).toHaveLength(1);
  });

  it("a record held 在南宁 or 在京 says where it sat; 在会上 says nothing of it", () => {
    const place = (line: string) => readMinutes(["某省红十字会第五届理事会第三次会议召开", line]).place?.value;
    expect(place("12月18日，某省红十字会第五届理事会第三次会议在南宁召开。理事100多人参加会议。")).toBe("南宁");
    expect(place("2月8日至9日，中国红十字会第十届理事会第四次会议在京召开。理事170余人参加会议。")).toBe("京");
    expect(place("12月18日，理事们在会上召开小组讨论。")).toBeUndefined();
  });
});

describe("classes of units by type, decisions 经研究拟定于…, a 公告 that publishes a record (blind-o families, written anew)", () => {
  const decisions = (...body: string[]) =>
    readMinutes(["3月5日上午，区政协召开主席会议。", ...body]).decisions.map((d) => d.owner?.value ?? null);

  it("全区各级红十字会 and 各苏木镇 are owners; 各级各部门 is everyone", () => {
    expect(decisions("会议要求，全区各级红十字会要围绕中心、服务大局，年底前完成换届。")).toEqual([
      expect.stringContaining("各级红十字会"),
    ]);
    expect(decisions("会议强调，各苏木镇、各部门要聚焦重点任务落实，6月底前报送进展。")).toEqual([
      expect.stringContaining("各苏木镇"),
    ]);
    expect(decisions("会议要求，各级各部门要提高认识，6月底前完成。")).toEqual([null]);
  });

  it("经会议研究，拟定于…召开… is a decision", () => {
    expect(decisions("经会议研究，拟定于2026年3月27日上午9:00在区政务中心召开区政协常委会第6次会议。")).toHaveLength(1);
  });

  it("a 公告 that publishes a past hearing's record is neither a notice nor minutes", () => {
    const kind = checkDocument({
      paragraphs: [
        "主旨：公告周知「南53線道路拓寬工程」第1場公聽會會議紀錄（詳附件）。",
        "依據：土地徵收條例施行細則辦理。",
        "公告事項：本府於113年2月10日下午3時舉行第1場公聽會，公聽會會議紀錄特此公告周知。",
      ],
    }).kind;
    expect(kind).toBe("unsure");
  });
});

describe("texts cut under a heading or a labelled decision, and news datelines (blind-p families, written anew)", () => {
  const notice = (...tail: string[]) =>
    missingOrCut(
      lines(
        "关于召开全县农村公路养护工作会议的通知",
        "各乡镇人民政府：",
        "经研究，定于2026年3月5日上午9时在县政府三楼会议室召开全县农村公路养护工作会议，请各乡镇分管领导准时参加。",
        ...tail,
      ),
    );

  it("a heading over a lone first number, or over a character, stops the text", () => {
    expect(notice("三、填报《农村公路养护统计表》要求(见附表)", "1")).toContain("document/incomplete");
    expect(notice("四、书面意见：", "因")).toContain("document/incomplete");
    expect(notice("四、书面意见：", "因")).not.toContain("联系人");
  });

  it("a 议定： line that stops inside its sentence is cut; a 出席： list is not", () => {
    const record = (last: string) =>
      checkDocument({
        paragraphs: [
          "县政府第12次常务会议纪要",
          "2026年3月24日，县长王刚在县政府三楼会议室主持召开第12次常务会议。",
          "出席：王刚、李华、张强",
          "一、关于“十五五”规划编制工作",
          last,
        ],
      }).findings.some((f) => f.ruleId === "document/incomplete");
    expect(record("议定：成立规划编制工作领导小组，由常务副县长李华任组长，县发改委、财")).toBe(true);
    expect(record("列席：县政府办、县发改委、县财政局、县住建局、县交通局、县水利局")).toBe(false);
  });

  it("a news dateline (…网讯, 10月14日讯, 【记者…报道】, 记者…获悉) makes a report, whatever meeting it announces", () => {
    const kindOf = (first: string) =>
      checkDocument({
        paragraphs: [
          first,
          "市物价局拟于11月中旬召开水价调整听证会，现向社会公开征集10名旁听代表，请有意者于11月1日前报名。",
          "联系人：王强，电话：0451-86123456。",
        ],
      }).kind;
    expect(kindOf("某网10月14日讯 记者昨天从市物价局获悉，市供排水集团已提出调整水价的请示。")).toBe("unsure");
    expect(kindOf("【记者王丽报道】市供排水集团已提出调整水价的请示。")).toBe("unsure");
    expect(kindOf("关于召开水价调整听证会的公告")).toBe("notice");
  });
});

describe("labelled 日期/時間/地點 blocks, sections told later, a 主席 over a record (blind-p families, written anew)", () => {
  const kindOf = (...paragraphs: string[]) =>
    checkDocument({ paragraphs: toSimplified(paragraphs.join("\n")).split("\n") }).kind;

  it("a letter inviting members with a labelled date and place is a notice", () => {
    expect(
      kindOf(
        "會長通訊",
        "致：全體會員",
        "誠邀出席民政局為專業團體而設之條例修訂諮詢會，詳情如下：",
        "日期：2026年3月6日（星期五）",
        "時間：下午2:00-3:00",
        "地點：政府總部西翼2樓會議廳",
      ),
    ).toBe("notice");
    expect(
      kindOf(
        "全國公民參與座談會 第3場",
        "【主辦單位】台灣公民參與協會",
        "【日期時間】2026年3月28日(六)10:30~12:00",
        "【會議地點】市議會一樓簡報室",
      ),
    ).toBe("notice");
  });

  it("a record headed 時間, 地點, 主席, 出席人員 is minutes", () => {
    expect(
      kindOf(
        "某社區發展協會會員大會會議紀錄",
        "時間：中華民國114年8月7日下午13:30",
        "地點：社區活動中心",
        "主席：王大明",
        "出席人員：詳簽到簿",
        "決議：無異議通過。",
      ),
    ).toBe("minutes");
  });

  it("a section that only says 另行通知 gives nothing, and what it defers is missing even in a cut text", () => {
    const found = missingOrCut(
      lines(
        "关于召开全市残疾人文化体育工作会议的通知",
        "各县、区残联：",
        "为推进残疾人文化体育工作，市残联决定召开全市残疾人文化体育工作会议。现将有关事项通知如下：",
        "一、会议主题",
        "总结交流各地残疾人文化体育工作经验，部署2026年重点工作。",
        "二、会议召开的时间和参加人员",
        "另行通知。",
        "三、填报《人才库统计表》要求(见附表)",
        "1",
      ),
    );
    expect(found).toEqual(expect.arrayContaining(["会议时间", "参会人员/参会单位", "document/incomplete"]));
    expect(found).not.toContain("联系人");
  });
});

describe("an English paragraph that stops inside a word (a blind-h family, seen again in PDF lines)", () => {
  it("is cut, as a Chinese one would be", () => {
    const found = missingOrCut(
      lines(
        "家長教師會周年大會通知",
        "本會定於2026年10月17日（星期六）上午10時在學校禮堂舉行周年大會，敬請各位家長出席。",
        "There are a total of 12 candidates in the Primary Division. Each attending family will receive one ballot paper for vote o",
      ),
    );
    expect(found).toContain("document/incomplete");
    expect(found).not.toContain("联系人");
  });
});

describe("a garbled 成文日期, a place 假… or 隆重, a name before 即将举办 (blind-p families, written anew)", () => {
  it("a 成文日期 that lost its year (`年8月21日`) under the 署名 is written, if unreadable", () => {
    const found = missing(
      lines(
        "关于召开全市供热价格听证会的公告",
        "市发展和改革委员会定于2026年9月18日上午9时在市政府三楼会议室召开全市供热价格听证会，听取消费者代表意见。",
        "联系人：王强，联系电话：0934-8612345。",
        "特此公告。",
        "某市发展和改革委员会",
        "年8月21日",
      ),
    );
    expect(found).not.toContain("成文日期");
    expect(found).not.toContain("发文机关署名");
  });

  it("假… with the way in brackets, and 在…隆重举行, give the place without the brackets' words or the manner", () => {
    const placeOf = (sentence: string) => readNotice(lines("周年会员大会通告", toSimplified(sentence))).place?.value;
    expect(
      placeOf(
        "茲定於2026年12月15日（星期二）下午七時正，假將軍澳寶康路105號單車館地下G52貴賓室(單車亭側)召開周年會員大會。",
      ),
    ).toBe("将军澳宝康路105号单车馆地下G52贵宾室");
    expect(placeOf("定于10月21日下午在集美嘉庚体育馆隆重举行第三届全球校友联谊大会。")).toBe("集美嘉庚体育馆");
  });

  it("the meeting named before 即将举办 is its name", () => {
    const notice = readNotice(
      lines("各党总支：", "本学期面向入党积极分子的第十六期党的基本知识培训班即将举办，现将有关事宜通知如下："),
    );
    expect(notice.meetingName?.value).toBe("本学期面向入党积极分子的第十六期党的基本知识培训班");
  });
});

describe("a headline over a record's opening, a convener who chairs, units that met (blind-p families, written anew)", () => {
  it("a headline saying the meeting was held, over an opening that says who held it, is a record", () => {
    const kind = checkDocument({
      paragraphs: [
        "区政府召开第9次常务会议     王刚主持",
        "12月9日，区长王刚主持召开区政府第9次常务会议，研究交通执法人员划转等事宜。",
        "会议取了区交通运输局关于执法改革人员划转的汇报。",
      ],
    }).kind;
    expect(kind).toBe("minutes");
  });

  it("someone who convenes the meeting in person chairs it, and 在…机关 is where it sat", () => {
    const record = readMinutes([
      "地震局召开专题会议研究部署应急工作",
      "1月29日晚8时30分，张伟同志在地震局机关召开专题会议，听取应急处置工作情况汇报。",
    ]);
    expect(record.chair?.value).toBe("张伟同志");
    expect(record.place?.value).toBe("地震局机关");
  });

  it("units listed as those who met (X、Y、Z五家单位…在…召开) attended", () => {
    const record = readMinutes([
      "省直五厅局妇委会召开联席会议",
      "日前，省委办公厅、省政府办公厅、省审计厅、省残联、省人防办五家单位妇委会，在审计厅召开联席会议，研究下半年工作。",
    ]);
    expect(record.presentInText).toBeDefined();
  });
});

describe("labels in lenticular brackets (a blind-p family, written anew)", () => {
  it("【会议地点】 and 【日期时间】 are read as labels, the value after them", () => {
    const notice = readNotice(
      lines(
        "公民参与座谈会",
        "【主办单位】某市公民参与协会",
        "【日期时间】2026年3月28日(六)10:30~12:00",
        "【会议地点】市议会 一楼简报室",
      ),
    );
    expect(notice.place?.value).toBe("市议会 一楼简报室");
    expect(notice.meetingDate?.value.day).toBe(28);
  });
});

describe("a 成文日期 under an attachment list, and a contact's name spaced out (a blind-o family, written anew)", () => {
  it("a full 成文日期 under `2、…名额` ends the text; `联系人:张 婧` names 张婧", () => {
    const paragraphs = lines(
      "关于召开全省农经统计年报汇总会的通知",
      "各市农委：",
      "定于2026年2月20日在省农经站三楼会议室召开全省农经统计年报汇总会，请各市农经统计人员参加。",
      "联系人:张 婧, 电话:0851-5280734。",
      "附件:1、农业农村部办公厅关于做好统计年报工作的通知",
      "2、2026年全省农经年报汇总会参会人员名额",
      "二〇二六年一月十七日",
    );
    expect(missingOrCut(paragraphs)).not.toContain("document/incomplete");
    expect(readNotice(paragraphs).contacts.map((c) => c.value)).toContain("张婧");
  });
});

describe("report or record, by the one written rule (a blind-q family, written anew)", () => {
  const kindOf = (...paragraphs: string[]) => checkDocument({ paragraphs }).kind;
  const held = [
    "学校召开春季运动会筹备会",
    "3月2日上午，学校在行政楼第二会议室召开春季运动会筹备会，副校长王芳出席，教务处处长李强主持。",
    "会议要求，各学院要在3月20日前报送参赛名单。",
  ];

  it("a credit line among the closing lines makes a report: 供稿, 编审, 通联", () => {
    expect(kindOf(...held)).toBe("minutes");
    expect(kindOf(...held, "供稿：宣传部 编审：赵林 审核：孙敏")).toBe("unsure");
    expect(kindOf(...held, "通联：县乡村振兴服务中心 王明", "")).toBe("unsure");
    expect(kindOf(...held, "文/图：李璐")).toBe("unsure");
  });

  it("a text that calls the place 我市 in its own voice reports the meeting; 我市 in what was said or in a title does not", () => {
    const opening = "10月11日下午，市老龄工作委员会全体会议召开，副市长、市老龄委主任张飞主持会议。";
    expect(kindOf(opening, "会议要求，市老龄委各成员单位要加强服务体系建设。")).toBe("minutes");
    expect(kindOf(opening, "会议强调，要全力推动我市老龄工作高质量发展。")).toBe("minutes");
    expect(kindOf(opening, "会议审议通过了《关于我市养老服务体系建设的调研报告》。")).toBe("minutes");
    expect(kindOf(opening, "通过这次会议，我市老龄工作全面进入新阶段。会议要求，各成员单位要加强服务体系建设。")).toBe(
      "unsure",
    );
    expect(
      kindOf(
        "10月11日下午，2026年市老龄工作委员会全体会议召开，研究部署下步工作，全力推动我市老龄工作高质量发展。",
        "会议要求，市老龄委各成员单位要加强服务体系建设。",
      ),
    ).toBe("unsure");
  });

  it("a notice says 我市 as a matter of course and stays a notice", () => {
    expect(
      kindOf(
        "各乡镇人民政府：",
        "为推进我市河长制工作，定于2026年3月5日上午9时在市水务局三楼会议室召开全市河长制工作推进会，请各乡镇分管负责人准时参加。",
        "联系人：王明，电话：0371-67181234。",
      ),
    ).toBe("notice");
  });

  it("news that tells of a notice is a report, not the notice: 昨日…发出公告, 召开在即, 据悉", () => {
    expect(
      kindOf(
        "市人大常委会第三十一次会议将于2026年2月23日举行。昨日，市人大常委会办公厅发出公告，邀请公民旁听本次会议。",
        "据悉，本次会议建议议程包括审议两部条例草案。",
        "旁听报名请于2月20日前到市人大常委会办公厅群众接待室办理。",
      ),
    ).toBe("unsure");
    expect(
      kindOf(
        "学院首届教学工作会议召开在即",
        "学院日前作出决定，将于1月20日召开首届教学工作会议，全体专职教师参加会议。",
      ),
    ).toBe("unsure");
  });
});

describe("a day told from the day the text was written (a blind-q family, written anew)", () => {
  it.each([
    ["昨日，市人大常委会办公厅发出公告", "昨日"],
    ["记者昨天从市住建局获悉", "昨天"],
    ["昨(15)日上午，市议会召开座谈会", "昨(15)日"],
    ["本月21日开幕的博览会", "本月"],
    ["报名时间截至下月3日", "下月"],
    ["昨晚召开紧急会议", "昨晚"],
  ])("%s names a day by %s", (text, word) => {
    expect(findRelativeDates(text).map((m) => m.text)).toEqual([word]);
  });

  it.each(["本月底前完成整改", "月底前报送", "上月工作总结"])("%s names no day", (text) => {
    expect(findRelativeDates(text)).toEqual([]);
  });
});

describe("what a record's paragraphs decide (a blind-q family, written anew)", () => {
  const record = (...body: string[]) =>
    readMinutes([
      "全州政协常委会议",
      "9月16日，州政协主席李明在州政协三楼会议室主持召开常委会议，副主席王刚、赵敏出席会议。",
      ...body,
    ]).decisions.map((d) => [d.text.at.paragraph, d.owner?.value ?? null]);

  it("the meeting's opinion decides nothing unless a later sentence requires something", () => {
    expect(record("会议认为，推进会是四县共同的大事、要事，要齐心协力、紧密合作。")).toEqual([]);
    expect(record("会议认为，推进会意义重大。会议要求，县发改委要在10月底前拿出方案。")).toEqual([[2, "县发改委"]]);
  });

  it("requirements passed on (传达了…相关工作要求) are no requirement of this meeting", () => {
    expect(record("会议传达了省、市相关会议精神和市委、市政府领导相关工作要求，各县区汇报了项目建设情况。")).toEqual(
      [],
    );
  });

  it("a body's 各委办 and a school's 各教学单位 name who acts", () => {
    expect(record("李明指出，州政协各委办要提前谋划做好全会的各项筹备工作。")).toEqual([[2, "州政协各委办"]]);
    expect(record("会议要求，各教学单位要在期末前完成课程评估。")).toEqual([[2, "各教学单位"]]);
  });
});

describe("when and where to apply is not when and where the meeting is (a blind-q family, written anew)", () => {
  it("`二、报名时间和地点` heads the application, and the meeting keeps the date its opening gives", () => {
    const notice = readNotice(
      lines(
        "市人大常委会办公室关于公民旁听市人大会议的公告",
        "市第八届人民代表大会第三次会议将于2026年2月6日在市会议中心三楼大会堂召开。现将有关事项公告如下：",
        "一、旁听资格",
        "本市年满18周岁的公民均可申请旁听。",
        "二、报名时间和地点",
        "报名时间为2026年1月15日—19日，地点在市人大常委会办公室秘书科。",
      ),
    );
    expect(notice.meetingDate?.value).toMatchObject({ month: 2, day: 6 });
    expect(notice.place?.value).not.toMatch(/19日|秘书科/);
  });
});

describe("news marks outweigh a record's shape (a family of the re-checked batches, written anew)", () => {
  const kindOf = (...paragraphs: string[]) => checkDocument({ paragraphs }).kind;

  it("a credit in brackets closing the last line, after its sentence, makes a report", () => {
    const record = [
      "3月30日，党委书记王维主持召开2026年第9次党委会会议，党委委员参加会议。",
      "会议研究决定，由学院办公室在4月10日前完成制度修订。",
    ];
    expect(kindOf(...record, "会议还研究了其他事项。")).toBe("minutes");
    expect(kindOf(...record, "会议还研究了其他事项。(审核:刘秋生)")).toBe("unsure");
  });

  it("a labelled record header does not outweigh a reporter's byline, unless the title calls it a 纪要", () => {
    const header = [
      "会议名称：县秋季秸秆禁烧工作推进会",
      "会议时间：2026年10月12日",
      "会议主持人：王刚",
      "与会人员：各乡镇分管负责人",
      "会议强调，各乡镇要在10月底前完成巡查。",
    ];
    expect(kindOf("县秋季秸秆禁烧工作推进会", ...header)).toBe("minutes");
    expect(kindOf("县秋季秸秆禁烧工作推进会", ...header, "（惠翔）")).toBe("unsure");
    expect(kindOf("县秋季秸秆禁烧工作推进会纪要", ...header, "（惠翔）")).toBe("minutes");
  });

  it("an association that calls itself 我会 tells of its own meeting", () => {
    const opening = "10月24日，某市商会召开四届十三次常务副会长会议，执行会长陈介南主持，常务副会长参加会议。";
    expect(kindOf(opening, "会议审议通过了换届工作方案，由秘书处在11月底前筹备。")).toBe("minutes");
    expect(
      kindOf(
        opening,
        "会议审议通过了换届工作方案，由秘书处在11月底前筹备。",
        "市工商联领导对我会第五届换届大会提出了意见。",
      ),
    ).toBe("unsure");
  });
});

describe("a speaker's words told in the writer's summary (a family of the re-checked batches, written anew)", () => {
  const opening = "7月25日上午，市河长办在水务局三楼会议室召开全市河长制工作推进会，各区河长办负责人参加会议。";

  it("我市 in the gist of what a speaker said is the speaker's, not the writer's voice", () => {
    const kindOf = (...paragraphs: string[]) => checkDocument({ paragraphs }).kind;
    const required = "他强调，各区河长办要在8月底前完成一河一策编制。";
    expect(kindOf(opening, `副主任刘明对我市河长制工作给予了充分肯定。${required}`)).toBe("minutes");
    expect(kindOf(opening, `副主任刘明对下一阶段我市河长制工作提出了明确要求。${required}`)).toBe("minutes");
    expect(kindOf(opening, `通过这次会议，我市河长制工作全面进入实施阶段。${required}`)).toBe("unsure");
  });

  it("a requirement said to be made, with the next work said to be arranged, tells nothing to carry out", () => {
    const decisions = readMinutes([
      opening,
      "会议听取了各区上半年河长制工作汇报，最后刘明副主任对全年工作提出了具体要求并安排部署了下一步工作。",
    ]).decisions;
    expect(decisions).toEqual([]);
  });
});

describe("a record numbered in two levels (a blind-r family, written anew)", () => {
  const decisionsOf = (...body: string[]) =>
    readMinutes([
      "某社区协进会活动小组会议",
      "2026年9月1日晚上八时，在社区活动室召开，组长王芳主持。",
      "出席：王芳、李强、赵敏",
      ...body,
    ]).decisions.map((d) => [d.text.at.paragraph, d.last, d.owner?.value ?? null, d.deadline?.value ?? null]);

  it("the parts under a decided item belong to it: its owner and its date may stand in any part", () => {
    expect(
      decisionsOf(
        "一、决定在十月十六日重阳节举办敬老活动。",
        "1. 地点在社区桂花巷。",
        "2. 节目由李强负责联系。",
        "二、决定在九月十九日下午办跳蚤市场。",
        "1. 摊位向赵敏登记。",
      ),
    ).toEqual([
      [3, 5, "李强", "十月十六日"],
      [6, 7, null, "九月十九日"],
    ]);
  });

  it("under a bare heading each part is a matter of its own; an item that tells how things stand decides nothing", () => {
    expect(
      decisionsOf(
        "一、组长强调指出",
        "1. 社区办公室要在9月10日前完成摸底。",
        "2. 要狠抓落实。",
        "二、总体形势",
        "总体形势：稳中向好，无安全事故。",
        "三、工作亮点",
        "1. 楼栋长队伍稳定，服务深入人心。",
        "2. 志愿者活动扎实有效。",
      ),
    ).toEqual([
      [4, 4, "社区办公室", "9月10日前"],
      [5, 5, null, null],
    ]);
  });
});

describe("what a record passes on, and who 各级 names (a blind-r family, written anew)", () => {
  const decisionsOf = (...body: string[]) =>
    readMinutes([
      "规划建设部召开重点项目调度会",
      "2026年4月2日上午，规划建设部副部长陈新主持召开部门重点项目调度会，部门全体人员参会。",
      ...body,
    ]).decisions.map((d) => [d.text.at.paragraph, d.owner?.value ?? null]);

  it("requirements passed on from another meeting are not this meeting's", () => {
    expect(decisionsOf("会议传达了管委会调度会的会议精神和领导要求，对一季度工作进行了总结。")).toEqual([]);
    expect(decisionsOf("会议传达了管委会调度会的会议精神。会议要求，综合组要在4月底前报送进度。")).toEqual([
      [2, "综合组"],
    ]);
  });

  it("各级税务局党委 is a class of bodies by level and type, so it names who acts", () => {
    expect(decisionsOf("局长强调，各级税务局党委要加强党对税务工作的全面领导。")).toEqual([[2, "各级税务局党委"]]);
  });
});

describe("records and reports of other institutions: courts, schools, clan associations (a blind-r family, written anew)", () => {
  const kindOf = (...paragraphs: string[]) => checkDocument({ paragraphs }).kind;

  it("a court's record opens with the day and 召开会议, its president 在会议上提出要求 counted out", () => {
    expect(
      kindOf(
        "3月17日上午，某区法院召开会议，认真学习全国“两会”精神。院长李明在会议上提出要求：",
        "一要认清形势，坚定信心。",
        "二要进一步转变工作作风，耐心细致地做好群众工作。",
      ),
    ).toBe("minutes");
  });

  it("a school's office that held the meeting on a day (于3月7日在…召开) opens a record", () => {
    expect(
      kindOf(
        "为推进2026年本科招生工作，教务处于3月7日在行政楼第二会议室召开招生形势研判会。副校长李军出席，处长金红主持。",
        "会议要求，各二级学院要在4月底前报送招生计划。",
      ),
    ).toBe("minutes");
  });

  it("a speaker's 今天召开座谈会 is no news dateline", () => {
    expect(
      kindOf(
        "学校召开教师代表座谈会",
        "11月20日下午，学校在行政楼二楼会议室召开教师代表座谈会，副院长吕明主持会议，17名教师代表参加。",
        "座谈会开始时，吕明指出，今天召开座谈会主要是听取一线教师的意见。会议要求，各职能部门要在12月底前逐条答复。",
      ),
    ).toBe("minutes");
  });

  it("a body naming itself in the writer's summary, a (拟稿:…,发布:…) credit and a (…10日讯) dateline make a report", () => {
    const record = [
      "3月20日下午，某县人民法院召开第十一次周例会，副院长刘明主持。",
      "会上，刘明传达了省高院的典型案例，并对我院周质效进行了点评。",
      "院长郭伟强调，全院干警要找准差距，在4月底前补齐短板。",
    ];
    expect(kindOf(...record)).toBe("unsure");
    expect(kindOf(record[0], "会议传达了省高院的典型案例。", record[2])).toBe("minutes");
    expect(kindOf(record[0], record[2], "(拟稿:柯伟,审核:陶丽,发布:柯伟)")).toBe("unsure");
    expect(
      kindOf(
        "某会馆召开紧急会员大会",
        "(峇株巴辖10日讯)某会馆将于本月16日上午10时在会馆2楼会议室召开紧急会员大会，请会员出席。",
      ),
    ).toBe("unsure");
  });
});

describe("a vote told in the record (a blind-r family, written anew)", () => {
  it("表决，聘请…为主任 and 投票确定了…人选 are decisions and personnel matters", () => {
    const facts = readMinutes([
      "某小学召开新一届家委会会议",
      "2026年10月14日下午，某小学在学校会议室召开新一届家委会会议，27位家长代表参加会议，校长方明主持。",
      "最后，通过家长代表们讨论并表决，聘请朱建为家长委员会主任，聘请胡明为家长委员会副主任。",
    ]);
    expect(facts.decisions.map((d) => d.text.at.paragraph)).toEqual([2]);
    expect(facts.personnel.map((p) => p.at.paragraph)).toEqual([2]);
  });
});

describe("a year said once in the opening, dates without it under labels (a blind-r family, written anew)", () => {
  it("`…大会2026年11月28日正式召开` gives the year of `报到：11月28日(周六)`: a hint, and the Saturday is reported", () => {
    const findings = checkDocument({
      paragraphs: [
        "关于召开某学院第三次学生代表大会的通知",
        "各学院：",
        "某学院第二次学生代表大会2025年4月15日召开以来，学生会圆满完成了各项任务。第三次学生代表大会2026年11月28日正式召开。现将有关事宜通知如下：",
        "一、大会时间",
        "1.代表报到：11月28日(周六)下午12:30",
        "二、大会地点",
        "学术报告厅",
      ],
    }).findings;
    const noYear = findings.filter((f) => f.ruleId === "notice/date-no-year");
    expect(noYear.map((f) => f.severity)).toEqual(["info"]);
    expect(findings.some((f) => f.ruleId === "notice/non-workday")).toBe(true);
  });
});

describe("a circular cut in its resolution, and requirements passed on by 通报 (a blind-s family, written anew)", () => {
  it("a text that stops inside a `(ii)` clause is cut, and nothing after the cut is reported missing", () => {
    const found = missingOrCut(
      lines(
        "某控股有限公司股东周年大会通告",
        "兹通告本公司谨订于2026年6月18日上午10时在香港中环某酒店三楼宴会厅举行股东周年大会，藉以处理下列事项：",
        "(a) 省览截至2025年12月31日止年度之经审核综合财务报表；",
        "(b) 授予董事一般授权以配发、发行及处理本公司股份，惟不得超过：",
        "(i) 供股；",
        "(ii) 行使本公司当时就其向雇员授出或发行股份之权利而采纳之",
      ),
    );
    expect(found).toContain("document/incomplete");
    expect(found).not.toContain("联系人");
  });

  it("通报了…的各项要求 passes on another body's requirements; it asks no one here", () => {
    const decisions = readMinutes([
      "民盟某市委召开换届工作会议",
      "2026年3月2日，民盟某市委在市政协三楼会议室召开换届工作会议，主委邱明主持，全体委员参加。",
      "市委统战部王部长通报了省委统战部对民盟市委换届的各项要求，随后，顾部长对换届的具体工作提出了要求。",
    ]).decisions;
    expect(decisions).toEqual([]);
  });
});

describe("an association's 纪要 under its letterhead (a blind-s family, written anew)", () => {
  it("the date closing the text is its 落款, not a 版头 date: the body is read, and 经理事会研究审议同意 decides", () => {
    const paragraphs = [
      "某市汽车行业协会",
      "━━━━━━━━━━━━━━━━━━━━",
      "某市汽车行业协会二届八次理事会纪要",
      "某市汽车行业协会第二届八次理事会于2026年1月21日在协会三楼会议室召开。协会副会长以上领导和理事单位代表共23人出席了会议。",
      "会议由王明会长主持。会议对延期召开三届会员大会问题进行审议。",
      "经理事会研究审议同意三届会员大会延期至2026年6月底前召开，由协会秘书处负责筹备。",
      "二〇二六年一月二十一日",
    ];
    const facts = readMinutes(paragraphs);
    expect(facts.body[0]).toBe(3);
    expect(facts.decisions.map((d) => [d.text.at.paragraph, d.owner?.value])).toEqual([[5, "协会秘书处"]]);
    expect(missing(paragraphs)).toEqual([]);
  });
});

describe("a school's one-paragraph record, and its news credit (a blind-s family, written anew)", () => {
  const kindOf = (...paragraphs: string[]) => checkDocument({ paragraphs }).kind;
  const record =
    "1月17日，教务处召开青年教师教学工作座谈会。刘明院长、朱强处长认真听取了各位教师反映的问题和意见，并决定本学期每位教师都上一次公开课。";

  it("who heard the teachers' views, and what was decided, make it a record", () => {
    expect(kindOf(record)).toBe("minutes");
  });

  it("a closing (文、图/… 审/…) credit makes it news", () => {
    expect(kindOf(record, "(文、图/杨茹 审/牛伟)")).toBe("unsure");
  });
});

describe("a class of posts names who acts (a blind-r family, written anew)", () => {
  it("各项目负责人 and 各系主任 are owners; 各部门 is still no one", () => {
    const ownerOf = (requirement: string) =>
      readMinutes([
        "规划建设部召开重点项目调度会",
        "2026年4月2日上午，规划建设部副部长陈新主持召开重点项目调度会，部门全体人员参会。",
        requirement,
      ]).decisions.map((d) => d.owner?.value ?? null);
    expect(ownerOf("会议强调，各项目负责人务必在4月底前夯实安全责任。")).toEqual(["各项目负责人"]);
    expect(ownerOf("会议要求，各系主任要在开学前完成排课。")).toEqual(["各系主任"]);
    expect(ownerOf("会议要求，各部门要在开学前完成排课。")).toEqual([null]);
  });
});
