import { Button } from "@fluentui/react-components";
import { Suspense, lazy, useMemo, useState } from "react";
import { type ExcelHost, createExcelHost } from "../../hosts/excel/excel-host";
import { useLayout } from "../components/layout";
import { Status } from "../components/Status";
import { RegisterSettings, SettingsToggle } from "../excel/RegisterSettings";
import { ReadProgress } from "../excel/ReadProgress";
import { useRegisterSession } from "../excel/useRegisterSession";
import { S } from "../strings";
import { PaneHeader } from "./PaneHeader";

// What a check found shows nothing before the first check: it loads just after the first screen, with its cards,
// lists and dialogs, and keeps the first screen within its budget (tests/e2e/bundle.e2e.mjs).
const RegisterResults = lazy(() =>
  import(/* webpackChunkName: "register-results" */ "../excel/RegisterResults").then((m) => ({
    default: m.RegisterResults,
  })),
);

/** `mode` names the program in the header (Excel, or WPS 表格 over the WPS host). */
export function ExcelPaneView({ host, mode = S.modes.excel }: { host: ExcelHost; mode?: string }) {
  const layout = useLayout();
  const session = useRegisterSession(host);
  const [showSettings, setShowSettings] = useState(false);
  return (
    <section data-testid="excel-pane" className={layout.panel}>
      <PaneHeader mode={mode} intro={S.excel.intro} />
      <div className={layout.actions}>
        <Button appearance="primary" disabled={session.busy} onClick={() => void session.check(false)}>
          {S.excel.checkWorkbook}
        </Button>
        <Button disabled={session.busy} onClick={() => void session.check(true)}>
          {S.excel.checkSheet}
        </Button>
        <SettingsToggle session={session} shown={showSettings} onToggle={setShowSettings} />
      </div>
      <RegisterSettings session={session} shown={showSettings} onClose={() => setShowSettings(false)} />
      <ReadProgress session={session} />
      <Status status={session.status} />
      <Suspense fallback={null}>
        <RegisterResults session={session} />
      </Suspense>
    </section>
  );
}

export default function ExcelPane() {
  const host = useMemo(() => createExcelHost(), []);
  return <ExcelPaneView host={host} />;
}
