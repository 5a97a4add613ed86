import rule from "../../../../src/core/rules/notice/missing-element";
import { notice, testTextRule } from "../../text-rule-tester";

const SINGLE = `关于召开全县防汛工作会议的通知
各乡镇人民政府：
经县政府研究，定于2026年12月3日（星期四）上午9:00在县政府三楼第一会议室召开全县防汛工作会议，传达上级防汛会议精神，部署防汛工作。请各乡镇分管负责同志参加。
联系人：王芳，电话：0571-87654321。
XX县人民政府办公室
2026年11月25日`;

testTextRule(rule, {
  valid: [
    { name: "the sectioned notice with 版头", text: notice() },
    { name: "a single-paragraph notice without 版头", text: SINGLE },
    { name: "a phone written in groups", text: SINGLE.replace("0571-87654321", "0571-8765 4321") },
  ],
  invalid: [
    {
      name: "no place",
      text: notice(/二、会议地点\n县政府三楼第一会议室。\n/),
      findings: [{ paragraph: null, message: /通知缺少“会议地点”/ }],
    },
    {
      name: "no contact person or phone",
      text: notice(/六、联系人及电话\n.*\n/),
      findings: [
        { paragraph: null, message: /联系人/ },
        { paragraph: null, message: /联系电话/ },
      ],
    },
    {
      name: "no signature and date",
      text: notice(/XX县人民政府办公室\n2026年11月25日$/),
      findings: [
        { paragraph: null, message: /发文机关署名/ },
        { paragraph: null, message: /成文日期/ },
      ],
    },
    {
      name: "no time, no attendees, no agenda",
      text: SINGLE.replace("2026年12月3日（星期四）上午9:00", "").replace(
        "，传达上级防汛会议精神，部署防汛工作。请各乡镇分管负责同志参加",
        "",
      ),
      findings: [
        { paragraph: null, message: /会议时间/ },
        { paragraph: null, message: /参会人员/ },
        { paragraph: null, message: /会议内容/ },
      ],
    },
  ],
});
