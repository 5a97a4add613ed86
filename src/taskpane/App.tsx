import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import type { PaneMode } from "../hosts/office/detect-host";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { S } from "./strings";

const ExcelPane = lazy(() => import(/* webpackChunkName: "excel-pane" */ "./panes/ExcelPane"));
const WordPane = lazy(() => import(/* webpackChunkName: "word-pane" */ "./panes/WordPane"));
const FilePane = lazy(() => import(/* webpackChunkName: "file-pane" */ "./panes/FilePane"));

const PANES: Record<PaneMode, React.ComponentType> = { excel: ExcelPane, word: WordPane, file: FilePane };

export function App({ mode }: { mode: PaneMode }) {
  const Pane = PANES[mode];
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
      <main data-mode={mode} aria-label={S.appName} style={{ padding: 12, maxWidth: 720, margin: "0 auto" }}>
        <ErrorBoundary part={S.modes[mode]}>
          <Suspense fallback={<Spinner label={S.loading} />}>
            <Pane />
          </Suspense>
        </ErrorBoundary>
      </main>
    </FluentProvider>
  );
}
