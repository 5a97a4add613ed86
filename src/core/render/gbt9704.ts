/** GB/T 9704-2012 numbers, in the units WordprocessingML uses (twips = 1/20 pt; half-points for sizes). */
const MM = 1440 / 25.4;
export const twips = (mm: number) => Math.round(mm * MM);

export const PAGE = {
  width: 11906, // A4 210 mm
  height: 16838, // 297 mm
  top: twips(37), // 天头
  left: twips(28), // 订口
  right: twips(26),
  bottom: twips(35),
  /** 版心 156 × 225 mm. */
  textWidth: twips(156),
  textHeight: twips(225),
  /** Footer distance from the paper's bottom edge that puts the page number's dash 7 mm below the 版心 (7.5). */
  footer: twips(25),
};

/** The 发文机关标志 and the 纪要标志: top edge 35 mm below the 版心 top (7.2.4, 10.3). */
export const MARK_TOP = twips(35);

/**
 * Character spacing of 3号 text in twentieths of a point: 28 characters of 16 pt are 448 pt, wider than the
 * 442 pt 版心, so each is drawn 0.25 pt narrower and a full line holds 28 (GB/T 9704 5.2.2), in Word and in
 * LibreOffice alike (a character grid is honoured by Word only).
 */
export const BODY_CHAR_SPACING = -5;

/** 22 lines in 225 mm: 28.95 pt a line, fixed. */
export const LINE_PITCH = 579;

/** 字号 in half-points. */
export const SIZE = { 初号: 84, 一号: 52, 二号: 44, 三号: 32, 四号: 28 } as const;

export const FONT = {
  fangsong: "仿宋_GB2312",
  xiaobiaosong: "方正小标宋简体",
  heiti: "黑体",
  kaiti: "楷体_GB2312",
  songti: "宋体",
} as const;

export const RED = "FF0000";
/** One character of 3号 (16 pt) in twips: indents are counted in characters. */
export const CHAR = 320;
