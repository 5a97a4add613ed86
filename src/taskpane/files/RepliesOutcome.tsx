import { Caption1, Radio, RadioGroup, Subtitle2, Text } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Collected } from "../../core/replies/collect";
import { type ListOrder, tallyByUnit } from "../../core/replies/merge";
import { ReplyFindingList } from "../components/ReplyFindingList";
import { Status } from "../components/Status";
import { useLayout } from "../components/layout";
import { R } from "./replies-strings";

/**
 * What 汇总回执 found, in file mode and the Excel pane alike: the order to list people in, how many (and how many new
 * when adding to a 参会名单), the reply/* findings, the count per unit, then `children` (what to do with the list).
 */
export function RepliesOutcome({
  collected,
  noticeRead = true,
  order,
  onOrder,
  children,
}: {
  collected: Collected;
  /** Whether a notice was read: without one the card already says units are not checked. */
  noticeRead?: boolean;
  order: ListOrder;
  onOrder: (order: ListOrder) => void;
  children?: ReactNode;
}) {
  const layout = useLayout();
  const { merged } = collected;
  const adding = merged.people.length > merged.added.length || merged.alreadyMerged.length > 0;
  return (
    <article aria-label={R.findings}>
      <RadioGroup
        aria-label={R.order}
        layout="horizontal"
        value={order}
        onChange={(_e, d) => onOrder(d.value as ListOrder)}
      >
        <Radio value="notice" label={R.orderNotice} />
        <Radio value="strokes" label={R.orderStrokes} />
      </RadioGroup>
      <Text block>
        {adding
          ? R.summaryAdded(
              merged.people.length,
              merged.added.length,
              merged.replies.length,
              merged.alreadyMerged.length,
            )
          : R.summary(merged.people.length, merged.replies.length)}
      </Text>
      {noticeRead && collected.expectedUnits.length === 0 && <Caption1 block>{R.noUnits}</Caption1>}
      <Subtitle2 as="h3" style={{ marginTop: 12 }}>
        {R.findings}
      </Subtitle2>
      {collected.findings.length === 0 ? (
        <Status status={{ intent: "success", text: R.noFindings }} />
      ) : (
        <ReplyFindingList findings={collected.findings} />
      )}
      <Subtitle2 as="h3" style={{ marginTop: 12 }}>
        {R.tally}
      </Subtitle2>
      <ul className={layout.list} aria-label={R.tally}>
        {tallyByUnit(merged.people, collected.expectedUnits).map(({ unit, count }) => (
          <li key={unit}>{R.tallyRow(unit, count)}</li>
        ))}
      </ul>
      {children}
    </article>
  );
}
