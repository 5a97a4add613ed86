import { Field, type FieldProps, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { writtenDateTime } from "../../core/meeting/form-dates";
import { dateForTyping, typedDate } from "../../core/meeting/typed-date";
import { S } from "../strings";

/**
 * A date (or date and time) typed the way a clerk writes it — 2026年12月3日 9:00, 2026-12-03, 2026.12.3 下午2:30 —
 * instead of the browser's date input, which follows the browser's locale (mm/dd/yyyy, AM/PM). The form keeps
 * ISO when the words are one whole date, else the words themselves, so the checks can say what is missing.
 */
export function DateField({
  label,
  value,
  onChange,
  withTime,
  ...field
}: {
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  withTime: boolean;
} & Pick<FieldProps, "validationState" | "validationMessage" | "onBlur">) {
  const [text, setText] = useState(() => dateForTyping(value));
  const kept = (typed: string) => typedDate(typed, withTime) ?? typed;
  // A value set from outside (a sample, a new draft) replaces what is in the box.
  useEffect(() => {
    if ((value ?? "") !== kept(text)) setText(dateForTyping(value));
  }, [value]);
  const parsed = typedDate(text, withTime);
  return (
    <Field label={label} hint={parsed ? `${S.form.dateReads}${writtenDateTime(parsed, true)}` : undefined} {...field}>
      <Input
        value={text}
        placeholder={withTime ? S.form.dateTimePlaceholder : S.form.datePlaceholder}
        onChange={(_e, d) => {
          setText(d.value);
          onChange(kept(d.value));
        }}
      />
    </Field>
  );
}
