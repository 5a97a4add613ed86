import { Caption1, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { quoteInContext } from "../../core/document/quote";
import type { Finding } from "../../core/rules/finding";
import { type CheckedKind, DOCUMENT_KIND_LABELS, type DocumentKind } from "../../core/rules/text-rule";
import { S } from "../strings";
import { FindingMessage } from "./FindingText";

const useStyles = makeStyles({
  quote: { display: "block" },
  kinds: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

/** Where a document finding is: its paragraph and the quoted text, where it belongs, or the whole document. */
export function DocumentPlaceLabel({ finding, paragraphs }: { finding: Finding; paragraphs?: string[] }): ReactNode {
  const styles = useStyles();
  const place = finding.place;
  if (place.kind === "text") {
    return (
      <>
        {S.findings.paragraph(place.paragraph + 1)}
        {paragraphs && (
          <span className={styles.quote}>{quoteInContext(paragraphs[place.paragraph], place.start, place.end)}</span>
        )}
      </>
    );
  }
  if (place.kind === "document" && place.paragraph !== null) return S.findings.belongsAfter(place.paragraph + 1);
  return S.findings.whole;
}

export function DocumentFindingMessage({ finding, paragraphs }: { finding: Finding; paragraphs?: string[] }) {
  return <FindingMessage finding={finding} where={<DocumentPlaceLabel finding={finding} paragraphs={paragraphs} />} />;
}

/**
 * The kind the text was checked as, and a switch: 自动判断 / 通知 / 纪要. Where the reading was unsure
 * the user picks the kind here and the check runs again.
 */
export function KindSwitch({
  checkedAs,
  chosen,
  disabled,
  onChoose,
}: {
  checkedAs: CheckedKind;
  chosen: DocumentKind | undefined;
  disabled?: boolean;
  onChoose: (kind: DocumentKind | undefined) => void;
}) {
  const styles = useStyles();
  const options: [DocumentKind | undefined, string][] = [
    [undefined, S.word.kindAuto],
    ["notice", S.word.kindNotice],
    ["minutes", S.word.kindMinutes],
  ];
  return (
    <div className={styles.kinds} role="group" aria-label={S.word.kindSwitch}>
      <Caption1>
        {checkedAs === "unsure" ? S.word.kindUnsure : S.word.detectedKind(DOCUMENT_KIND_LABELS[checkedAs])}
      </Caption1>
      {options.map(([kind, label]) => (
        <ToggleButton
          key={label}
          size="small"
          checked={chosen === kind}
          disabled={disabled}
          aria-pressed={chosen === kind}
          onClick={() => onChoose(kind)}
        >
          {label}
        </ToggleButton>
      ))}
    </div>
  );
}
