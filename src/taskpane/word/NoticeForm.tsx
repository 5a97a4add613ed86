import { Button, Checkbox, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Notice } from "../../core/meeting/notice";
import type { Finding } from "../../core/rules/finding";
import { findingOf } from "../../core/rules/rule-finding";
import { S } from "../strings";
import { FixButtons, fieldFeedback, standardPhone } from "./field-feedback";
import { type DraftFormProps, useFormFields } from "./useFormFields";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Two fields side by side where they fit; one under the other in a narrow pane (a date-time input is wide).
  row: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(10rem, 1fr))", gap: tokens.spacingHorizontalS },
});

const lines = (text: string) => text.split("\n");
const joined = (items: string[] | undefined) => (items ?? []).join("\n");

type Contact = { name: string; phone: string };

/** Whether a finding about the contacts line is about contact `c`'s phone: its number, or the missing 联系电话. */
function isAboutPhone(finding: Finding, c: Contact, first: boolean): boolean {
  if (findingOf(finding, "notice/missing-element")?.data.element === "联系电话") return first;
  const bad = findingOf(finding, "notice/bad-phone");
  const quoted = String(!bad ? "" : "phone" in bad.data ? bad.data.phone : bad.data.phones);
  return quoted !== "" && c.phone.trim() !== "" && quoted.includes(c.phone.trim());
}

export function NoticeForm(props: DraftFormProps<Notice>) {
  const { value, check } = props;
  const styles = useStyles();
  const { set, touch, shown, feedback, text, date } = useFormFields(props);
  const list = (field: "agenda" | "requirements" | "attachments" | "channels", label: string) => (
    <Field label={label} {...feedback(field, (next) => set({ [field]: lines(next) }), joined(value[field]))}>
      <Textarea resize="vertical" value={joined(value[field])} onChange={(_e, d) => set({ [field]: lines(d.value) })} />
    </Field>
  );
  // 会议目的 goes into the template's opening: said as it will read once written, with how to phrase it before.
  const opening = value.purpose?.trim() ? check.blocks.find((b) => b.field === "purpose")?.text : undefined;
  const contacts: Contact[] = value.contacts?.length ? value.contacts : [{ name: "", phone: "" }];
  const setContact = (i: number, patch: Partial<Contact>) =>
    set({ contacts: contacts.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  const contactFindings = check.byField.contacts ?? [];
  /** Each warning under its own box: a phone's under its 联系电话, the rest under the first 联系人. */
  const contactFields = (c: Contact, i: number) => {
    const phoneFindings = contactFindings.filter((f) => isAboutPhone(f, c, i === 0));
    const nameFindings =
      i === 0 ? contactFindings.filter((f) => !contacts.some((other, j) => isAboutPhone(f, other, j === 0))) : [];
    const standard = c.phone.trim() ? standardPhone(c.phone) : null;
    const phoneFix =
      standard && standard !== c.phone.trim()
        ? [{ after: standard, apply: () => setContact(i, { phone: standard }) }]
        : [];
    const phoneFeedback = fieldFeedback(phoneFindings, shown("contacts"), phoneFix);
    return (
      <div className={styles.row} key={i}>
        <Field
          label={`${S.form.contactName}${contacts.length > 1 ? i + 1 : ""}`}
          {...fieldFeedback(nameFindings, shown("contacts"))}
          onBlur={touch("contacts")}
        >
          <Input value={c.name} onChange={(_e, d) => setContact(i, { name: d.value })} />
        </Field>
        <Field
          label={`${S.form.contactPhone}${contacts.length > 1 ? i + 1 : ""}`}
          {...phoneFeedback}
          hint={
            !phoneFeedback.validationMessage && phoneFix.length ? (
              <>
                {S.fieldFix.phoneForm(standard!)}
                <FixButtons fixes={phoneFix} />
              </>
            ) : undefined
          }
          onBlur={touch("contacts")}
        >
          <Input inputMode="tel" value={c.phone} onChange={(_e, d) => setContact(i, { phone: d.value })} />
        </Field>
      </div>
    );
  };
  return (
    <form className={styles.form} aria-label={S.word.tabs.notice} onSubmit={(e) => e.preventDefault()}>
      {text("issuer", S.form.issuer)}
      {text("docNumber", S.form.docNumber)}
      <Field hint={S.form.letterHint}>
        <Checkbox
          label={S.form.letter}
          checked={value.letter === true}
          onChange={(_e, d) => set({ letter: d.checked === true || undefined })}
        />
      </Field>
      {text("name", S.form.name)}
      {text("title", S.form.title)}
      {text("recipients", S.form.recipients)}
      {text("purpose", S.form.purpose, opening ? S.fieldFix.opening(opening) : S.fieldFix.purposeHint)}
      {date("start", S.form.start, true)}
      {text("place", S.form.place)}
      {text("attendees", S.form.attendees)}
      {list("agenda", S.form.agenda)}
      {list("requirements", S.form.requirements)}
      <div className={styles.row}>
        {date("checkIn", S.form.checkIn, true)}
        {date("replyDeadline", S.form.replyDeadline, false)}
      </div>
      {contacts.map(contactFields)}
      <Button
        type="button"
        appearance="subtle"
        size="small"
        onClick={() => set({ contacts: [...contacts, { name: "", phone: "" }] })}
      >
        ＋ {S.form.contactName}
      </Button>
      {list("attachments", S.form.attachments)}
      <Field hint={S.form.withReplyFormHint}>
        <Checkbox
          label={S.form.withReplyForm}
          checked={value.withReplyForm === true}
          onChange={(_e, d) => set({ withReplyForm: d.checked === true })}
        />
      </Field>
      {text("classification", S.form.classification)}
      {text("copyNumber", S.form.copyNumber)}
      {list("channels", S.form.channels)}
      {date("issueDate", S.form.issueDate, false)}
    </form>
  );
}
