/**
 * What the CLI prints for an error that is no UserError: a bug in huiwu itself, never the user's file or
 * option. The user gets one Chinese line saying so and whom to give it to; the engine's English (and the
 * stack) only with --debug or HUIWU_DEBUG=1, for the maintainer.
 */
export function internalErrorText(error: unknown, debug: boolean): string {
  const line =
    "内部错误：这是会务助手本身的缺陷，不是文件或操作的问题。请把所用的命令和文件交给维护人员（加 --debug 可显示详情）";
  if (!debug) return `huiwu: ${line}\n`;
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return `huiwu: ${line}\n${detail}\n`;
}

export const debugWanted = (argv: string[]) => argv.includes("--debug") || process.env.HUIWU_DEBUG === "1";
