import type { Severity } from "../core/rules/finding";

/** ANSI colours only on a terminal, and never when NO_COLOR is set. */
export function useColour(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== "dumb";
}

export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  severity(severity: Severity, text: string): string;
}

export function paint(enabled: boolean): Paint {
  const wrap = (code: string) => (text: string) => (enabled ? `\x1b[${code}m${text}\x1b[0m` : text);
  const colours: Record<Severity, (t: string) => string> = { error: wrap("31"), warning: wrap("33"), info: wrap("36") };
  return { bold: wrap("1"), dim: wrap("2"), severity: (severity, text) => colours[severity](text) };
}
