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

/** The colour sequences paint() writes: the only escape sequences that reach the terminal. */
const OUR_COLOURS = new Set(["0", "1", "2", "31", "33", "36"]);

/**
 * Text for the terminal with every control character but tab and line feed shown as a visible symbol (␛ for
 * ESC): a .txt, .docx or .csv may hold escape sequences that would move the cursor, clear the screen, retitle
 * the window or hide text. The colours paint() writes are kept; a file can at most colour text the same way.
 */
export function printable(text: string): string {
  let out = "";
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const control = (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f);
    if (!control) continue;
    if (code === 0x1b) {
      const end = text.slice(i, i + 5).indexOf("m") + i;
      if (end > i && text[i + 1] === "[" && OUR_COLOURS.has(text.slice(i + 2, end))) {
        i = end;
        continue;
      }
    }
    out += text.slice(at, i) + (code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "\ufffd");
    at = i + 1;
  }
  return at === 0 ? text : out + text.slice(at);
}
