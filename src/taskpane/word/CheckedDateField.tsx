import type { Finding } from "../../core/rules/finding";
import { typedDate, typedDateProblem } from "../../core/meeting/typed-date";
import { DateField } from "../components/DateField";
import { fieldFeedback, fixesOf } from "./field-feedback";

/**
 * A form's date (or date and time) with its findings and fixes under it. A time typed so that the form cannot
 * write it (下午两点半 with no day, 下午 with no hour) is said there too.
 */
export function CheckedDateField({
  label,
  withTime,
  value,
  onChange,
  findings,
  reveal,
  onBlur,
}: {
  label: string;
  withTime: boolean;
  value: string | undefined;
  onChange: (value: string) => void;
  findings: Finding[] | undefined;
  reveal: boolean;
  onBlur: () => void;
}) {
  const current = value ?? "";
  const write = (next: string) => onChange(typedDate(next, withTime) ?? next);
  const problem = typedDateProblem(current, withTime);
  return (
    <DateField
      label={label}
      withTime={withTime}
      value={value}
      onChange={onChange}
      {...fieldFeedback(findings, reveal, fixesOf(findings, current, write), problem ? [problem] : [])}
      onBlur={onBlur}
    />
  );
}
