// Opens the pane in the user's browser for npm start. BROWSER=none (or CI) opens nothing; BROWSER=<program>
// opens with that program, as create-react-app and Vite do.
import { spawn } from "node:child_process";

export function browserCommand(url, { platform = process.platform, env = process.env } = {}) {
  if (env.BROWSER === "none" || env.CI) return null;
  if (env.BROWSER) return { command: env.BROWSER, args: [url] };
  if (platform === "darwin") return { command: "open", args: [url] };
  if (platform === "win32") return { command: "cmd", args: ["/c", "start", '""', url] };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null; // a server or container without a screen
  return { command: "xdg-open", args: [url] };
}

/** True when a browser was asked to open the page; a missing program is not an error, the URL is printed anyway. */
export function openBrowser(url) {
  const choice = browserCommand(url);
  if (!choice) return false;
  try {
    const child = spawn(choice.command, choice.args, { detached: true, stdio: "ignore" });
    child.on("error", () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}
