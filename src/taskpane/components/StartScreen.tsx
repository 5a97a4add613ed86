import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import type { StartState } from "../../hosts/office/detect-host";
import { S } from "../strings";

/** The pane while Office starts it: waiting, or why Office has not answered, with a way to go on with files. */
export function StartScreen({
  state,
  officeJs,
  onFileMode,
}: {
  state: Exclude<StartState, { kind: "mode" }>;
  officeJs: string;
  onFileMode: () => void;
}) {
  const host = S.start.hostName(state.host);
  if (state.kind === "waiting") return <Spinner label={S.start.waiting(host)} />;
  const missing = state.kind === "office-missing";
  return (
    <MessageBar intent={missing ? "error" : "warning"} layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{missing ? S.start.missingTitle(host) : S.start.silentTitle(host)}</MessageBarTitle>
        <p style={{ overflowWrap: "anywhere" }}>{missing ? S.start.missing(officeJs) : S.start.silent(host)}</p>
        <Button onClick={onFileMode}>{S.start.fileMode}</Button>
      </MessageBarBody>
    </MessageBar>
  );
}
