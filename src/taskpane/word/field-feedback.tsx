import { Button, type FieldProps, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/rules/finding";
import { readPhone } from "../../core/text/phone";
import { S } from "../strings";

/** A certain fix of a field's text: what it becomes, and how the form writes it. */
export interface FieldFix {
  after: string;
  apply: () => void;
}

/**
 * The fixes the checks offer for a field, where the text they replace is the user's own (文号 [2026] → 〔2026〕,
 * 二〇二六年 → 2026年): `write` receives the field's whole new text.
 */
export function fixesOf(findings: Finding[] | undefined, current: string, write: (next: string) => void): FieldFix[] {
  const fixes: FieldFix[] = [];
  for (const finding of findings ?? []) {
    const fix = finding.fix;
    if (fix?.kind !== "text" || fix.before === fix.after || !current.includes(fix.before)) continue;
    const after = current.replace(fix.before, fix.after);
    if (!fixes.some((f) => f.after === after)) fixes.push({ after, apply: () => write(after) });
  }
  return fixes;
}

/** 13812345678 and 0571-88881234: a valid number as a notice writes it; null when there is no one such form. */
export function standardPhone(text: string): string | null {
  const reading = readPhone(text.trim());
  if (reading.key.includes("-")) return null; // an extension: left as typed
  if (reading.kind === "mobile") return reading.key;
  if (reading.kind !== "landline") return null;
  const area = /^0(?:10|2\d)/.test(reading.key) ? 3 : 4;
  return `${reading.key.slice(0, area)}-${reading.key.slice(area)}`;
}

/** The fix buttons after a field's message: one click writes the fixed text into the field. */
export function FixButtons({ fixes }: { fixes: FieldFix[] }) {
  return (
    <>
      {fixes.map((fix) => (
        <Button
          key={fix.after}
          type="button"
          size="small"
          appearance="outline"
          style={{ marginInlineStart: tokens.spacingHorizontalXS, whiteSpace: "normal", maxWidth: "100%" }}
          onClick={fix.apply}
        >
          {S.fieldFix.to(fix.after)}
        </Button>
      ))}
    </>
  );
}

/**
 * Under a form field: the worst severity decides its state, every message is listed, then a button for each
 * certain fix. A missing element is only said once the user has left the field or tried to finish — a blank
 * form is not all red. `more` adds the form's own words (a time it cannot read).
 */
export function fieldFeedback(
  all: Finding[] | undefined,
  reveal: boolean,
  fixes: FieldFix[] = [],
  more: string[] = [],
): Pick<FieldProps, "validationState" | "validationMessage"> {
  const findings = (all ?? []).filter((f) => reveal || f.reveal !== "when-asked");
  const messages = [...(reveal ? more : []), ...findings.map((f) => f.message)];
  if (!messages.length) return {};
  const state = findings.some((f) => f.severity === "error") ? "error" : "warning";
  return {
    validationState: state,
    validationMessage: (
      <>
        {messages.join("；")}
        <FixButtons fixes={fixes} />
      </>
    ),
  };
}
