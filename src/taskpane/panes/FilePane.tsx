import { S } from "../strings";
import { PaneHeader } from "./PaneHeader";

export default function FilePane() {
  return (
    <section data-testid="file-pane">
      <PaneHeader mode={S.modes.file} intro={S.file.intro} />
    </section>
  );
}
