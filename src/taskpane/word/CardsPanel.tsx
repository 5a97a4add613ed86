import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { NameCard } from "../../core/cards/name-cards";
import { toBase64 } from "../../hosts/files/base64";
import { pickedFileBytes } from "../../hosts/files/input-size";
import { unsupportedMessage } from "../../hosts/office/capabilities";
import type { WordHost } from "../../hosts/word/word-host";
import { FilePickerButton } from "../components/FilePickerButton";
import { type CardsDelivery, NameCardsMaker, downloadCardsAs } from "../components/NameCardsMaker";
import { Status, type StatusMessage } from "../components/Status";
import { useBusyAction } from "../components/useBusyAction";
import { S } from "../strings";
import { loadCardsEngine } from "./load-engines";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

interface Roster {
  fileName: string;
  sheet: string;
  cards: NameCard[];
  onLeave: string[];
}

/**
 * 桌签 in Word: pick a 参会名单, then the shared maker; 生成桌签 opens the cards as a new document with their
 * landscape page (WordApi 1.3); below that, the .docx is offered as a download instead.
 */
export function CardsPanel({ host }: { host: WordHost }) {
  const styles = useStyles();
  const [roster, setRoster] = useState<Roster | null>(null);
  const [status, setStatus] = useState<StatusMessage>(null);
  const { busy, attempt } = useBusyAction(setStatus);
  const canOpen = host.supportsNewDocument();

  const read = (file: File) =>
    attempt(async () => {
      setStatus({ intent: "info", text: S.cards.reading });
      const { rosterCardsOf } = await loadCardsEngine();
      const read = await rosterCardsOf(await pickedFileBytes(file), file.name);
      setRoster({ fileName: file.name, ...read });
      setStatus(null);
    });

  const openAsDocument = async (bytes: Uint8Array): Promise<CardsDelivery> => {
    await host.openNewDocument(toBase64(bytes), "wordCardsDocument");
    return { opened: true };
  };

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
      <Status status={status} />
      {roster && (
        <>
          <Text>
            {roster.fileName}：{S.cards.from(roster.sheet, roster.cards.length)}
          </Text>
          <NameCardsMaker
            key={`${roster.fileName}/${roster.sheet}`}
            cards={roster.cards}
            onLeave={roster.onLeave}
            deliver={canOpen ? openAsDocument : downloadCardsAs(S.cards.fileNameOf(roster.sheet))}
            makeLabel={canOpen ? S.cards.make : S.cards.download}
            note={!canOpen && <Status status={{ intent: "warning", text: unsupportedMessage("wordCardsDocument") }} />}
            disabled={busy}
          />
        </>
      )}
    </section>
  );
}
