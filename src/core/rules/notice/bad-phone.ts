import type { Located } from "../../document/span";
import { readPhone } from "../../text/phone";
import { defineNoticeRule } from "./define";

/** `0371-65956924、65907827`: a local number listed right after one with its area code shares that code. */
const AREA_CODE = /^(0(?:10|2\d|[3-9]\d{2}))[\s\-－—–]*[2-9]\d{6,7}$/;
const LIST_GAP = /^[\s、,，/／或;；]*$/;
/**
 * A notice of Hong Kong, Macau or Taiwan: its local numbers have no mainland area code (`2833 7676`, `22289111`,
 * `(02)2228-9111`, `295-1611`), and are valid there (RULES.md §1).
 */
const NOT_MAINLAND =
  /香港|澳门|特别行政区|立法会|民国\s*\d|台湾|台北|新北|桃园|台中|台南|高雄|花莲|宜兰|新竹|嘉义|屏东|基隆|云林|彰化|苗栗|南投|台东|澎湖|金门/;
const LOCAL_ELSEWHERE = /^(?:0\d{1,2})?[2-9]\d{5,7}$/;

export default defineNoticeRule({
  meta: {
    id: "notice/bad-phone",
    group: "notice",
    kindFree: true,
    severity: "warning",
    description: "联系电话不是有效的手机号或带区号的固定电话（紧跟在带区号号码后的本地号码沿用该区号）",
    source: "practice：会议通知应写明联系人姓名和电话",
    messages: {
      badPhone: "联系电话“{phone}”不是有效的手机号或带区号的固定电话",
      badPhones: "联系电话{phones}都不是有效的手机号或带区号的固定电话",
    },
    fixable: false,
  },
  check(ctx) {
    const bad = new Map<number, Located<string>[]>();
    let areaCode: string | null = null;
    let previous: Located<string> | null = null;
    const elsewhere = ctx.paragraphs.some((p) => NOT_MAINLAND.test(p));
    for (const phone of ctx.doc.phones) {
      const listed =
        previous !== null &&
        previous.at.paragraph === phone.at.paragraph &&
        LIST_GAP.test(ctx.paragraphs[phone.at.paragraph].slice(previous.at.end, phone.at.start));
      if (!listed) areaCode = null;
      previous = phone;
      const digits = phone.value.replace(/[\s\-－—–()（）]/g, "");
      const reading = readPhone(phone.value);
      if (reading.kind !== null) {
        areaCode =
          AREA_CODE.exec(phone.value.replace(/[()（）]/g, ""))?.[1] ?? (reading.kind === "landline" ? areaCode : null);
        continue;
      }
      if (areaCode && /^[2-9]\d{6,7}$/.test(digits) && readPhone(areaCode + digits).kind === "landline") continue;
      if (elsewhere && LOCAL_ELSEWHERE.test(digits)) continue;
      const inParagraph = bad.get(phone.at.paragraph) ?? [];
      bad.set(phone.at.paragraph, [...inParagraph, phone]);
    }
    // Several bad numbers on one line are one fault of that line (`联系电话：88405169 88405003`).
    for (const phones of bad.values()) {
      const [first, last] = [phones[0], phones[phones.length - 1]];
      if (phones.length === 1) ctx.report({ messageId: "badPhone", at: first.at, data: { phone: first.value } });
      else
        ctx.report({
          messageId: "badPhones",
          at: { ...first.at, end: last.at.end },
          data: { phones: phones.map((p) => `“${p.value}”`).join("") },
        });
    }
  },
});
