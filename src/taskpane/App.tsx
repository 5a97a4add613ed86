import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import type { PaneMode } from "../hosts/office/detect-host";
import type { WpsKind } from "../hosts/wps/detect";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { S } from "./strings";

const ExcelPane = lazy(() => import(/* webpackChunkName: "excel-pane" */ "./panes/ExcelPane"));
const WordPane = lazy(() => import(/* webpackChunkName: "word-pane" */ "./panes/WordPane"));
const FilePane = lazy(() => import(/* webpackChunkName: "file-pane" */ "./panes/FilePane"));

const WpsExcelPane = lazy(() => import(/* webpackChunkName: "wps-excel-pane" */ "./panes/WpsExcelPane"));
const WpsWordPane = lazy(() => import(/* webpackChunkName: "wps-word-pane" */ "./panes/WpsWordPane"));

const PANES: Record<PaneMode, React.ComponentType> = { excel: ExcelPane, word: WordPane, file: FilePane };
const WPS_PANES: Record<WpsKind, React.ComponentType> = { et: WpsExcelPane, wps: WpsWordPane };

/** The pane of `mode`; inside WPS (`wps` says which program) the same pane over the WPS host. */
export function App({ mode, wps }: { mode: PaneMode; wps?: WpsKind }) {
  const Pane = wps ? WPS_PANES[wps] : PANES[mode];
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
      <main
        data-mode={mode}
        data-host={wps ? "wps" : undefined}
        aria-label={S.appName}
        style={{ padding: 12, maxWidth: 720, margin: "0 auto" }}
      >
        <ErrorBoundary part={S.modes[mode]}>
          <Suspense fallback={<Spinner label={S.loading} />}>
            <Pane />
          </Suspense>
        </ErrorBoundary>
      </main>
    </FluentProvider>
  );
}
