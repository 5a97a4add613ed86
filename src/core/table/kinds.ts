import type { Role } from "./roles";

export type RegisterKind = "signin" | "roster" | "receipt" | "incoming" | "seal" | "tracking" | "materials" | "seating";

export const KIND_LABELS: Record<RegisterKind, string> = {
  signin: "会议签到表",
  roster: "参会名单",
  receipt: "会议通知签收登记表",
  incoming: "收文登记表",
  seal: "印章使用登记表",
  tracking: "督办台账",
  materials: "会议材料发放登记表",
  seating: "座次图/桌签",
};

/** Each inner list is one requirement; any role of it satisfies it (文号 or 标题). */
export const REQUIRED_ROLES: Record<RegisterKind, Role[][]> = {
  signin: [["name"], ["unit"], ["position"]],
  roster: [["name", "unit"]],
  receipt: [["receivingUnit"], ["receiver"], ["receiptTime"]],
  incoming: [["receivedDate"], ["fromUnit"], ["docNumber", "docTitle"]],
  seal: [["sealDate"], ["sealReason", "docTitle"], ["copies"], ["approver"], ["handler"]],
  tracking: [["matter"], ["owner"], ["deadline"]],
  materials: [
    ["material", "docTitle"],
    ["recipient", "recipientUnit"],
    ["signature", "collectTime"],
  ],
  // A 座次图 is a grid of names with no header; a 桌签 list needs only its 姓名 column, which made it one.
  seating: [],
};

/**
 * Listed first, materials wins a tie: 份号, 领取 and 回收 say more than 签收人 and 签收时间, which a 材料发放登记表
 * shares with a receipt register. 文件名称 counts for it, but never alone.
 */
const DISTINCTIVE: Record<Exclude<RegisterKind, "roster" | "signin" | "seating">, Role[]> = {
  materials: [
    "material",
    "docTitle",
    "copyNumber",
    "recipient",
    "recipientUnit",
    "collectTime",
    "recoveryTime",
    "recoverer",
    "recoveryState",
  ],
  receipt: ["receivingUnit", "receiver", "receiptTime", "sentTime", "channel", "reply"],
  incoming: ["receivedDate", "fromUnit", "category", "proposal", "directorSign"],
  seal: ["sealDate", "sealName", "sealReason", "copies", "approver", "approvalMethod", "backfill", "handler"],
  tracking: ["matter", "owner", "deadline", "status", "progress", "source"],
};

/** The register kind a set of header roles describes, or null when it is none of them. */
export function detectKind(roles: ReadonlySet<Role>): RegisterKind | null {
  let best: RegisterKind | null = null;
  let bestScore = 1;
  for (const [kind, distinctive] of Object.entries(DISTINCTIVE) as [RegisterKind, Role[]][]) {
    // 材料名称 is named by no other register: it counts twice, so 材料名称 with 姓名 and 签名 is no sign-in sheet.
    const bonus = kind === "materials" && roles.has("material") ? 1 : 0;
    const score = distinctive.filter((role) => roles.has(role)).length + bonus;
    if (score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }
  if (best) return best;
  const hasPerson = roles.has("name");
  if (hasPerson && (roles.has("signinTime") || roles.has("signature"))) return "signin";
  if (hasPerson || roles.has("unit")) return "roster";
  return null;
}
