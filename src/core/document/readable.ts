/**
 * Pinyin a web page's converter left after a character, `區(qū)`, `會(huì)議`: not part of the document.
 * Only a parenthesis of Latin letters with a tone mark is one; `(一)`, `(扩大)`, `(Office)` stay.
 */
const PINYIN_GLOSS =
  /(?<=[\u3400-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\)/g;

/** A paragraph as the readers see it, and the way back from its offsets to the text the user has. */
export interface ReadableParagraph {
  text: string;
  /** The original offset of a character of `text`. */
  start(offset: number): number;
  /** The original offset just past a range of `text` that ends at `offset`. */
  end(offset: number): number;
}

export function readableParagraph(paragraph: string): ReadableParagraph {
  if (paragraph.search(PINYIN_GLOSS) < 0) return { text: paragraph, start: (i) => i, end: (i) => i };
  const kept: number[] = [];
  let text = "";
  let from = 0;
  for (const m of paragraph.matchAll(PINYIN_GLOSS)) {
    for (let i = from; i < m.index!; i++) kept.push(i);
    text += paragraph.slice(from, m.index);
    from = m.index! + m[0].length;
  }
  for (let i = from; i < paragraph.length; i++) kept.push(i);
  text += paragraph.slice(from);
  return {
    text,
    start: (i) => (i < kept.length ? kept[i] : paragraph.length),
    end: (i) => (i === 0 ? 0 : i <= kept.length ? kept[i - 1] + 1 : paragraph.length),
  };
}
