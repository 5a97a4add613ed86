import { S } from "../strings";
import { PaneHeader } from "./PaneHeader";

export default function WordPane() {
  return (
    <section data-testid="word-pane">
      <PaneHeader mode={S.modes.word} intro={S.word.intro} />
    </section>
  );
}
