import { toHalfWidth } from "./width";

export type PhoneKind = "mobile" | "landline" | "service" | "international";

export interface PhoneReading {
  /** Digits only (with an extension after `-`), for comparing two cells. */
  key: string;
  kind: PhoneKind | null;
}

const SEPARATORS = /[\s\-－—–()（）.·]/g;
const PLAIN_MOBILE = /^1[3-9]\d{9}$/;
const DIGITS_ONLY = /^\d+$/;
/** A mobile number in the 3-4-4 groups people type it in (`138 0013 8000`, `138-0013-8000`). */
const GROUPED_MOBILE = /^1[3-9]\d[ -]\d{4}[ -]\d{4}$/;
/** Whatever `splitPhones` splits at. */
const PHONE_SEPARATOR = /[/／,，;；、\n]|\s{2,}|或/;

/** One phone number as people type it: spaces, dashes, brackets, +86, 转 for an extension. */
export function readPhone(text: string): PhoneReading {
  if (PLAIN_MOBILE.test(text)) return { key: text, kind: "mobile" }; // most cells: one test instead of seven
  if (GROUPED_MOBILE.test(text)) return { key: text.slice(0, 3) + text.slice(4, 8) + text.slice(9), kind: "mobile" };
  let t = toHalfWidth(text).trim();
  let extension = "";
  const ext = /(?:转|分机|ext\.?|x)\s*(\d{1,6})\s*$/i.exec(t);
  if (ext) {
    extension = ext[1];
    t = t.slice(0, ext.index);
  }
  let digits = t.replace(SEPARATORS, "");
  // Hong Kong and Macau (852/853 and eight digits), Taiwan (886), and any number dialled abroad with +.
  if (/^\+?85[23]\d{8}$/.test(digits) || /^\+?886\d{8,9}$/.test(digits) || /^\+(?!86)\d{7,15}$/.test(digits))
    return { key: digits.replace(/^\+/, ""), kind: "international" };
  if (/^\+?86(?=1[3-9]\d{9}$)/.test(digits)) digits = digits.replace(/^\+?86/, "");
  if (/^\+?86(?=[1-9]\d{8,10}$)/.test(digits)) digits = "0" + digits.replace(/^\+?86/, "");
  const key = extension ? `${digits}-${extension}` : digits;
  if (!/^\d+$/.test(digits)) return { key, kind: null };
  if (/^1[3-9]\d{9}$/.test(digits)) return { key, kind: "mobile" };
  if (/^0(?:10|2\d|[3-9]\d{2})[2-9]\d{6,7}$/.test(digits)) return { key, kind: "landline" };
  // An office's internal line: the local number and an extension (83561200转6120), dialled inside the city.
  if (extension && /^[2-9]\d{6,7}$/.test(digits)) return { key, kind: "landline" };
  if (/^[48]00\d{7}$/.test(digits)) return { key, kind: "service" };
  return { key, kind: null };
}

/** A cell may hold several numbers: `13800138000/010-66668888`, `…、…`. */
export function splitPhones(text: string): string[] {
  if (DIGITS_ONLY.test(text)) return [text];
  if (!PHONE_SEPARATOR.test(text)) {
    const part = text.trim();
    return part === "" ? [] : [part];
  }
  return text
    .split(PHONE_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}
