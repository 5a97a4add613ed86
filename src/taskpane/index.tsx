import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { type OfficeLike, type StartState, officeHostHint, startPane } from "../hosts/office/detect-host";
import { wpsApplication } from "../hosts/wps/detect";
import { App } from "./App";
import { StartScreen } from "./components/StartScreen";

declare global {
  interface Window {
    /** Set by guard.js: an engine too old for the pane (the guard has said so). */
    __huiwuUnsupported?: boolean;
    /** Set by guard.js: the `_host_Info` Office opened the pane with, or null in a plain browser. */
    __huiwuHostInfo?: string | null;
  }
}

/** WPS 表格 or 文字 when the pane is a WPS 加载项's task pane: WPS has no office.js, so none is waited for. */
const wps = wpsApplication();

const officeJs = document.querySelector('meta[name="huiwu-office-js"]')?.getAttribute("content") ?? "";

function Root() {
  const [state, setState] = useState<StartState | null>(null);
  const [filesChosen, setFilesChosen] = useState(false);
  useEffect(() => {
    if (wps) return;
    startPane(officeHostHint(window.__huiwuHostInfo), (globalThis as { Office?: OfficeLike }).Office, setState);
  }, []);
  if (wps) return <App mode={wps === "et" ? "excel" : "word"} wps={wps} />;
  if (state?.kind === "mode") return <App mode={state.mode} />;
  if (filesChosen) return <App mode="file" />;
  if (!state) return null;
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
      <main style={{ padding: 12 }}>
        <StartScreen state={state} officeJs={officeJs} onFileMode={() => setFilesChosen(true)} />
      </main>
    </FluentProvider>
  );
}

if (!window.__huiwuUnsupported) createRoot(document.getElementById("root")!).render(<Root />);
