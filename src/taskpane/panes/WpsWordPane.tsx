import { useMemo } from "react";
import { requireWpsApplication } from "../../hosts/wps/detect";
import { createWpsWordHost } from "../../hosts/wps/wps-word-host";
import { S } from "../strings";
import { WordPaneView } from "./WordPane";

/** The Word pane inside WPS 文字: the same view over the WPS host; no office.js involved. */
export default function WpsWordPane() {
  const host = useMemo(() => createWpsWordHost(requireWpsApplication("wps")), []);
  return <WordPaneView host={host} mode={S.modes.wpsWord} />;
}
