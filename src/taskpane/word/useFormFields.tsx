import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import type { FormCheck } from "../../core/rules/check-form";
import { CheckedDateField } from "./CheckedDateField";
import { fieldFeedback, fixesOf } from "./field-feedback";

/** What a drafting form is given: the draft, where its changes go, its check, and whether to show every finding. */
export interface DraftFormProps<T> {
  value: T;
  onChange: (next: T) => void;
  check: FormCheck;
  revealAll: boolean;
}

/**
 * What the notice and the minutes forms share: a field's findings show once the user has left it (or when all are
 * asked for), and its text and date inputs are drawn the same way, with their one-click fixes.
 */
export function useFormFields<T extends object>({ value, onChange, check, revealAll }: DraftFormProps<T>) {
  const set = (patch: Partial<T>) => onChange({ ...value, ...patch });
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const touch = (field: string) => () => setTouched((t) => (t.has(field) ? t : new Set(t).add(field)));
  const shown = (field: string) => revealAll || touched.has(field);
  /** The field's feedback (with fixes when `write` is given) and the blur that reveals it. */
  const feedback = (field: string, write?: (next: string) => void, current = "") => ({
    ...fieldFeedback(check.byField[field], shown(field), write ? fixesOf(check.byField[field], current, write) : []),
    onBlur: touch(field),
  });
  const text = (field: keyof T & string, label: string, hint?: string) => {
    const current = (value[field] as string | undefined) ?? "";
    const write = (next: string) => set({ [field]: next } as Partial<T>);
    return (
      <Field label={label} hint={hint} {...feedback(field, write, current)}>
        <Input value={current} onChange={(_e, d) => write(d.value)} />
      </Field>
    );
  };
  const date = (field: keyof T & string, label: string, withTime: boolean) => (
    <CheckedDateField
      label={label}
      withTime={withTime}
      value={value[field] as string | undefined}
      onChange={(typed) => set({ [field]: typed } as Partial<T>)}
      findings={check.byField[field]}
      reveal={shown(field)}
      onBlur={touch(field)}
    />
  );
  return { set, touch, shown, feedback, text, date };
}
