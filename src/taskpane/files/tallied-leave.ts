import type { TallyParts } from "../../core/meeting/tally";
import type { RankedPerson } from "../../core/seating/ranked";
import { matchKey } from "../../core/text/normalize";

/**
 * The 名单's people, on leave as the sign-in tally counts them: a person the 名单 marks on leave who signed came
 * (seated, a 桌签), one the 签到表 marks on leave is away. Without a tally's parts the 名单's own marks stand, and
 * they are what the tally counts then.
 */
export function onLeaveAsTallied(people: RankedPerson[], parts: TallyParts | null): RankedPerson[] {
  if (!parts) return people;
  const away = new Set(parts.leave.map((name) => matchKey(name)));
  return people.map((p) => (p.onLeave === away.has(p.nameKey) ? p : { ...p, onLeave: away.has(p.nameKey) }));
}
