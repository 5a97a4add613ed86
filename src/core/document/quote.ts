/** The offending text in its sentence: `…如有变动，【明天】另行通知。` */
export function quoteInContext(paragraph: string, start: number, end: number, width = 12): string {
  const before = paragraph.slice(Math.max(0, start - width), start);
  const after = paragraph.slice(end, end + width);
  return `${start > width ? "…" : ""}${before}【${paragraph.slice(start, end)}】${after}${end + width < paragraph.length ? "…" : ""}`;
}
