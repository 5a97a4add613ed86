import { Button, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Notice } from "../../core/meeting/notice";
import type { FormCheck } from "../../core/rules/check-form";
import { DateField } from "../components/DateField";
import { fieldValidation } from "../components/FindingText";
import { useState } from "react";
import { S } from "../strings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Two fields side by side where they fit; one under the other in a narrow pane (a date-time input is wide).
  row: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(10rem, 1fr))", gap: tokens.spacingHorizontalS },
});

const lines = (text: string) => text.split("\n");
const joined = (items: string[] | undefined) => (items ?? []).join("\n");

export function NoticeForm({
  value,
  onChange,
  check,
  revealAll,
}: {
  value: Notice;
  onChange: (n: Notice) => void;
  check: FormCheck;
  revealAll: boolean;
}) {
  const styles = useStyles();
  const set = (patch: Partial<Notice>) => onChange({ ...value, ...patch });
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const touch = (field: string) => () => setTouched((t) => (t.has(field) ? t : new Set(t).add(field)));
  const v = (field: string) => ({
    ...fieldValidation(check.byField[field], revealAll || touched.has(field)),
    onBlur: touch(field),
  });
  const text = (field: keyof Notice, label: string) => (
    <Field label={label} {...v(field)}>
      <Input
        value={(value[field] as string | undefined) ?? ""}
        onChange={(_e, d) => set({ [field]: d.value } as Partial<Notice>)}
      />
    </Field>
  );
  const date = (field: keyof Notice, label: string, withTime: boolean) => (
    <DateField
      label={label}
      withTime={withTime}
      value={value[field] as string | undefined}
      onChange={(typed) => set({ [field]: typed } as Partial<Notice>)}
      {...v(field)}
    />
  );
  const list = (field: "agenda" | "requirements" | "attachments" | "channels", label: string) => (
    <Field label={label} {...v(field)}>
      <Textarea resize="vertical" value={joined(value[field])} onChange={(_e, d) => set({ [field]: lines(d.value) })} />
    </Field>
  );
  const contacts = value.contacts?.length ? value.contacts : [{ name: "", phone: "" }];
  const setContact = (i: number, patch: Partial<{ name: string; phone: string }>) =>
    set({ contacts: contacts.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  return (
    <form className={styles.form} aria-label={S.word.tabs.notice} onSubmit={(e) => e.preventDefault()}>
      {text("issuer", S.form.issuer)}
      {text("docNumber", S.form.docNumber)}
      {text("name", S.form.name)}
      {text("title", S.form.title)}
      {text("recipients", S.form.recipients)}
      {text("purpose", S.form.purpose)}
      {date("start", S.form.start, true)}
      {text("place", S.form.place)}
      {text("attendees", S.form.attendees)}
      {list("agenda", S.form.agenda)}
      {list("requirements", S.form.requirements)}
      <div className={styles.row}>
        {date("checkIn", S.form.checkIn, true)}
        {date("replyDeadline", S.form.replyDeadline, false)}
      </div>
      {contacts.map((c, i) => (
        <div className={styles.row} key={i}>
          <Field label={`${S.form.contactName}${contacts.length > 1 ? i + 1 : ""}`} {...(i === 0 ? v("contacts") : {})}>
            <Input value={c.name} onChange={(_e, d) => setContact(i, { name: d.value })} />
          </Field>
          <Field label={S.form.contactPhone}>
            <Input inputMode="tel" value={c.phone} onChange={(_e, d) => setContact(i, { phone: d.value })} />
          </Field>
        </div>
      ))}
      <Button
        type="button"
        appearance="subtle"
        size="small"
        onClick={() => set({ contacts: [...contacts, { name: "", phone: "" }] })}
      >
        ＋ {S.form.contactName}
      </Button>
      {list("attachments", S.form.attachments)}
      {text("classification", S.form.classification)}
      {text("copyNumber", S.form.copyNumber)}
      {list("channels", S.form.channels)}
      {date("issueDate", S.form.issueDate, false)}
    </form>
  );
}
