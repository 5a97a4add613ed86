/**
 * Where a JSON text fails to parse, in Chinese, from the engine's English message (which names a position, or
 * only the unexpected character): “第 3 行第 12 列有语法错误”.
 */
export function jsonSyntaxProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/Unexpected end of JSON input/i.test(message)) return "内容不完整（在结尾处中断）";
  const position = /at position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    return `第 ${line} 行第 ${column} 列有语法错误`;
  }
  const token = /Unexpected token '(.{1,2})'/u.exec(message)?.[1];
  if (token !== undefined) {
    const at = text.indexOf(token);
    if (at >= 0)
      return jsonSyntaxProblem(text, new Error(`at position ${at}`)).replace("有语法错误", `的“${token}”不合语法`);
  }
  return "有语法错误";
}
