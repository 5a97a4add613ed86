const NOTE_AFTER_NAME = /^(.+?)\s*[（(]\s*([^（）()]{1,12}?)\s*[）)]$/;

function endsWithBracket(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 0xff09 || last === 0x29; // ） )
}

/** The name in a name cell, without a note in brackets after it: `李娜（代）`, `孙磊(迟到)` → 李娜, 孙磊. */
export function nameWithoutNote(text: string): string {
  return endsWithBracket(text) ? (NOTE_AFTER_NAME.exec(text)?.[1] ?? text) : text;
}

/** The note in brackets after a name (`王强（请假）` → 请假), or "". */
export function noteAfterName(text: string): string {
  return endsWithBracket(text) ? (NOTE_AFTER_NAME.exec(text)?.[2] ?? "") : "";
}
