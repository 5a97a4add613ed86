import { Button, Caption1 } from "@fluentui/react-components";
import { useState } from "react";
import { S } from "../strings";
import { Status, type StatusMessage, errorText } from "./Status";

const loadTracking = () =>
  Promise.all([
    import(/* webpackChunkName: "tracking" */ "../../core/tracking/items"),
    import(/* webpackChunkName: "tracking" */ "../../hosts/files/tracking-workbook"),
    import(/* webpackChunkName: "tracking" */ "../../hosts/files/download"),
  ]);

/**
 * 生成督办台账: the minutes' decisions as a new 督办台账 .xlsx, downloaded; each item's open points in 备注. `note` says
 * how to add them to a 台账 one already keeps, with the pane's own 追加 (Word: in Excel's pane).
 */
export function TrackingDownload({
  paragraphs,
  name,
  note = S.trackingTask.noteInWord,
}: {
  paragraphs: string[];
  name: string;
  note?: string;
}) {
  const [status, setStatus] = useState<StatusMessage>(null);
  const make = async () => {
    try {
      const [{ trackingItemsOfParagraphs }, { newTrackingWorkbook }, { offerDownload, copyName, XLSX_TYPE }] =
        await loadTracking();
      const { items } = trackingItemsOfParagraphs(paragraphs);
      if (items.length === 0) return setStatus({ intent: "warning", text: S.tracking.none });
      const fileName = copyName(name, "督办台账", ".xlsx");
      offerDownload(await newTrackingWorkbook(items), fileName, XLSX_TYPE);
      const open = items.filter((item) => item.note).length;
      setStatus({ intent: "success", text: `${S.tracking.made(items.length, open)}${S.downloads.done(fileName)}` });
    } catch (error) {
      setStatus({ intent: "error", text: errorText(error) });
    }
  };
  return (
    <div>
      <Button onClick={() => void make()}>{S.tracking.make}</Button>
      <Caption1 block>{note}</Caption1>
      <Status status={status} />
    </div>
  );
}
