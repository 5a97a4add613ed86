import { matchKey } from "../text/normalize";

/** What a column of a register holds. Canonical header first, then the synonyms users write. */
export const ROLE_HEADERS = {
  seq: ["序号", "编号", "序", "顺序号", "登记编号", "收文编号", "收文号", "收文序号", "登记号", "流水号"],
  name: ["姓名", "名字", "参会人", "参会人员", "与会人员", "参会人姓名", "参会人员姓名"],
  unit: ["单位", "工作单位", "单位名称", "部门", "处室", "科室", "参会单位", "应到单位", "所在单位"],
  position: ["职务", "职务/职称", "职称", "职位", "岗位"],
  phone: ["联系电话", "电话", "手机", "手机号", "手机号码", "联系方式", "办公电话", "电话号码"],
  signinTime: ["签到时间", "到会时间", "报到时间", "签到"],
  signature: [
    "签名",
    "签字",
    "本人签名",
    "本人签字",
    "领取人签字",
    "领取人签名",
    "领取签字",
    "领取签名",
    "领用人签字",
    "签领",
  ],
  receivingUnit: ["接收单位", "受文单位", "被通知单位", "通知单位"],
  receiver: ["签收人", "接收人", "签收"],
  receiptTime: ["签收时间", "签收日期"],
  sentTime: ["发出时间", "通知时间", "送达时间", "发文时间", "发出日期", "发送时间", "发送日期", "下发时间"],
  channel: ["通知方式", "发送方式", "方式"],
  reply: ["回执", "回复", "是否回复", "回执情况"],
  secrecy: ["密级", "秘密等级"],
  receivedDate: ["收文日期", "收文时间", "来文日期"],
  fromUnit: ["来文单位", "来文机关", "发文单位", "发文机关"],
  docNumber: ["文号", "发文字号", "来文字号", "文件编号", "发文编号", "来文文号", "文件字号", "来文编号"],
  docTitle: ["标题", "文件标题", "文件名称", "题名", "会议名称"],
  category: ["类别", "文件类别", "办理类别"],
  proposal: ["拟办意见", "拟办", "拟办情况"],
  directorSign: ["审签", "主任审签", "领导批示", "领导签批"],
  sealDate: ["用印日期", "使用日期", "日期", "用印时间", "使用时间", "盖章日期", "用章日期", "用章时间"],
  sealName: ["印章名称", "印章类型", "印章种类", "用印类别"],
  sealReason: ["用印事由", "使用事由", "用途", "用途说明", "事由"],
  copies: ["份数", "用印份数", "文件数量", "数量", "印数", "用印数", "盖章份数", "用章数量"],
  approver: ["审批人", "批准人", "签批人", "批办人", "审核人", "批准人签字", "审批人签字"],
  approvalMethod: ["审批方式", "批准方式"],
  backfill: ["补签", "补签情况", "补签日期"],
  handler: ["经办人", "承办人", "申请人", "使用人"],
  matter: [
    "议定事项",
    "督办事项",
    "决定事项",
    "会议议定事项",
    "事项",
    "工作任务",
    "任务内容",
    "工作事项",
    "重点任务",
    "督办内容",
  ],
  owner: [
    "责任单位",
    "牵头单位",
    "责任部门",
    "承办单位",
    "主办单位",
    "责任科室",
    "责任处室",
    "落实单位",
    "牵头部门",
    "责任主体",
  ],
  deadline: [
    "完成时限",
    "办结时限",
    "完成时间",
    "时限",
    "办理时限",
    "完成期限",
    "截止时间",
    "截止日期",
    "时间节点",
    "完成时间节点",
  ],
  status: ["状态", "办理状态", "是否办结", "办结情况", "完成状态", "落实状态"],
  progress: ["办理情况", "进展情况", "落实情况", "进展", "办理结果", "完成情况", "推进情况", "工作进展", "进度"],
  source: ["来源", "事项来源", "会议来源", "来源会议", "纪要文号", "督办依据"],
  material: ["材料名称", "资料名称", "会议材料", "会议材料名称", "会议资料", "文件资料名称", "材料", "资料"],
  copyNumber: ["份号", "文件份号", "材料份号", "资料份号", "发放份号"],
  recipient: ["领取人", "领取人姓名", "领用人", "领取者", "资料领取人"],
  recipientUnit: ["领取单位", "领用单位", "领取部门", "领取单位名称"],
  collectTime: ["领取时间", "领取日期", "发放时间", "发放日期", "领用时间", "领用日期", "分发时间", "分发日期"],
  recoveryTime: ["回收时间", "回收日期", "收回时间", "收回日期", "清退时间", "清退日期", "退回时间", "退回日期"],
  recoverer: ["回收人", "收回人", "清退人", "回收人签字", "回收签字", "回收经办人"],
  recoveryState: ["回收情况", "是否回收", "回收", "收回情况", "是否收回", "清退情况", "是否清退", "回收登记"],
  leave: ["请假", "是否请假", "请假情况"],
  /** An e-sign-in export's own record of each person: 正常, 迟到, 请假, 未签到. */
  signinStatus: ["签到状态", "考勤状态", "出勤状态", "到会状态", "签到情况", "出勤情况", "签到结果"],
  rank: ["排序", "排位", "座次", "位次", "座次排序", "排名", "排列顺序", "座次号"],
  remark: ["备注", "说明"],
} as const;

export type Role = keyof typeof ROLE_HEADERS;

/** Each synonym's role and its place in the role's list (0 = the canonical header). */
const ROLE_BY_HEADER = new Map<string, { role: Role; rank: number }>();
for (const [role, headers] of Object.entries(ROLE_HEADERS) as [Role, readonly string[]][]) {
  headers.forEach((header, rank) => ROLE_BY_HEADER.set(matchKey(header), { role, rank }));
}
const HEADERS_BY_LENGTH = [...ROLE_BY_HEADER.keys()].filter((h) => h.length >= 2).sort((a, b) => b.length - a.length);

const MARKS_OR_NOTE = /[*＊※:：）)】\]]/;

/** Header cell text in the form headers are compared: simplified, no spaces, no marks or notes. */
export function headerKey(text: string): string {
  const key = matchKey(text);
  // Most texts (every data cell checked against the header) have none of the marks: skip three replaces.
  if (!MARKS_OR_NOTE.test(key)) return key;
  return withoutTrailingNote(key.replace(/[*＊※]/g, "")).replace(/[:：]$/, "");
}

const OPENERS = "（(【[";
const CLOSERS = "）)】]";

/**
 * The text without a bracketed note at its end (`姓名（必填）` → `姓名`), from the first opening bracket after the
 * last inner closing one. A scan, not /[（(【[][^）)】\]]*[）)】\]]$/: that tries every opening bracket to the end,
 * 1.6 s for one 32,767-character cell.
 */
function withoutTrailingNote(key: string): string {
  const end = key.length - 1;
  if (end < 0 || !CLOSERS.includes(key[end])) return key;
  let from = end - 1;
  while (from >= 0 && !CLOSERS.includes(key[from])) from--;
  for (let i = from + 1; i < end; i++) if (OPENERS.includes(key[i])) return key.slice(0, i);
  return key;
}

/**
 * The role a header names: an exact synonym first, then the longest synonym it contains. `rank` says how
 * well: a synonym early in its list (经办人 before 申请人) and an exact match beat the others, so when two
 * columns name one role (申请人 and 经办人; 收文号 and 文号) the better one takes it.
 */
export function roleMatchOfHeader(text: string): { role: Role; rank: number } | null {
  const key = headerKey(text);
  if (key === "") return null;
  const match = roleMatchOfKey(key);
  if (match) return match;
  // `Name/姓名`, `Organization/工作单位` (a bilingual form) and `(原)职务(职级)或职称` (notes inside the header):
  // the Chinese words outside the brackets name the column.
  const core = key
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/[a-z][a-z\s.'-]*/g, "")
    .replace(/^[/／|、\s]+|[/／|、\s]+$/g, "");
  return core !== "" && core !== key && /[\u4e00-\u9fa5]/.test(core) ? roleMatchOfKey(core) : null;
}

function roleMatchOfKey(key: string): { role: Role; rank: number } | null {
  const exact = ROLE_BY_HEADER.get(key);
  if (exact) return exact;
  if (key.length > 8) return null;
  // 签到地点, 签到方式, 通知人数: a header that names something about a role's column is not that column.
  // 是否会员单位, 是否需要接站: a yes-or-no question about something, not the column of that thing.
  const question = key.startsWith("是否");
  const contained = HEADERS_BY_LENGTH.find(
    (header) =>
      key.includes(header) &&
      (!question || header.startsWith("是否")) &&
      !ATTRIBUTE_AFTER.test(key.slice(key.indexOf(header) + header.length)),
  );
  if (contained === undefined) return null;
  const match = ROLE_BY_HEADER.get(contained)!;
  return { role: match.role, rank: CONTAINED_RANK + match.rank };
}

const ATTRIBUTE_AFTER = /^(地点|地址|方式|形式|人数|次数|份数|类型|位置|座位|座次|照片|图片|二维码|要求|状态)/;

const CONTAINED_RANK = 100;

/** The role a header key names exactly (one synonym, no containment): a map lookup, cheap enough for every row. */
export function exactRoleOfHeaderKey(key: string): Role | null {
  return ROLE_BY_HEADER.get(key)?.role ?? null;
}

export function roleOfHeader(text: string): Role | null {
  return roleMatchOfHeader(text)?.role ?? null;
}

export function canonicalHeader(role: Role): string {
  return ROLE_HEADERS[role][0];
}

export const DATE_ROLES: ReadonlySet<Role> = new Set<Role>([
  "signinTime",
  "receiptTime",
  "sentTime",
  "receivedDate",
  "sealDate",
  "collectTime",
  "recoveryTime",
]);

export const PERSON_ROLES: ReadonlySet<Role> = new Set<Role>([
  "name",
  "receiver",
  "approver",
  "handler",
  "recipient",
  "recoverer",
]);

export const NUMERIC_ROLES: ReadonlySet<Role> = new Set<Role>(["seq", "phone", "copies", "docNumber", "copyNumber"]);
