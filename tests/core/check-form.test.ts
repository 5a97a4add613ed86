import { SAMPLE_MINUTES, SAMPLE_NOTICE } from "../../src/samples/draft-inputs";
import { checkMinutesForm, checkNoticeForm } from "../../src/core/rules/check-form";

const NOTICE_FORM = SAMPLE_NOTICE;
const MINUTES_FORM = { ...SAMPLE_MINUTES, present: ["王建国", "李娜"], leave: ["何静"] };

describe("checks on a form, field by field", () => {
  it("a complete notice form has nothing above info", () => {
    const result = checkNoticeForm(NOTICE_FORM);
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(result.blocks.map((b) => b.text)).toContain("2026年12月3日（星期四）上午9:00。");
  });

  it("a notice drafted with 附回执 shows the 回执 among its attachments, as the inserted document has it", () => {
    const withForm = checkNoticeForm({ ...NOTICE_FORM, attachments: [], withReplyForm: true });
    expect(withForm.blocks.map((b) => b.text).join("\n")).toMatch(/附件：.*回执/);
    expect(
      checkNoticeForm({ ...NOTICE_FORM, attachments: [] })
        .blocks.map((b) => b.text)
        .join("\n"),
    ).not.toMatch(/附件：/);
  });

  it.each([
    ["2026-12-03T17:30", "2026年12月3日（星期四）上午9:00至下午5:30。"],
    ["2026-12-03T11:30", "2026年12月3日（星期四）上午9:00至11:30。"],
    ["2026-12-04T12:00", "2026年12月3日（星期四）上午9:00至2026年12月4日（星期五）中午12:00。"],
  ])("writes a meeting ending at %s without repeating the day it starts", (end, line) => {
    expect(checkNoticeForm({ ...NOTICE_FORM, end }).blocks.map((b) => b.text)).toContain(line);
  });

  it("complete minutes have nothing above info", () => {
    expect(checkMinutesForm(MINUTES_FORM).findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("puts each finding under its own field as the user types", () => {
    const result = checkNoticeForm({
      ...NOTICE_FORM,
      start: "12月3日（星期三）上午9点",
      place: "县政府",
      contacts: [{ name: "王芳", phone: "8765432" }],
      docNumber: "X政办发[2026]45号",
      replyDeadline: "2026-12-04",
    });
    const ids = (field: string) => (result.byField[field] ?? []).map((f) => f.ruleId).sort();
    expect(ids("start")).toEqual(["notice/date-no-year", "notice/weekday-mismatch"]);
    expect(ids("place")).toEqual(["notice/place-imprecise"]);
    expect(ids("contacts")).toEqual(["notice/bad-phone"]);
    expect(ids("docNumber")).toEqual(["notice/doc-number-format"]);
    expect(ids("replyDeadline")).toEqual(["notice/reply-after-meeting"]);
    expect(ids("issueDate")).toEqual([]);
    expect(checkNoticeForm({ ...NOTICE_FORM, issueDate: undefined }).byField.issueDate?.map((f) => f.message)).toEqual([
      "通知缺少“成文日期”",
    ]);
  });

  it("a blank form says what is missing, each under its field", () => {
    const result = checkNoticeForm({});
    expect(Object.keys(result.byField).sort()).toEqual(
      ["agenda", "attendees", "contacts", "issueDate", "issuer", "name", "place", "start"].sort(),
    );
  });

  it("a blank minutes form says what is missing under fields the minutes form has", () => {
    const result = checkMinutesForm({});
    expect(Object.keys(result.byField).sort()).toEqual([
      "chair",
      "decisions",
      "distribution",
      "place",
      "present",
      "start",
    ]);
    expect(result.blocks).toEqual([]);
  });

  it("a decision without owner or deadline is shown under that decision", () => {
    const result = checkMinutesForm({
      ...MINUTES_FORM,
      decisions: [MINUTES_FORM.decisions![0], { text: "加强冬季安全生产工作" }],
    });
    expect((result.byField["decisions.1"] ?? []).map((f) => f.ruleId).sort()).toEqual([
      "minutes/decision-no-deadline",
      "minutes/decision-no-owner",
    ]);
    expect(result.byField["decisions.0"]).toBeUndefined();
  });

  it("a classified meeting sent by WeChat is caught on the form", () => {
    const result = checkNoticeForm({ ...NOTICE_FORM, classification: "秘密★1年", channels: ["微信"] });
    expect((result.byField.channels ?? []).map((f) => f.ruleId)).toEqual(["notice/classified-channel"]);
  });
});
