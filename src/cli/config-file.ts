import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type CheckOptions, ConfigError, DEFAULT_OPTIONS, parseConfig } from "../core/rules/config";
import { ALL_RULE_IDS } from "../core/rules/rule-ids";

export const DEFAULT_CONFIG_FILE = "huiwu.config.json";

/** Reads `--config FILE`, or huiwu.config.json in the current folder when there is one. */
export function loadConfig(path: string | undefined): CheckOptions {
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
  return parseConfig(raw, ALL_RULE_IDS);
}
