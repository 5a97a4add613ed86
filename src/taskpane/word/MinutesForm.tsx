import { Button, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Minutes } from "../../core/meeting/notice";
import type { FormCheck } from "../../core/rules/check-form";
import { FilePickerButton } from "../components/FilePickerButton";
import { DateField } from "../components/DateField";
import { fieldValidation } from "../components/FindingText";
import { useState } from "react";
import { loadAttendanceImport } from "./load-engines";
import { Status, type StatusMessage, errorText } from "../components/Status";
import { S } from "../strings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  decision: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // Two fields side by side where they fit; one under the other in a narrow pane (a date-time input is wide).
  row: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(10rem, 1fr))", gap: tokens.spacingHorizontalS },
});

const names = (text: string) =>
  text
    .split(/[、，,\n]/)
    .map((n) => n.trim())
    .filter(Boolean);

export function MinutesForm({
  value,
  onChange,
  check,
  revealAll,
}: {
  value: Minutes;
  onChange: (m: Minutes) => void;
  check: FormCheck;
  revealAll: boolean;
}) {
  const styles = useStyles();
  const set = (patch: Partial<Minutes>) => onChange({ ...value, ...patch });
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const touch = (field: string) => () => setTouched((t) => (t.has(field) ? t : new Set(t).add(field)));
  const v = (field: string) => ({
    ...fieldValidation(check.byField[field], revealAll || touched.has(field)),
    onBlur: touch(field),
  });
  const text = (field: keyof Minutes, label: string) => (
    <Field label={label} {...v(field)}>
      <Input
        value={(value[field] as string | undefined) ?? ""}
        onChange={(_e, d) => set({ [field]: d.value } as Partial<Minutes>)}
      />
    </Field>
  );
  const date = (field: keyof Minutes, label: string, withTime: boolean) => (
    <DateField
      label={label}
      withTime={withTime}
      value={value[field] as string | undefined}
      onChange={(typed) => set({ [field]: typed } as Partial<Minutes>)}
      {...v(field)}
    />
  );
  const people = (field: "present" | "leave" | "attending", label: string) => (
    <Field label={label} {...v(field)}>
      <Textarea
        resize="vertical"
        value={(value[field] ?? []).join("、")}
        onChange={(_e, d) => set({ [field]: names(d.value) })}
      />
    </Field>
  );
  const [importStatus, setImportStatus] = useState<StatusMessage>(null);
  const importSignin = async (file: File) => {
    try {
      const { attendanceLinesFromXlsx } = await loadAttendanceImport();
      const lines = await attendanceLinesFromXlsx(new Uint8Array(await file.arrayBuffer()), file.name);
      onChange({ ...value, present: lines.present, leave: lines.leave, attending: lines.attending });
      setImportStatus({ intent: "success", text: S.word.imported(lines.present.length) });
    } catch (error) {
      setImportStatus({ intent: "error", text: errorText(error) });
    }
  };
  const decisions = value.decisions?.length ? value.decisions : [{ text: "", owner: "", deadline: "" }];
  const setDecision = (i: number, patch: Partial<(typeof decisions)[number]>) =>
    set({ decisions: decisions.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  return (
    <form className={styles.form} aria-label={S.word.tabs.minutes} onSubmit={(e) => e.preventDefault()}>
      {text("issuer", S.form.issuer)}
      {text("title", S.form.minutesTitle)}
      {text("number", S.form.number)}
      {text("meetingName", S.form.meetingName)}
      {date("start", S.form.start, true)}
      {text("place", S.form.place)}
      {text("chair", S.form.chair)}
      {text("summary", S.form.summary)}
      {decisions.map((d, i) => (
        <fieldset key={i} className={styles.decision} aria-label={`${S.form.decisionText} ${i + 1}`}>
          <Field
            label={`${S.form.decisionText} ${i + 1}`}
            {...fieldValidation(
              [...(i === 0 ? (check.byField.decisions ?? []) : []), ...(check.byField[`decisions.${i}`] ?? [])],
              revealAll || touched.has("decisions"),
            )}
            onBlur={touch("decisions")}
          >
            <Textarea value={d.text} onChange={(_e, data) => setDecision(i, { text: data.value })} />
          </Field>
          <div className={styles.row}>
            <Field label={S.form.decisionOwner}>
              <Input value={d.owner ?? ""} onChange={(_e, data) => setDecision(i, { owner: data.value })} />
            </Field>
            <Field label={S.form.decisionDeadline}>
              <Input
                value={d.deadline ?? ""}
                placeholder="2026-12-15 或 12月底"
                onChange={(_e, data) => setDecision(i, { deadline: data.value })}
              />
            </Field>
          </div>
        </fieldset>
      ))}
      <Button
        type="button"
        appearance="subtle"
        size="small"
        onClick={() => set({ decisions: [...decisions, { text: "", owner: "", deadline: "" }] })}
      >
        ＋ {S.form.addDecision}
      </Button>
      <div>
        <FilePickerButton
          size="small"
          label={S.word.importSignin}
          accept=".xlsx"
          onFiles={(files) => void importSignin(files[0])}
        />
        {importStatus && <Status status={importStatus} />}
      </div>
      {people("present", S.form.present)}
      {people("leave", S.form.leave)}
      {people("attending", S.form.attending)}
      {text("distribution", S.form.distribution)}
      {date("issueDate", S.form.issueDate, false)}
    </form>
  );
}
