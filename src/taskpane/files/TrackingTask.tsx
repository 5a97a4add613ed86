import { Caption1 } from "@fluentui/react-components";
import { FilePickerButton } from "../components/FilePickerButton";
import { useLayout } from "../components/layout";
import { S } from "../strings";
import type { FileRoute } from "./file-routes";

/**
 * 督办台账: made from a 纪要 (opened in 检查通知/纪要, where 生成督办台账 is) or an existing 台账 opened to check and
 * to 追加 a 纪要's items (in 检查登记表). Both in the pane: never the command line.
 */
export function TrackingTask({ onRoute }: { onRoute: (route: FileRoute) => void }) {
  const styles = useLayout();
  return (
    <section className={styles.panel}>
      <Caption1>{S.trackingTask.intro}</Caption1>
      <FilePickerButton
        appearance="primary"
        label={S.trackingTask.fromMinutes}
        accept=".docx,.txt"
        onFiles={(files) => onRoute({ to: "documents", files, note: S.trackingTask.minutesOpened(files[0].name) })}
      />
      <Caption1>{S.trackingTask.fromMinutesNote}</Caption1>
      <FilePickerButton
        label={S.trackingTask.openTracking}
        accept=".xlsx,.xlsm,.xls,.et,.ods,.csv"
        onFiles={(files) => onRoute({ to: "registers", files, note: S.trackingTask.trackingOpened(files[0].name) })}
      />
      <Caption1>{S.trackingTask.openTrackingNote}</Caption1>
    </section>
  );
}
