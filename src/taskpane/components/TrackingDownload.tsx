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

/** 生成督办台账: the minutes' decisions as a new 督办台账 .xlsx, downloaded; each item's open points in 备注. */
export function TrackingDownload({ paragraphs, name }: { paragraphs: string[]; name: string }) {
  const [status, setStatus] = useState<StatusMessage>(null);
  const make = async () => {
    try {
      const [{ trackingItemsOfParagraphs }, { newTrackingWorkbook }, { offerDownload, copyName, XLSX_TYPE }] =
        await loadTracking();
      const { items } = trackingItemsOfParagraphs(paragraphs);
      if (items.length === 0) return setStatus({ intent: "warning", text: S.tracking.none });
      offerDownload(await newTrackingWorkbook(items), copyName(name, "督办台账", ".xlsx"), XLSX_TYPE);
      const open = items.filter((item) => item.note).length;
      setStatus({ intent: "success", text: S.tracking.made(items.length, open) });
    } catch (error) {
      setStatus({ intent: "error", text: errorText(error) });
    }
  };
  return (
    <div>
      <Button onClick={() => void make()}>{S.tracking.make}</Button>
      <Caption1 block>{S.tracking.madeNote}</Caption1>
      <Status status={status} />
    </div>
  );
}
