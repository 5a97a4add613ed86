import { Button, Caption1, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { NameCard } from "../../core/cards/name-cards";
import { toBase64 } from "../../hosts/files/base64";
import { DOCX_TYPE, offerDownload } from "../../hosts/files/download";
import { pickedFileBytes } from "../../hosts/files/input-size";
import { unsupportedMessage } from "../../hosts/office/capabilities";
import type { WordHost } from "../../hosts/word/word-host";
import { FilePickerButton } from "../components/FilePickerButton";
import { Status, type StatusMessage, errorText } from "../components/Status";
import { CardOptionsFields, DEFAULT_CARD_OPTIONS } from "../components/CardOptionsFields";
import { S } from "../strings";
import { loadCardsEngine } from "./load-engines";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
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

interface Roster {
  fileName: string;
  sheet: string;
  cards: NameCard[];
  onLeave: string[];
}

/**
 * 桌签 in Word: pick a 参会名单, tick the people (all at first), 生成桌签 opens the cards as a new document with
 * their landscape page (WordApi 1.3); below that, the .docx is offered as a download instead.
 */
export function CardsPanel({ host }: { host: WordHost }) {
  const styles = useStyles();
  const [roster, setRoster] = useState<Roster | null>(null);
  const [chosen, setChosen] = useState<boolean[]>([]);
  const [cardOptions, setCardOptions] = useState(DEFAULT_CARD_OPTIONS);
  const [status, setStatus] = useState<StatusMessage>(null);
  const [busy, setBusy] = useState(false);
  const canOpen = host.supportsNewDocument();

  const read = async (file: File) => {
    setBusy(true);
    setStatus({ intent: "info", text: S.cards.reading });
    try {
      const { rosterCardsOf } = await loadCardsEngine();
      const read = await rosterCardsOf(await pickedFileBytes(file), file.name);
      setRoster({ fileName: file.name, ...read });
      setChosen(read.cards.map(() => true));
      setStatus(null);
    } catch (error) {
      setStatus({ intent: "error", text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  const make = async () => {
    if (!roster) return;
    const cards = roster.cards.filter((_, i) => chosen[i]);
    if (cards.length === 0) return setStatus({ intent: "warning", text: S.cards.noneChosen });
    setBusy(true);
    try {
      const { cardsDocx } = await loadCardsEngine();
      const bytes = await cardsDocx(cards, cardOptions);
      if (canOpen) {
        await host.openNewDocument(toBase64(bytes), "wordCardsDocument");
        setStatus({ intent: "success", text: S.cards.opened(cards.length) });
      } else {
        const fileName = S.cards.fileNameOf(roster.sheet);
        offerDownload(bytes, fileName, DOCX_TYPE);
        const said = S.downloads.done(fileName, S.downloads.cards(cards.length));
        setStatus({ intent: "success", text: `${said}${S.downloads.foldCards}` });
      }
    } catch (error) {
      setStatus({ intent: "error", text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  const count = chosen.filter(Boolean).length;
  return (
    <section className={styles.panel} aria-label={S.cards.tab}>
      <Caption1>{S.cards.intro}</Caption1>
      <div className={styles.row}>
        <FilePickerButton
          label={S.cards.pickRoster}
          accept=".xlsx,.xlsm,.xls,.et,.ods,.csv,.txt"
          disabled={busy}
          onFiles={(files) => void read(files[0])}
        />
      </div>
      {roster && (
        <>
          <Text>
            {roster.fileName}：{S.cards.from(roster.sheet, roster.cards.length)}
          </Text>
          {roster.onLeave.length > 0 && <Caption1>{S.cards.onLeave(roster.onLeave.join("、"))}</Caption1>}
          <div className={styles.row}>
            <Button size="small" onClick={() => setChosen(chosen.map(() => true))}>
              {S.cards.all}
            </Button>
            <Button size="small" onClick={() => setChosen(chosen.map(() => false))}>
              {S.cards.none}
            </Button>
            <Caption1>{S.cards.chosen(count, roster.cards.length)}</Caption1>
          </div>
          <div className={styles.list} role="group" aria-label={S.cards.people}>
            {roster.cards.map((card, i) => (
              <Checkbox
                key={i}
                label={card.unit ? `${card.name}（${card.unit}）` : card.name}
                checked={chosen[i]}
                onChange={(_e, d) => setChosen(chosen.map((c, j) => (j === i ? d.checked === true : c)))}
              />
            ))}
          </div>
          <div className={styles.row}>
            <CardOptionsFields value={cardOptions} onChange={setCardOptions} />
          </div>
          {!canOpen && <Status status={{ intent: "warning", text: unsupportedMessage("wordCardsDocument") }} />}
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy || count === 0} onClick={() => void make()}>
              {busy ? S.cards.making : canOpen ? S.cards.make : S.cards.download}
            </Button>
          </div>
        </>
      )}
      <Status status={status} />
    </section>
  );
}
