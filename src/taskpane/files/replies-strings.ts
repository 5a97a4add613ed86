/** The words of file mode's 汇总回执 tab (beside strings.ts, which other panes share). */
export const R = {
  tab: "汇总回执",
  intro:
    "打开会议通知（.docx 或 .txt）和各单位报送的回执（.xlsx .xls .et .ods .csv .docx，可多选），汇总为参会名单，并按通知核对缺报、重复报名、超名额、逾期和无联系电话；再由名单生成待签名的签到表。",
  pickNotice: "打开会议通知…",
  pickReplies: "打开回执…",
  sample: "打开示例",
  notice: (name: string) => `通知：${name}`,
  replies: (count: number) => `回执：${count} 份`,
  needNotice: "请先打开会议通知：应到单位、名额和回执截止日期都从通知中读取。",
  summary: (people: number, replies: number) => `参会名单 ${people} 人，来自 ${replies} 份回执。`,
  summaryAdded: (people: number, added: number, replies: number, already: number) =>
    `参会名单共 ${people} 人，本次从 ${replies} 份回执新增 ${added} 人${already ? `（另有 ${already} 份回执此前已汇总，未重复读取）` : ""}。`,
  pickList: "打开已有参会名单…",
  listOpened: (file: string, people: number) => `加到已有参会名单：${file}（${people} 人），只添加新报名的人。`,
  noList: (file: string) => `${file}：没有找到参会名单（需要“姓名”列），不能在它上面添加`,
  dropList: "不加到已有名单",
  noUnits: "通知未逐一列出参会单位，未检查缺报。",
  findings: "回执核对结果",
  noFindings: "回执未发现问题。",
  tally: "各单位人数",
  tallyRow: (unit: string, count: number) => `${unit || "（未写单位）"}：${count} 人${count === 0 ? "（未报送）" : ""}`,
  order: "名单顺序",
  orderNotice: "按通知中的单位顺序",
  orderStrokes: "按姓氏笔画",
  downloadList: "下载参会名单（.xlsx）",
  downloadSignin: "下载签到表（.xlsx）",
  downloadSigninDocx: "下载签到表（Word）",
  listFile: "参会名单.xlsx",
  /** The 签到表's file name before .xlsx or .docx. */
  signinStem: "签到表",
  /** What a downloaded 参会名单 or 签到表 holds, said after its name. */
  people: (n: number) => `共 ${n} 人`,
  signinTitle: "生成签到表",
  signinIntro: (sheet: string) =>
    `按工作表“${sheet}”的名单生成待签名的签到表（A4，每页重复表头）；会后录入签名和签到时间，再在这里检查即可统计应到、实到、缺席。`,
  /** The Excel pane's words for writing the list into the workbook. */
  addTo: (sheet: string) => `加到工作表“${sheet}”（只添加新报名的人）`,
  writeList: "写入参会名单…",
  addBody: (sheet: string, added: number) => `将在工作表“${sheet}”的最后一行下面添加 ${added} 人，已有的行不改动。`,
  confirmAdd: "添加",
  nothingNew: (sheet: string) => `所选回执中的人都已在工作表“${sheet}”中，没有需要添加的。`,
  listBelow: (sheet: string) =>
    `工作表“${sheet}”的名单下面还有内容，添加的人会与之混在一起；请先把它移开，或不勾选“加到工作表”。`,
  added: (sheet: string, added: number, row: number) =>
    `已在工作表“${sheet}”第 ${row} 行起添加 ${added} 人。已重新检查，可按它生成座次图和签到表。`,
  where: (file: string, cell: string | null) => (cell ? `${file} · ${cell}` : file),
} as const;
