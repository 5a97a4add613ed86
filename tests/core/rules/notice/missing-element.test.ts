import rule from "../../../../src/core/rules/notice/missing-element";
import { notice, testTextRule } from "../../text-rule-tester";

const SINGLE = `关于召开全县防汛工作会议的通知
各乡镇人民政府：
经县政府研究，定于2026年12月3日（星期四）上午9:00在县政府三楼第一会议室召开全县防汛工作会议，传达上级防汛会议精神，部署防汛工作。请各乡镇分管负责同志参加。
联系人：王芳，电话：0571-87654321。
XX县人民政府办公室
2026年11月25日`;

/** Published by a provincial office through a converter that left pinyin after traditional characters. */
const GLOSSED = `各市州、縣市區(qū)農(nóng)業(yè)局:
經(jīng)研究,定于2012年元月8日-9日在長沙召開全省種業(yè)工作會(huì)議。現(xiàn)將有關(guān)事項(xiàng)通知如下:
一、會(huì)議內(nèi)容。總結(jié)2011年部署2012年種業(yè)工作。
二、參加會(huì)議人員。各市州農(nóng)業(yè)局分管種子工作副局長。
三、會(huì)議地點(diǎn)。開源鑫城大酒店三樓會(huì)議廳。
會(huì)議聯(lián)系人,省種子管理局黃勇,0731-84411019。
湖南省農業廳辦公室
2011年12月21日`;

/** A whole notice pasted as one paragraph, its sections separated by spaces, its date at the end. */
const ONE_PARAGRAPH =
  "各县(市)、区农业局: 为总结交流2009年农业科教工作,决定召开全市农业科教工作会议,现就有关事项通知如下。 一、会议主要内容 总结交流2009年农业科教工作。 二、会议参加对象 各县(市)、区农业局分管副局长。 三、会议地点及时间 会议定于2010年3月2日上午9:30开始,会期1天。 会议地点:宁波饭店三楼会议室。 联系人:浩兵;联系电话:0574-87133252。 宁波市农业局 二〇一〇年二月二十一日";

/** No title; the body's first line ends with a colon but is a sentence, not the 主送机关; 特此通知 is no title. */
const NO_TITLE = `经研究，决定召开区第十七届人大常委会第一次主任会议。现将有关事项通知如下：
一、会议时间
2012年4月25日上午8:30开始，会期半天。
二、会议地点
区行政大楼九楼东会议室
三、会议议题
听取区人民政府关于智慧城管工作情况的报告。
四、参加对象
区人大常委会主任、副主任。
联系人：王芳，电话：0574-87654321。
特此通知
宁波市鄞州区人大常委会办公室
2012年4月18日`;

testTextRule(rule, {
  valid: [
    {
      name: "pinyin glosses in traditional script; labels closed by 。; 元月; 联系人 followed by a comma",
      text: GLOSSED,
    },
    { name: "a notice pasted as one paragraph, with its 署名 and 成文日期 at the end", text: ONE_PARAGRAPH },
    { name: "no title, a sentence ending in a colon, 特此通知", text: NO_TITLE },
    {
      name: "headings worded another way: 三、人员, 二、会场地点",
      text: NO_TITLE.replace("四、参加对象", "四、人员").replace("二、会议地点", "二、会场地点"),
    },
    {
      name: "who comes said in a sentence: 会议范围是…",
      text: NO_TITLE.replace("四、参加对象\n区人大常委会主任、副主任。\n", "会议范围是区人大常委会主任、副主任。\n"),
    },
    { name: "the sectioned notice with 版头", text: notice() },
    { name: "a single-paragraph notice without 版头", text: SINGLE },
    { name: "a phone written in groups", text: SINGLE.replace("0571-87654321", "0571-8765 4321") },
  ],
  invalid: [
    {
      name: "no place",
      text: notice(/二、会议地点\n县政府三楼第一会议室。\n/),
      findings: [
        { messageId: "missing", data: { element: "会议地点" }, paragraph: null, message: /通知缺少“会议地点”/ },
      ],
    },
    {
      name: "no contact person or phone",
      text: notice(/六、联系人及电话\n.*\n/),
      findings: [
        { messageId: "missing", data: { element: "联系人" }, paragraph: null, message: /联系人/ },
        { messageId: "missing", data: { element: "联系电话" }, paragraph: null, message: /联系电话/ },
      ],
    },
    {
      name: "no signature and date",
      text: notice(/XX县人民政府办公室\n2026年11月25日$/),
      findings: [
        { messageId: "missing", data: { element: "发文机关署名" }, paragraph: null, message: /发文机关署名/ },
        { messageId: "missing", data: { element: "成文日期" }, paragraph: null, message: /成文日期/ },
      ],
    },
    {
      name: "no time, no attendees, no agenda",
      text: SINGLE.replace("2026年12月3日（星期四）上午9:00", "").replace(
        "，传达上级防汛会议精神，部署防汛工作。请各乡镇分管负责同志参加",
        "",
      ),
      findings: [
        { messageId: "missing", data: { element: "会议时间" }, paragraph: null, message: /会议时间/ },
        { messageId: "missing", data: { element: "参会人员/参会单位" }, paragraph: null, message: /参会人员/ },
        { messageId: "missing", data: { element: "会议内容/议程" }, paragraph: null, message: /会议内容/ },
      ],
    },
  ],
});
