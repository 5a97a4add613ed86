import {
  Button,
  Caption1,
  Select,
  Subtitle2,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type ReactNode, useDeferredValue, useState } from "react";
import { type Finding, type Severity, bySeverity, cellOf } from "../../core/rules/finding";
import type { SheetReport } from "../../core/rules/run-registers";
import { KIND_LABELS } from "../../core/table/kinds";
import { S } from "../strings";
import { SeverityBadge } from "./FindingText";
import { TallyCard } from "./TallyCard";
import { TrackingCard } from "./TrackingCard";

const useStyles = makeStyles({
  sheet: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
  },
  list: { listStyle: "none", margin: 0, padding: 0 },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  // Cell, badge and message side by side in every item, the message wrapping in its own column: the
  // addresses line up down the list instead of a long message pushing its address onto a line of its own.
  finding: {
    display: "grid",
    gridTemplateColumns: "minmax(2.6em, max-content) max-content 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    width: "100%",
  },
});

/**
 * Findings listed at first, per sheet: a sheet with thousands of problems is read through the filters, and
 * rendering every one of them took longer than checking the sheet (4,000 findings: half a second).
 */
export const FINDINGS_SHOWN_AT_FIRST = 200;

/**
 * Findings a new list puts on screen at once, more than a pane shows; the rest of the first FINDINGS_SHOWN_AT_FIRST
 * follow in a background render. 200 Fluent buttons took a tenth of a second before the results appeared.
 */
const FIRST_SCREEN = 30;

/** Per sheet: kind and header, the tally card, findings filterable by severity; a click reports the finding. */
export function SheetResults({
  sheets,
  selected,
  onSelect,
  detail,
  ruleNames = {},
}: {
  sheets: SheetReport[];
  selected: Finding | null;
  onSelect: (finding: Finding) => void;
  detail?: (finding: Finding) => ReactNode;
  /** Rule names for the rule filter, by id; the id is shown where a name is missing. */
  ruleNames?: Record<string, string>;
}) {
  const styles = useStyles();
  // The severities picked to look at; none picked shows every finding.
  const [only, setOnly] = useState<Severity[]>([]);
  const [order, setOrder] = useState<"severity" | "place">("severity");
  const [rule, setRule] = useState("");
  const [shownBySheet, setShownBySheet] = useState<Record<string, number>>({});
  const listedAtFirst = useDeferredValue(FINDINGS_SHOWN_AT_FIRST, FIRST_SCREEN);
  const toggle = (severity: Severity) =>
    setOnly(only.includes(severity) ? only.filter((s) => s !== severity) : [...only, severity]);
  const ruleCounts = new Map<string, number>();
  for (const f of sheets.flatMap((s) => s.findings)) ruleCounts.set(f.ruleId, (ruleCounts.get(f.ruleId) ?? 0) + 1);
  const counts = (severity: Severity) =>
    sheets.reduce((n, s) => n + s.findings.filter((f) => f.severity === severity).length, 0);
  return (
    <div>
      <div className={styles.filters} role="group" aria-label={S.findings.onlySeverity}>
        {(["error", "warning", "info"] as Severity[]).map((severity) => (
          <ToggleButton
            key={severity}
            size="small"
            checked={only.includes(severity)}
            appearance={only.includes(severity) ? "primary" : "secondary"}
            onClick={() => toggle(severity)}
          >
            {S.findings.severity[severity]} {counts(severity)}
          </ToggleButton>
        ))}
        <Select
          size="small"
          aria-label={S.findings.order}
          value={order}
          onChange={(_e, d) => setOrder(d.value as "severity" | "place")}
        >
          <option value="severity">{S.findings.bySeverity}</option>
          <option value="place">{S.findings.byPlace}</option>
        </Select>
        {ruleCounts.size > 1 && (
          <Select
            size="small"
            style={{ width: "16em", maxWidth: "100%" }}
            aria-label={S.findings.byRule}
            value={rule}
            onChange={(_e, d) => setRule(d.value)}
          >
            <option value="">{S.findings.allRules}</option>
            {[...ruleCounts].map(([id, n]) => (
              <option key={id} value={id}>
                {`${ruleNames[id] ?? id}（${n}）`}
              </option>
            ))}
          </Select>
        )}
      </div>
      {sheets.map((sheet) => {
        const findings = sheet.findings
          .filter((f) => (only.length === 0 || only.includes(f.severity)) && (rule === "" || f.ruleId === rule))
          // The list arrives in place order; sorting is stable, so by severity keeps place order within each.
          .sort((a, b) => (order === "severity" ? bySeverity(a, b) : 0));
        const shown = shownBySheet[sheet.sheet] ?? FINDINGS_SHOWN_AT_FIRST;
        const listed = shownBySheet[sheet.sheet] ?? listedAtFirst;
        return (
          <section key={sheet.sheet} className={styles.sheet} aria-label={sheet.sheet}>
            <Subtitle2 as="h3">
              {sheet.sheet}：
              {S.file.sheetSummary(sheet.kind ? KIND_LABELS[sheet.kind] : null, sheet.headerRow, sheet.dataRows)}
            </Subtitle2>
            {sheet.tally && <TallyCard tally={sheet.tally} />}
            {sheet.tracking && <TrackingCard summary={sheet.tracking} />}
            {sheet.kind === "signin" && sheet.tally?.late === null && (
              <Caption1>{sheet.meetingStart ? S.tally.lateUnknown : S.file.meetingStartMissing}</Caption1>
            )}
            {sheet.findings.length === 0 ? (
              <Caption1>{S.file.noFindings}</Caption1>
            ) : (
              <ul className={styles.list}>
                {findings.slice(0, listed).map((finding, i) => (
                  <li key={i}>
                    <Button
                      appearance="transparent"
                      style={{
                        justifyContent: "flex-start",
                        textAlign: "left",
                        width: "100%",
                        whiteSpace: "normal",
                        fontWeight: "normal",
                      }}
                      aria-pressed={selected === finding}
                      onClick={() => onSelect(finding)}
                    >
                      <span className={styles.finding}>
                        <strong>
                          {cellOf(finding) && cellOf(finding)!.sheet !== sheet.sheet
                            ? `${cellOf(finding)!.sheet}!`
                            : ""}
                          {cellOf(finding)?.cell}
                        </strong>
                        <SeverityBadge severity={finding.severity} />
                        <Text>{finding.message}</Text>
                      </span>
                    </Button>
                    {selected === finding && detail?.(finding)}
                  </li>
                ))}
                {findings.length > shown && (
                  <li>
                    <Button
                      appearance="subtle"
                      onClick={() =>
                        setShownBySheet({ ...shownBySheet, [sheet.sheet]: shown + FINDINGS_SHOWN_AT_FIRST })
                      }
                    >
                      {S.findings.showMore(Math.min(FINDINGS_SHOWN_AT_FIRST, findings.length - shown), findings.length)}
                    </Button>
                  </li>
                )}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
