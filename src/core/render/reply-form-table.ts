import { FONT, PAGE, SIZE } from "./gbt9704";
import type { ReplyForm } from "./layout-block";
import { blankLine, paragraph, run } from "./paragraph";

/** Every row one exact height, room to write a name by hand (11 mm): the page fill counts them (page-fill.ts). */
export const REPLY_ROW_HEIGHT = 640;
/** 单位, 姓名, 职务, 联系电话, 备注 across the 版心 (156 mm). */
const WIDTHS = [2200, 1400, 2000, 2000, PAGE.textWidth - 7600];

const cellText = (text: string, header: boolean) =>
  paragraph(run(text, { font: header ? FONT.heiti : FONT.fangsong, size: SIZE.四号 }), {
    align: "center",
    line: 400,
  });

function row(cells: string[], header: boolean): string {
  const tcs = cells
    .map(
      (text, i) =>
        `<w:tc><w:tcPr><w:tcW w:w="${WIDTHS[i]}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>${cellText(text, header)}</w:tc>`,
    )
    .join("");
  const repeat = header ? "<w:tblHeader/>" : "";
  return `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="${REPLY_ROW_HEIGHT}" w:hRule="exact"/>${repeat}</w:trPr>${tcs}</w:tr>`;
}

/**
 * The 回执 page under its 附件 label (GB/T 9704 8): the title centred on the third line in 2号小标宋, the lines
 * to fill in above a bordered table the width of the 版心, then by when and to whom it goes back.
 */
export function replyFormXml(form: ReplyForm): string[] {
  const borders = ["top", "left", "bottom", "right", "insideH", "insideV"]
    .map((side) => `<w:${side} w:val="single" w:sz="6" w:space="0" w:color="000000"/>`)
    .join("");
  const header = form.header.slice(0, WIDTHS.length);
  const table =
    `<w:tbl><w:tblPr><w:tblW w:w="${PAGE.textWidth}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${borders}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${WIDTHS.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>` +
    row(header, true) +
    Array.from({ length: form.rows }, () =>
      row(
        header.map(() => ""),
        false,
      ),
    ).join("") +
    `</w:tbl>`;
  return [
    blankLine(),
    paragraph(run(form.title, { font: FONT.xiaobiaosong, size: SIZE.二号 }), { align: "center" }),
    blankLine(),
    ...form.lines.map((line) => paragraph(run(line), { align: "left" })),
    table,
    ...(form.closing ? [paragraph(run(form.closing), { firstLineChars: 2 })] : []),
  ];
}
