// The form checks, the GB/T 9704 renderer and the document checks, loaded on demand: the Word pane renders
// its form before they arrive and starts loading them at once.
export { checkMinutesForm, checkNoticeForm } from "../../core/rules/check-form";
export { minutesDocx, minutesOoxml, noticeDocx, noticeOoxml } from "../../core/render";
export { checkDocument } from "../../core/rules/run-text";
export { zipDocx } from "../../hosts/files/write-docx";
export { formatParagraphs, formattedDocx, formattedOoxml } from "../../core/format";
