import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type CheckOptions, ConfigError, DEFAULT_OPTIONS } from "../core/rules/config";

export const DEFAULT_CONFIG_FILE = "huiwu.config.json";

/** Reads `--config FILE`, or huiwu.config.json in the current folder when there is one. */
export async function loadConfig(path: string | undefined): Promise<CheckOptions> {
  const file = path ? resolve(path) : resolve(DEFAULT_CONFIG_FILE);
  if (!path && !existsSync(file)) return DEFAULT_OPTIONS;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      code === "ENOENT"
        ? `找不到配置文件 ${file}`
        : code === "EISDIR"
          ? `配置文件 ${file} 是文件夹，不是文件`
          : `无法读取配置文件 ${file}（${code ?? "未知错误"}）`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new ConfigError(`配置文件 ${file} 不是有效的 JSON：${(error as Error).message}`);
  }
  // The validator (zod) and every rule's id load only when there is a file to validate.
  const [{ parseConfig }, { ALL_RULE_IDS }] = await Promise.all([
    import("../core/rules/config-schema"),
    import("../core/rules/rule-ids"),
  ]);
  return parseConfig(raw, ALL_RULE_IDS);
}
