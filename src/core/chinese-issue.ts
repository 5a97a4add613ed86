import type { z } from "zod";

const TYPE_NAMES: Record<string, string> = {
  string: "文字",
  number: "数字",
  int: "整数",
  boolean: "true 或 false",
  array: "列表（[…]）",
  object: "对象（{…}）",
  date: "日期",
};

const GIVEN: Record<string, string> = {
  string: "文字",
  number: "数字",
  boolean: "true/false",
  array: "列表",
  object: "对象",
  null: "空值（null）",
  undefined: "空",
};

/** What a value is, as said back to the user: “不能是列表”. */
function given(input: unknown): string {
  const kind = input === null ? "null" : Array.isArray(input) ? "array" : typeof input;
  return GIVEN[kind] ?? kind;
}

/**
 * A zod issue in Chinese. The schemas' own messages are Chinese already; zod's defaults (“Invalid input: expected
 * object, received array”) are English, and would reach the user as they are.
 */
export function chineseIssue(issue: z.core.$ZodIssue): string {
  if (/[\u3400-\u9fff]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}，不能是${given(issue.input)}`;
    case "too_small":
      return `应不小于 ${String(issue.minimum)}`;
    case "too_big":
      return `应不大于 ${String(issue.maximum)}`;
    case "invalid_format":
      return "格式不对";
    case "unrecognized_keys":
      return `不认识的字段 ${issue.keys.join("、")}`;
    case "invalid_value":
      return `只能是 ${issue.values.map((v) => String(v)).join("、")}`;
    default:
      return "取值不对";
  }
}
