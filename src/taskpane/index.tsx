import { createRoot } from "react-dom/client";
import { detectPaneMode } from "../hosts/office/detect-host";
import { App } from "./App";

const root = createRoot(document.getElementById("root")!);
detectPaneMode().then((mode) => root.render(<App mode={mode} />));
