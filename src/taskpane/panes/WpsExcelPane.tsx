import { useMemo } from "react";
import { wpsApplicationObject } from "../../hosts/wps/detect";
import { createWpsExcelHost } from "../../hosts/wps/et-host";
import type { EtApplication } from "../../hosts/wps/wps-api";
import { S } from "../strings";
import { ExcelPaneView } from "./ExcelPane";

/** The Excel pane inside WPS 表格: the same view over the WPS host; no office.js involved. */
export default function WpsExcelPane() {
  const host = useMemo(() => {
    const found = wpsApplicationObject();
    if (found?.kind !== "et") throw new Error("未找到 WPS 表格的应用对象（wps.EtApplication）");
    return createWpsExcelHost(found.app as EtApplication);
  }, []);
  return <ExcelPaneView host={host} mode={S.modes.wpsEt} />;
}
