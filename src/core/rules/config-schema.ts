import { z } from "zod";
import { type CheckOptions, ConfigError, DEFAULT_OPTIONS } from "./config";
import { chineseIssue } from "../chinese-issue";

// Apart from config.ts so that a run with no config file never loads zod.

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "日期应写作 YYYY-MM-DD，例如 2027-01-01" });

const ruleSetting = z.enum(["off", "error", "warning", "info"], {
  message: "规则设置只能是 off、error、warning 或 info",
});

/** A count of working days, 0 to 60; a value of the wrong kind is reported under the field's name. */
const workdayCount = (field: string) =>
  z
    .number({ message: `${field} 应为数字` })
    .int({ message: `${field} 应为整数` })
    .min(0)
    .max(60)
    .optional();

/** The shape of huiwu.config.json (also what the pane stores with a workbook). */
export const configSchema = z
  .object({
    rules: z.record(z.string(), ruleSetting).optional(),
    noticeDays: workdayCount("noticeDays"),
    lateGraceMinutes: z.number({ message: "lateGraceMinutes 应为数字" }).int().min(0).max(240).optional(),
    sealNames: z.array(z.string(), { message: "sealNames 应为印章名称列表" }).optional(),
    minutesDays: z.object({ info: z.number().int().min(0), warning: z.number().int().min(0) }).optional(),
    dueSoonDays: workdayCount("dueSoonDays"),
    seatingSide: z
      .enum(["left", "right"], { message: "seatingSide 只能是 left（左高右低）或 right（以右为上）" })
      .optional(),
    holidays: z.array(isoDay, { message: "holidays 应为日期列表" }).optional(),
    workdays: z.array(isoDay, { message: "workdays 应为日期列表" }).optional(),
  })
  .strict();

export type ConfigFile = z.infer<typeof configSchema>;

/**
 * Validates a parsed config object; every problem becomes one Chinese line naming the field, and the file when
 * `fileName` is given (the pane's stored settings have none).
 */
export function parseConfig(raw: unknown, knownRuleIds: readonly string[], fileName?: string): CheckOptions {
  const faulty = fileName ? `配置文件 ${fileName} 有误` : "配置文件有误";
  const result = configSchema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const where = issue.path.length ? issue.path.join(".") : "配置";
      const message =
        issue.code === "unrecognized_keys" ? `未知的配置项 ${issue.keys.join("、")}` : chineseIssue(issue);
      return `${where}：${message}`;
    });
    throw new ConfigError(`${faulty}：${lines.join("；")}`);
  }
  const config = result.data;
  const unknown = Object.keys(config.rules ?? {}).filter((id) => !knownRuleIds.includes(id));
  if (unknown.length) throw new ConfigError(`${faulty}：没有这些规则 ${unknown.join("、")}`);
  return {
    ...DEFAULT_OPTIONS,
    ...config,
    rules: config.rules ?? {},
    minutesDays: config.minutesDays ?? DEFAULT_OPTIONS.minutesDays,
  };
}
