/** The paired marks of Chinese text (GB/T 15834-2011): quotation marks, book-title marks, parentheses. */
export const PAIRS = [
  { open: "“", close: "”", name: "引号" },
  { open: "《", close: "》", name: "书名号" },
  { open: "（", close: "）", name: "括号" },
] as const;

export type PairName = (typeof PAIRS)[number]["name"];

/** The marks of one kind a paragraph leaves open, and those it closes without opening. */
export interface Unpaired {
  name: PairName;
  open: number[];
  close: number[];
}

/** Per kind of mark, the unmatched opening and closing marks of a paragraph (offsets). */
export function unpairedMarks(paragraph: string): Unpaired[] {
  return PAIRS.map(({ open, close, name }) => {
    const opened: number[] = [];
    const closed: number[] = [];
    for (let i = 0; i < paragraph.length; i++) {
      if (paragraph[i] === open) opened.push(i);
      else if (paragraph[i] === close) {
        if (opened.length > 0) opened.pop();
        // `1）` and `a）`: a list number closed on its own is how some offices number items.
        else if (!(
          name === "括号" && /(?:^|[\s，。；：、])[\da-zA-Z一二三四五六七八九十]{1,2}$/.test(paragraph.slice(0, i))
        ))
          closed.push(i);
      }
    }
    return { name, open: opened, close: closed };
  });
}
