import { Checkbox, Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { NameCardOptions } from "../../core/cards/name-cards";
import { S } from "../strings";

export type CardOptions = Required<NameCardOptions>;

export const DEFAULT_CARD_OPTIONS: CardOptions = { font: "kai", unit: false };

/** 楷体 or 黑体, and whether the unit is printed under the name: the 桌签 options in Word and in file mode. */
export function CardOptionsFields({ value, onChange }: { value: CardOptions; onChange: (next: CardOptions) => void }) {
  return (
    <>
      <Field label={S.cards.font}>
        <RadioGroup
          layout="horizontal"
          style={{ flexWrap: "wrap" }}
          value={value.font}
          onChange={(_e, d) => onChange({ ...value, font: d.value as CardOptions["font"] })}
        >
          <Radio value="kai" label={S.cards.kai} />
          <Radio value="hei" label={S.cards.hei} />
        </RadioGroup>
      </Field>
      <Checkbox
        label={S.cards.unitLine}
        checked={value.unit}
        onChange={(_e, d) => onChange({ ...value, unit: d.checked === true })}
      />
    </>
  );
}
