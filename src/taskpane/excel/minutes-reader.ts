// Reading minutes for 追加纪要中的议定事项, loaded on demand: the .docx reader is not needed until then.
export { documentParagraphs } from "../../hosts/files/read-docx";
export { minutesItems } from "../../hosts/files/minutes-items";
export { appendToTracking } from "../../core/tracking/register";
