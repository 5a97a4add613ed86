import {
  Button,
  Caption1,
  Field,
  Input,
  Label,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useState } from "react";
import type { CheckOptions, ConfigFile } from "../../core/rules/config";
import type { RuleGroup, RuleMeta } from "../../core/rules/finding";
import { useLayout } from "../components/layout";
import { LazySelfTestCard } from "../components/LazySelfTestCard";
import type { SelfTestOptions, SelfTestReport } from "../../hosts/office/self-test-report";
import { S } from "../strings";

type RuleSetting = NonNullable<ConfigFile["rules"]>[string];

const GROUPS: [group: RuleGroup, title: string][] = [
  ["table", "读表"],
  ["cell", "单元格"],
  ["signin", "签到表"],
  ["receipt", "通知签收登记表"],
  ["incoming", "收文登记表"],
  ["seal", "印章使用登记表"],
  ["tracking", "督办台账"],
  ["materials", "会议材料发放登记表"],
  ["seating", S.seating.settingsGroup],
];

const useStyles = makeStyles({
  rule: {
    display: "grid",
    gridTemplateColumns: "1fr 7.5em",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
});

function RuleRow({
  rule,
  value,
  onChange,
}: {
  rule: RuleMeta;
  value: RuleSetting | "";
  onChange: (value: RuleSetting | "") => void;
}) {
  const id = useId("rule");
  return (
    <li className={useStyles().rule}>
      <Label htmlFor={id} size="small" title={rule.id}>
        {rule.description.replace(/（[^）]*）$/, "")}
      </Label>
      <Select id={id} size="small" value={value} onChange={(_e, d) => onChange(d.value as RuleSetting | "")}>
        <option value="">{S.settings.byDefault(S.findings.severity[rule.severity])}</option>
        <option value="error">{S.findings.severity.error}</option>
        <option value="warning">{S.findings.severity.warning}</option>
        <option value="info">{S.findings.severity.info}</option>
        <option value="off">{S.settings.off}</option>
      </Select>
    </li>
  );
}

/**
 * The check settings of this workbook: days of notice, late grace, the office's seals, and each rule on,
 * off or at another severity. Saved into the workbook (the same shape as huiwu.config.json).
 */
function NumberField({
  label,
  max,
  value,
  onChange,
}: {
  label: string;
  max: number;
  value: number;
  onChange: (value: number) => void;
}) {
  return (
    <Field label={label}>
      <Input
        type="number"
        min={0}
        max={max}
        value={String(value)}
        onChange={(_e, d) => {
          const n = Number.parseInt(d.value, 10);
          if (Number.isFinite(n) && n >= 0) onChange(n);
        }}
      />
    </Field>
  );
}

export function SettingsPanel({
  rules,
  defaults,
  saved,
  onSave,
  selfTest,
  words = S.settings,
}: {
  rules: readonly RuleMeta[];
  /** The engine's defaults, shown where the workbook stores no value. */
  defaults: CheckOptions;
  saved: ConfigFile;
  onSave: (config: ConfigFile) => Promise<boolean>;
  /** The host's 自检, offered at the foot of the settings. */
  selfTest?: (options: SelfTestOptions) => Promise<SelfTestReport>;
  /** Where the settings are kept, as the intro and the save button say it. */
  words?: { intro: string; save: string };
}) {
  const layout = useLayout();
  const [draft, setDraft] = useState<ConfigFile>(saved);
  const setRule = (id: string, value: RuleSetting | "") => {
    const next = { ...(draft.rules ?? {}) };
    if (value === "") delete next[id];
    else next[id] = value;
    setDraft({ ...draft, rules: next });
  };
  return (
    <section className={layout.panel} aria-label={S.settings.title}>
      <Caption1>{words.intro}</Caption1>
      <NumberField
        label={S.settings.noticeDays}
        max={60}
        value={draft.noticeDays ?? defaults.noticeDays}
        onChange={(noticeDays) => setDraft({ ...draft, noticeDays })}
      />
      <NumberField
        label={S.settings.lateGrace}
        max={240}
        value={draft.lateGraceMinutes ?? defaults.lateGraceMinutes}
        onChange={(lateGraceMinutes) => setDraft({ ...draft, lateGraceMinutes })}
      />
      <NumberField
        label={S.settings.dueSoonDays}
        max={60}
        value={draft.dueSoonDays ?? defaults.dueSoonDays}
        onChange={(dueSoonDays) => setDraft({ ...draft, dueSoonDays })}
      />
      <Field label={S.settings.sealNames} hint={S.settings.sealNamesHint}>
        <Input
          value={(draft.sealNames ?? []).join("、")}
          onChange={(_e, d) =>
            setDraft({
              ...draft,
              sealNames: d.value
                .split(/[、,，;；\n]/)
                .map((name) => name.trim())
                .filter((name, i, all) => name !== "" || i === all.length - 1),
            })
          }
        />
      </Field>
      <Field label={S.seating.side}>
        <Select
          className={layout.shrinkingSelect}
          value={draft.seatingSide ?? defaults.seatingSide}
          onChange={(_e, d) => setDraft({ ...draft, seatingSide: d.value as "left" | "right" })}
        >
          <option value="left">{S.seating.sideLeft}</option>
          <option value="right">{S.seating.sideRight}</option>
        </Select>
      </Field>
      {GROUPS.map(([name, title]) => {
        const group = rules.filter((rule) => rule.group === name);
        if (group.length === 0) return null;
        return (
          <section key={name} aria-label={title}>
            <Subtitle2 as="h3">{title}</Subtitle2>
            <ul className={layout.list}>
              {group.map((rule) => (
                <RuleRow
                  key={rule.id}
                  rule={rule}
                  value={draft.rules?.[rule.id] ?? ""}
                  onChange={(value) => setRule(rule.id, value)}
                />
              ))}
            </ul>
          </section>
        );
      })}
      <div className={layout.actions}>
        <Button
          appearance="primary"
          onClick={() => void onSave({ ...draft, sealNames: (draft.sealNames ?? []).filter((n) => n !== "") })}
        >
          {words.save}
        </Button>
        <Button
          onClick={() => {
            setDraft({});
            void onSave({});
          }}
        >
          {S.settings.reset}
        </Button>
      </div>
      {selfTest && <LazySelfTestCard run={selfTest} confirmBody={S.selfTest.confirmExcel()} />}
    </section>
  );
}
