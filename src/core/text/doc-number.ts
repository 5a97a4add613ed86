import { toHalfWidth } from "./width";

export interface DocNumberCheck {
  problems: ("brackets" | "di" | "padding")[];
  /** The number in GB/T 9704 7.2.5 form: `X政办发〔2026〕12号`. */
  fixed: string;
}

const WRONG_BRACKETS = /[[(（【﹝「〈<［]\s*(\d{4})\s*[\])）】﹞」〉>］]/;
const DI = /(〕|\])\s*第\s*(\d+)\s*号/;
const PADDED = /〕\s*0+(\d+)\s*号/;

/** 发文字号: year in 六角括号, no 第, no zero-padding (GB/T 9704 7.2.5). */
export function checkDocNumber(text: string): DocNumberCheck {
  const problems: DocNumberCheck["problems"] = [];
  let fixed = text.trim();
  if (WRONG_BRACKETS.test(fixed)) {
    problems.push("brackets");
    fixed = fixed.replace(WRONG_BRACKETS, (_whole, year: string) => `〔${toHalfWidth(year)}〕`);
  }
  if (DI.test(fixed)) {
    problems.push("di");
    fixed = fixed.replace(DI, (_whole, bracket: string, n: string) => `${bracket}${n}号`);
  }
  if (PADDED.test(fixed)) {
    problems.push("padding");
    fixed = fixed.replace(PADDED, (_whole, n: string) => `〕${n}号`);
  }
  return { problems, fixed };
}

/** What is wrong, in Chinese, quoting the user's own number where that helps (`写“12号”，不写“012号”`). */
export function docNumberProblems(text: string, problems: DocNumberCheck["problems"]): string {
  return problems
    .map((problem) => {
      if (problem === "brackets") return "年份应用六角括号〔〕";
      if (problem === "di") return "序号前不加“第”";
      const padded = /(0+\d+)\s*号/.exec(toHalfWidth(text))?.[1];
      return padded ? `序号不编虚位（写“${Number(padded)}号”，不写“${padded}号”）` : "序号不编虚位";
    })
    .join("，");
}

/** The key two registrations of one document share: number in fixed form, no spaces. */
export function docNumberKey(text: string): string {
  return checkDocNumber(toHalfWidth(text)).fixed.replace(/\s+/g, "");
}
