import { useMemo } from "react";
import { requireWpsApplication } from "../../hosts/wps/detect";
import { createWpsExcelHost } from "../../hosts/wps/et-host";
import { S } from "../strings";
import { ExcelPaneView } from "./ExcelPane";

/** The Excel pane inside WPS 表格: the same view over the WPS host; no office.js involved. */
export default function WpsExcelPane() {
  const host = useMemo(() => createWpsExcelHost(requireWpsApplication("et")), []);
  return <ExcelPaneView host={host} mode={S.modes.wpsEt} />;
}
