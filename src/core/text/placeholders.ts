/** A template's leftover in a paragraph: `XX`, `××`, `○○`, `＿＿`, a `【…】` hint, `（此处填写…）`, `年  月  日`. */
export interface Placeholder {
  start: number;
  end: number;
  /** `XX县`, `XX市`: how a sample or 范文 names a place it leaves unnamed; a draft names the real one. */
  standIn: boolean;
}

const ASCII_LETTER = /[A-Za-z]/;
const CHINESE_DIGIT = /[〇○零一二三四五六七八九十百千]/;
/** What a number left blank counts: `20XX年`, `XX月XX日`, `〔2026〕XX号`, `第XX期`. */
const NUMBER_UNIT = /[年月日号期届次时]/;
/** What follows a place left unnamed: `XX县`, `○○市`. */
const STAND_IN = /^[县市区省州镇乡旗盟]/;

/** Words that make a bracketed or parenthesised text a note to the drafter, not content. */
const HINT = /此处|填写|填入|输入|替换|待定|待填|待补|示例|模板|自行|选填|必填|XX|××|○○|…|＿|__/;
/** A field a bracket names: `【会议名称】` in a sentence is waiting for the name. */
const FIELD = /(名称|日期|时间|地点|姓名|单位|电话|号码|文号|标题|题目|事由|人数|职务|内容)$/;
/** A template's slot for a part of the document, never a heading of its own. */
const SLOT = /^(标题|正文|文号|发文字号|成文日期|发文机关(署名)?|主送机关|署名|落款|附件名称)$/;
const NOTE = /^(此处|在此|请在此|请输入|填写|输入|填入|插入|待定|待填|待补充?)|此处/;
const BLANK = "[\\s\\u3000_＿]+";

/** The placeholders of one paragraph; `blanksAllowed` where it belongs to a form others fill in. */
export function placeholders(paragraph: string, blanksAllowed: boolean): Placeholder[] {
  const found: Placeholder[] = [];
  const add = (start: number, end: number, standIn = false) => {
    if (!found.some((f) => start < f.end && f.start < end)) found.push({ start, end, standIn });
  };
  const before = (i: number) => paragraph[i - 1];

  for (const m of paragraph.matchAll(/[XxＸｘ×]{2,}|(?<![A-Za-z\d])[XＸ×](?=[年月日号时])/g)) {
    const start = m.index!;
    const end = start + m[0].length;
    // `XXL`, `MAXX`, `Xbox`: a word. `A3XX-12`: a part number, unless a unit says it counts (`20XX年`).
    if (ASCII_LETTER.test(before(start) ?? "") || ASCII_LETTER.test(paragraph[end] ?? "")) continue;
    let tokenEnd = end;
    while (/[\dXx×]/.test(paragraph[tokenEnd] ?? "")) tokenEnd++;
    const nearDigit = /\d/.test(before(start) ?? "") || /\d/.test(paragraph[end] ?? "");
    if (nearDigit && !NUMBER_UNIT.test(paragraph[tokenEnd] ?? "")) continue;
    if (m[0].length === 1 && /×/.test(m[0]) && /\d/.test(before(start) ?? "")) continue;
    add(start, end, STAND_IN.test(paragraph.slice(end)));
  }
  for (const m of paragraph.matchAll(/[○◯〇]{2,}/g)) {
    // `二○○七年`: the circle is the year's 〇.
    const end = m.index! + m[0].length;
    if (CHINESE_DIGIT.test(before(m.index!) ?? "") || CHINESE_DIGIT.test(paragraph[end] ?? "")) continue;
    if (/\d/.test(before(m.index!) ?? "") || /\d/.test(paragraph[end] ?? "")) continue;
    add(m.index!, end, STAND_IN.test(paragraph.slice(end)));
  }
  for (const m of paragraph.matchAll(/【([^【】]{1,30})】/g)) {
    const content = m[1].trim();
    const end = m.index! + m[0].length;
    // `【会议时间】2026年12月3日`, `【会议议程】` on its line: a label or heading. `【时政新闻】`: a web page's own.
    // Only a template's slot (`【正文】`, `【成文日期】`) heads nothing.
    const heading = paragraph.slice(0, m.index!).trim() === "";
    if (HINT.test(content) || SLOT.test(content) || (FIELD.test(content) && !heading)) add(m.index!, end);
  }
  for (const m of paragraph.matchAll(/[（(]([^（）()]{1,40})[）)]/g)) {
    if (NOTE.test(m[1].trim()) && !(blanksAllowed && !/此处/.test(m[1]))) add(m.index!, m.index! + m[0].length);
  }
  if (!blanksAllowed) {
    for (const m of paragraph.matchAll(/[_＿﹍]{2,}/g)) {
      const end = m.index! + m[0].length;
      if (/\w/.test(before(m.index!) ?? "") && /\w/.test(paragraph[end] ?? "")) continue;
      add(m.index!, end);
    }
    const date = new RegExp(`(?:年${BLANK})?月${BLANK}日|年${BLANK}月`, "g");
    for (const m of paragraph.matchAll(date)) add(m.index!, m.index! + m[0].length);
  }
  return found.sort((a, b) => a.start - b.start);
}
