import { useMemo } from "react";
import { wpsApplicationObject } from "../../hosts/wps/detect";
import type { WpsApplication } from "../../hosts/wps/wps-api";
import { createWpsWordHost } from "../../hosts/wps/wps-word-host";
import { S } from "../strings";
import { WordPaneView } from "./WordPane";

/** The Word pane inside WPS 文字: the same view over the WPS host; no office.js involved. */
export default function WpsWordPane() {
  const host = useMemo(() => {
    const found = wpsApplicationObject();
    if (found?.kind !== "wps") throw new Error("未找到 WPS 文字的应用对象（wps.WpsApplication）");
    return createWpsWordHost(found.app as WpsApplication);
  }, []);
  return <WordPaneView host={host} mode={S.modes.wpsWord} />;
}
