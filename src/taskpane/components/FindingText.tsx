import { Badge, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Finding } from "../../core/rules/finding";
import { S } from "../strings";

const COLOURS = { error: "danger", warning: "warning", info: "informative" } as const;

export function SeverityBadge({ severity }: { severity: Finding["severity"] }) {
  return (
    <Badge appearance="tint" color={COLOURS[severity]} size="small" style={{ flexShrink: 0, whiteSpace: "nowrap" }}>
      {S.findings.severity[severity]}
    </Badge>
  );
}

/**
 * Under a form field: the worst severity decides the field's state; every message is listed. A missing
 * element is only said once the user has left the field or tried to insert — a blank form is not all red.
 */
export function fieldValidation(
  all: Finding[] | undefined,
  revealMissing = true,
): { validationState?: "error" | "warning"; validationMessage?: string } {
  const findings = (all ?? []).filter((f) => revealMissing || f.reveal !== "when-asked");
  if (!findings.length) return {};
  const state = findings.some((f) => f.severity === "error") ? "error" : "warning";
  return { validationState: state, validationMessage: findings.map((f) => f.message).join("；") };
}

/** Badge, then the message; where it is (paragraph, quoted text) under the message, in a quieter colour. */
export function FindingMessage({ finding, where }: { finding: Finding; where?: ReactNode }) {
  return (
    <span
      style={{
        display: "grid",
        gridTemplateColumns: "max-content 1fr",
        columnGap: tokens.spacingHorizontalS,
        alignItems: "baseline",
      }}
    >
      <SeverityBadge severity={finding.severity} />
      <Text>{finding.message}</Text>
      {where && (
        <Text size={200} style={{ gridColumn: 2, color: tokens.colorNeutralForeground3 }}>
          {where}
        </Text>
      )}
    </span>
  );
}
