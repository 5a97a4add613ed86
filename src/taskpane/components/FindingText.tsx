import { Badge, Text } from "@fluentui/react-components";
import type { Finding } from "../../core/rules/finding";
import { S } from "../strings";

const COLOURS = { error: "danger", warning: "warning", info: "informative" } as const;

export function SeverityBadge({ severity }: { severity: Finding["severity"] }) {
  return (
    <Badge appearance="tint" color={COLOURS[severity]} size="small">
      {S.findings.severity[severity]}
    </Badge>
  );
}

/** Under a form field: the worst severity decides the field's state; every message is listed. */
export function fieldValidation(findings: Finding[] | undefined): {
  validationState?: "error" | "warning";
  validationMessage?: string;
} {
  if (!findings?.length) return {};
  const state = findings.some((f) => f.severity === "error") ? "error" : "warning";
  return { validationState: state, validationMessage: findings.map((f) => f.message).join("；") };
}

export function FindingMessage({ finding }: { finding: Finding }) {
  return (
    <span style={{ display: "inline-flex", gap: 6, alignItems: "baseline" }}>
      <SeverityBadge severity={finding.severity} />
      <Text>{finding.message}</Text>
    </span>
  );
}
