import rule from "../../../../src/core/rules/signin/total-mismatch";
import { MEETING_LINE, roster, sheet, signin, testRule } from "../../rule-tester";

/**
 * A pre-printed sheet of ten people in eleven rows (张三 twice), as the issue's clerk met it: 赵红梅's line signed by
 * 刘明, 马俊 and 吴九 blank, 郑十 on leave. Counted: 应到 10, 实到 7, 请假 1, 缺席 2. Data rows 4–14.
 */
const printed = (footer: (string | null)[][]) =>
  sheet("签到表", [
    ["XX会议签到表"],
    [MEETING_LINE],
    ["序号", "姓名", "单位", "职务", "签名"],
    [1, "张三", "财政局", "局长", "张三"],
    [2, "李四", "教育局", "科长", "李四"],
    [3, "王五", "民政局", "科员", "王五"],
    [4, "赵红梅", "水利局", "科员", "刘明"],
    [5, "马俊", "审计局", "科员", null],
    [6, "孙七", "农业局", "科员", "孙七"],
    [7, "周八", "林业局", "科员", "周八"],
    [8, "郑十（请假）", "商务局", "科员", null],
    [9, "钱一", "文旅局", "科员", "钱一"],
    [10, "吴九", "卫健局", "科员", null],
    [11, "张三", "财政局", "局长", "张三"],
    ...footer,
  ]);

testRule(rule, {
  valid: [
    {
      name: "a 记录人 line that agrees with the count",
      grids: [printed([["记录人：王芳　应到10人　实到7人　请假1人　缺席2人"]])],
    },
    {
      name: "counts in a title row that agree, in traditional script and Chinese numerals",
      grids: [
        sheet("签到表", [
          ["XX會議簽到表（應到三人）"],
          ["序号", "姓名", "单位", "签名"],
          [1, "张三", "财政局", "张三"],
          [2, "李四", "教育局", "李四"],
          [3, "王五", "民政局", null],
        ]),
      ],
    },
    {
      name: "a bare 合计 of the people who came",
      grids: [
        signin([
          [1, "张三", "财政局", "科员", "8:50", null, "张三"],
          ["合计", "1人"],
        ]),
      ],
    },
    {
      name: "numbers that are no count of people: 请假1天, 到会时间：8:30",
      grids: [printed([["注：郑十请假1天"], ["到会时间：8:30前", null, null, "实到人数：7"]])],
    },
    {
      name: "a written 应到 with no roster to count it against",
      grids: [
        signin([[1, "张三", "财政局", "科员", "8:50", null, "张三"]], [["XX会议签到表（应到20人）"], [MEETING_LINE]]),
      ],
    },
  ],
  invalid: [
    {
      name: "the issue's 记录人 line: a row printed twice and a proxy signature counted in 实到",
      grids: [printed([["记录人：王芳　应到11人　实到6人"]])],
      findings: [
        {
          messageId: "explained",
          data: {
            written: "应到11人",
            label: "应到",
            counted: 10,
            why: "张三（第 4、14 行）在表上有两行，一人只计一次",
          },
          cell: "A15",
          message: /^表上写“应到11人”，核对为应到 10 人：张三（第 4、14 行）在表上有两行，一人只计一次$/,
        },
        {
          messageId: "explained",
          data: { written: "实到6人", label: "实到", counted: 7, why: "赵红梅 由他人代签，计入实到（代签另列为错误）" },
          cell: "A15",
          message: /^表上写“实到6人”，核对为实到 7 人：赵红梅 由他人代签，计入实到（代签另列为错误）$/,
        },
      ],
    },
    {
      name: "a 合计 row that counts a duplicate sign-in twice",
      grids: [
        signin([
          [1, "张三", "财政局", "科员", "8:50", null, "张三"],
          [2, "李四", "教育局", "科员", "8:52", null, "李四"],
          [3, "张三", "财政局", "科员", "8:55", null, "张三"],
          ["合计", "3人"],
        ]),
      ],
      findings: [
        {
          messageId: "explained",
          data: { written: "合计3人", label: "实到", counted: 2, why: "张三（第 4、6 行）重复签到，一人只计一次" },
          cell: "A7",
          message: /核对为实到 2 人：张三（第 4、6 行）重复签到，一人只计一次$/,
        },
      ],
    },
    {
      name: "请假 written from the roster's marks, though one of them signed",
      grids: [
        signin([
          [1, "张三", "财政局", "科员", "8:50", null, "张三"],
          [2, "李四", "教育局", "科员", "8:52", null, "李四"],
          [null, "统计：请假2人"],
        ]),
        roster([
          ["张三", "财政局", "科员", null],
          ["李四", "教育局", "科员", "是"],
          ["王五", "民政局", "科员", "是"],
        ]),
      ],
      findings: [
        {
          messageId: "explained",
          data: { written: "请假2人", label: "请假", counted: 1, why: "李四 标为请假但签了到，计入实到而非请假" },
          cell: "B6",
          message: /^表上写“请假2人”，核对为请假 1 人：李四 标为请假但签了到，计入实到而非请假$/,
        },
      ],
    },
    {
      name: "a difference nothing on the sheet explains",
      grids: [
        signin([[1, "张三", "财政局", "科员", "8:50", null, "张三"]], [["XX会议签到表"], [MEETING_LINE, "实到10人"]]),
      ],
      findings: [
        {
          messageId: "unexplained",
          data: { written: "实到10人", label: "实到", counted: 1, diff: 9 },
          cell: "B2",
          message: /^表上写“实到10人”，核对为实到 1 人，相差 9 人，未找到原因，请逐行核对$/,
        },
      ],
    },
  ],
});
