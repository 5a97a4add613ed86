import { Button, Field, Input, Radio, RadioGroup, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Minutes } from "../../core/meeting/notice";
import { FilePickerButton } from "../components/FilePickerButton";
import { fieldValidation } from "../components/FindingText";
import { useState } from "react";
import type { ImportedAttendance } from "./attendance-import";
import { pickedFileBytes } from "../../hosts/files/input-size";
import { loadAttendanceImport } from "./load-engines";
import { Status, type StatusMessage, errorText } from "../components/Status";
import { S } from "../strings";
import { type DraftFormProps, useFormFields } from "./useFormFields";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  decision: {
    // A fieldset is at least as wide as its content by default; in a narrow pane it must wrap instead.
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  importRow: { display: "flex", flexDirection: "column", alignItems: "start", gap: tokens.spacingVerticalXS },
  // The import's line takes the form's width and wraps, however long the names it lists.
  importStatus: { alignSelf: "stretch", minWidth: 0 },
  // Two fields side by side where they fit; one under the other in a narrow pane (a date-time input is wide).
  row: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(10rem, 1fr))", gap: tokens.spacingHorizontalS },
});

const names = (text: string) =>
  text
    .split(/[、，,\n]/)
    .map((n) => n.trim())
    .filter(Boolean);

export function MinutesForm(props: DraftFormProps<Minutes>) {
  const { value, onChange, check } = props;
  const styles = useStyles();
  const { set, touch, shown, feedback, text, date } = useFormFields(props);
  const people = (field: "present" | "leave" | "attending", label: string) => (
    <Field label={label} {...feedback(field)}>
      <Textarea
        resize="vertical"
        value={(value[field] ?? []).join("、")}
        onChange={(_e, d) => set({ [field]: names(d.value) })}
      />
    </Field>
  );
  const [importStatus, setImportStatus] = useState<StatusMessage>(null);
  const [imported, setImported] = useState<ImportedAttendance | null>(null);
  const [strokes, setStrokes] = useState(false);
  /** The imported lines in the chosen order, into the form, and the line that says what was done. */
  const showImported = async (found: ImportedAttendance, byStrokes: boolean) => {
    const { arrangedLines } = await loadAttendanceImport();
    const lines = arrangedLines(found.lines, byStrokes);
    onChange({ ...value, present: lines.present, leave: lines.leave, attending: lines.attending });
    const said = S.attendanceImport.imported(lines.present.length, byStrokes);
    const proxies = found.proxies.length ? S.attendanceImport.proxies(found.proxies.join("、")) : "";
    setImportStatus({ intent: proxies ? "warning" : "success", text: `${said}${proxies}` });
  };
  const importSignin = async (file: File) => {
    try {
      const { attendanceFromXlsx } = await loadAttendanceImport();
      const found = await attendanceFromXlsx(await pickedFileBytes(file), file.name);
      setImported(found);
      await showImported(found, strokes);
    } catch (error) {
      setImportStatus({ intent: "error", text: errorText(error) });
    }
  };
  const chooseOrder = (byStrokes: boolean) => {
    setStrokes(byStrokes);
    if (imported) void showImported(imported, byStrokes);
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
              shown("decisions"),
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
      <div className={styles.importRow}>
        <FilePickerButton
          size="small"
          label={S.word.importSignin}
          accept=".xlsx,.xls,.et,.csv"
          onFiles={(files) => void importSignin(files[0])}
        />
        <RadioGroup
          layout="horizontal"
          style={{ flexWrap: "wrap" }}
          aria-label={S.attendanceImport.order}
          value={strokes ? "strokes" : "sheet"}
          onChange={(_e, d) => chooseOrder(d.value === "strokes")}
        >
          <Radio value="sheet" label={S.attendanceImport.sheetOrder} />
          <Radio value="strokes" label={S.attendanceImport.strokes} />
        </RadioGroup>
        {importStatus && (
          <div className={styles.importStatus}>
            <Status status={importStatus} />
          </div>
        )}
      </div>
      {people("present", S.form.present)}
      {people("leave", S.form.leave)}
      {people("attending", S.form.attending)}
      {text("distribution", S.form.distribution)}
      {date("issueDate", S.form.issueDate, false)}
    </form>
  );
}
