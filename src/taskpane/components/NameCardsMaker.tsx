import { Button, Caption1, Checkbox, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useId, useState } from "react";
import type { NameCard } from "../../core/cards/name-cards";
import { DOCX_TYPE, offerDownload } from "../../hosts/files/download";
import { CardOptionsFields, DEFAULT_CARD_OPTIONS } from "./CardOptionsFields";
import { Status, type StatusMessage } from "./Status";
import { useBusyAction } from "./useBusyAction";
import { once } from "./useLazyModule";
import { cardLabel, useCardChoice } from "./useCardChoice";
import { S } from "../strings";

/** The renderer and the zip, on the pane's own thread: a few hundred cards zip to a small .docx in well under a second. */
const loadCardsDocx = once(() => import(/* webpackChunkName: "cards-docx" */ "./cards-docx"));

const useStyles = makeStyles({
  maker: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: {
    display: "flex",
    flexDirection: "column",
    maxHeight: "320px",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** Where the made 桌签 went: opened in a new Word document, or downloaded as the file named. */
export type CardsDelivery = { opened: true } | { downloaded: string };

/** A delivery that offers the cards as a download named `fileName`. */
export function downloadCardsAs(fileName: string) {
  return async (bytes: Uint8Array): Promise<CardsDelivery> => {
    offerDownload(bytes, fileName, DOCX_TYPE);
    return { downloaded: fileName };
  };
}

function madeText(delivery: CardsDelivery, count: number): string {
  if ("opened" in delivery) return S.cards.opened(count);
  return `${S.downloads.done(delivery.downloaded, S.downloads.cards(count))}${S.downloads.foldCards}`;
}

/**
 * 桌签 for `cards`, in Word and in file mode alike: the people to tick (all at first), the options and the button
 * that makes the ticked ones into a .docx and hands it to `deliver`, with the one line that says what came of it.
 * `note` is said above the button (why it downloads rather than opens).
 */
export function NameCardsMaker({
  cards,
  onLeave,
  deliver,
  makeLabel = S.cards.make,
  note,
  disabled = false,
}: {
  cards: readonly NameCard[];
  onLeave: readonly string[];
  deliver: (bytes: Uint8Array) => Promise<CardsDelivery>;
  makeLabel?: string;
  note?: ReactNode;
  disabled?: boolean;
}) {
  const styles = useStyles();
  const choice = useCardChoice(cards);
  const [options, setOptions] = useState(DEFAULT_CARD_OPTIONS);
  const [status, setStatus] = useState<StatusMessage>(null);
  const { busy: making, attempt } = useBusyAction(setStatus);
  const peopleLabel = useId();

  const make = () => {
    const chosen = choice.chosenCards();
    return attempt(async () => {
      const { cardsDocx } = await loadCardsDocx();
      const delivery = await deliver(await cardsDocx(chosen, options));
      setStatus({ intent: "success", text: madeText(delivery, chosen.length) });
    });
  };

  return (
    <div className={styles.maker}>
      <Subtitle2 id={peopleLabel}>{S.cards.people}</Subtitle2>
      {onLeave.length > 0 && <Caption1>{S.cards.onLeave(onLeave.join("、"))}</Caption1>}
      <div className={styles.row}>
        <Button size="small" onClick={choice.all}>
          {S.cards.all}
        </Button>
        <Button size="small" onClick={choice.none}>
          {S.cards.none}
        </Button>
        <Caption1>{S.cards.chosen(choice.count, cards.length)}</Caption1>
      </div>
      <div className={styles.list} role="group" aria-labelledby={peopleLabel}>
        {cards.map((card, i) => (
          <Checkbox
            key={i}
            label={cardLabel(card)}
            checked={choice.chosen[i]}
            onChange={(_e, d) => choice.tick(i, d.checked === true)}
          />
        ))}
      </div>
      <div className={styles.row}>
        <CardOptionsFields value={options} onChange={setOptions} />
      </div>
      {note}
      <div className={styles.row}>
        <Button appearance="primary" disabled={disabled || making || choice.count === 0} onClick={() => void make()}>
          {making ? S.cards.making : makeLabel}
        </Button>
      </div>
      <Status status={status} />
    </div>
  );
}
