import { Button, Caption1, Field, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import type { ConfigFile } from "../../core/rules/config";
import type { RuleMeta } from "../../core/rules/finding";
import { useLayout } from "../components/layout";
import { S } from "../strings";

type RuleSetting = NonNullable<ConfigFile["rules"]>[string];

/**
 * The check settings of this workbook: days of notice, late grace, the office's seals, and each rule on,
 * off or at another severity. Saved into the workbook (the same shape as huiwu.config.json).
 */
export function SettingsPanel({
  rules,
  saved,
  onSave,
}: {
  rules: readonly RuleMeta[];
  saved: ConfigFile;
  onSave: (config: ConfigFile) => Promise<boolean>;
}) {
  const layout = useLayout();
  const [draft, setDraft] = useState<ConfigFile>(saved);
  const number = (value: string, fallback: number | undefined) => {
    const n = Number.parseInt(value, 10);
    return Number.isFinite(n) && n >= 0 ? n : fallback;
  };
  const setRule = (id: string, value: RuleSetting | "") => {
    const next = { ...(draft.rules ?? {}) };
    if (value === "") delete next[id];
    else next[id] = value;
    setDraft({ ...draft, rules: next });
  };
  return (
    <section className={layout.panel} aria-label={S.settings.title}>
      <Caption1>{S.settings.intro}</Caption1>
      <Field label={S.settings.noticeDays}>
        <Input
          type="number"
          min={0}
          max={60}
          value={String(draft.noticeDays ?? 3)}
          onChange={(_e, d) => setDraft({ ...draft, noticeDays: number(d.value, draft.noticeDays) })}
        />
      </Field>
      <Field label={S.settings.lateGrace}>
        <Input
          type="number"
          min={0}
          max={240}
          value={String(draft.lateGraceMinutes ?? 0)}
          onChange={(_e, d) => setDraft({ ...draft, lateGraceMinutes: number(d.value, draft.lateGraceMinutes) })}
        />
      </Field>
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
      <ul className={layout.list} aria-label={S.settings.rules}>
        {rules.map((rule) => (
          <li key={rule.id}>
            <Field label={`${rule.description}（${rule.id}）`} orientation="horizontal">
              <Select
                value={draft.rules?.[rule.id] ?? ""}
                onChange={(_e, d) => setRule(rule.id, d.value as RuleSetting | "")}
              >
                <option value="">{S.settings.byDefault(S.findings.severity[rule.severity])}</option>
                <option value="error">{S.findings.severity.error}</option>
                <option value="warning">{S.findings.severity.warning}</option>
                <option value="info">{S.findings.severity.info}</option>
                <option value="off">{S.settings.off}</option>
              </Select>
            </Field>
          </li>
        ))}
      </ul>
      <div className={layout.actions}>
        <Button
          appearance="primary"
          onClick={() => void onSave({ ...draft, sealNames: (draft.sealNames ?? []).filter((n) => n !== "") })}
        >
          {S.settings.save}
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
    </section>
  );
}
