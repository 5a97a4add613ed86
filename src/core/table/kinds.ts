import type { Role } from "./roles";

export type RegisterKind = "signin" | "roster" | "receipt" | "incoming" | "seal" | "tracking";

export const KIND_LABELS: Record<RegisterKind, string> = {
  signin: "会议签到表",
  roster: "参会名单",
  receipt: "会议通知签收登记表",
  incoming: "收文登记表",
  seal: "印章使用登记表",
  tracking: "督办台账",
};

/** Each inner list is one requirement; any role of it satisfies it (文号 or 标题). */
export const REQUIRED_ROLES: Record<RegisterKind, Role[][]> = {
  signin: [["name"], ["unit"], ["position"]],
  roster: [["name", "unit"]],
  receipt: [["receivingUnit"], ["receiver"], ["receiptTime"]],
  incoming: [["receivedDate"], ["fromUnit"], ["docNumber", "docTitle"]],
  seal: [["sealDate"], ["sealReason", "docTitle"], ["copies"], ["approver"], ["handler"]],
  tracking: [["matter"], ["owner"], ["deadline"]],
};

const DISTINCTIVE: Record<Exclude<RegisterKind, "roster" | "signin">, Role[]> = {
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
    const score = distinctive.filter((role) => roles.has(role)).length;
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
