import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { jsonSyntaxProblem } from "../core/json-syntax";
import { type CheckOptions, ConfigError, DEFAULT_OPTIONS } from "../core/rules/config";
import { RegularFileError, readRegularFile } from "./regular-file";

export const DEFAULT_CONFIG_FILE = "huiwu.config.json";
/** A configuration is a few hundred bytes; a megabyte is no configuration. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** Reads `--config FILE`, or huiwu.config.json in the current folder when there is one. */
export async function loadConfig(path: string | undefined): Promise<CheckOptions> {
  const file = path ? resolve(path) : resolve(DEFAULT_CONFIG_FILE);
  if (!path && !existsSync(file)) return DEFAULT_OPTIONS;
  let text: string;
  try {
    text = new TextDecoder().decode(await readRegularFile(file, MAX_CONFIG_BYTES));
  } catch (error) {
    if (!(error instanceof RegularFileError)) throw error;
    const reason = error.reason;
    throw new ConfigError(
      reason.why === "missing"
        ? `找不到配置文件 ${file}`
        : reason.why === "folder"
          ? `配置文件 ${file} 是文件夹，不是文件`
          : reason.why === "special"
            ? `配置文件 ${file} 不是普通文件（命名管道、设备或套接字），不读取`
            : reason.why === "too-large"
              ? `配置文件 ${file} 超过 1 MB，不是 huiwu 的配置文件，不读取`
              : `无法读取配置文件 ${file}（${reason.code}）`,
    );
  }
  const json = text.replace(/^\uFEFF/, "");
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new ConfigError(`配置文件 ${file} 不是有效的 JSON：${jsonSyntaxProblem(json, error)}`);
  }
  // The validator (zod) and every rule's id load only when there is a file to validate.
  const [{ parseConfig }, { ALL_RULE_IDS }] = await Promise.all([
    import("../core/rules/config-schema"),
    import("../core/rules/rules"),
  ]);
  return parseConfig(raw, ALL_RULE_IDS, file);
}
