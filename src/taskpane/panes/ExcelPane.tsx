import { S } from "../strings";
import { PaneHeader } from "./PaneHeader";

export default function ExcelPane() {
  return (
    <section data-testid="excel-pane">
      <PaneHeader mode={S.modes.excel} intro={S.excel.intro} />
    </section>
  );
}
