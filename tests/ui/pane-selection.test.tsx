import { render, screen } from "@testing-library/react";
import { detectPaneMode } from "../../src/hosts/office/detect-host";
import { App } from "../../src/taskpane/App";

/** The part of the Office namespace the pane reads at start: onReady and the host names. */
function officeReadyAs(host: string | null) {
  return {
    HostType: { Excel: "Excel", Word: "Word" },
    onReady(callback: (info: { host: string | null }) => void) {
      setTimeout(() => callback({ host }), 5);
    },
  };
}

describe("the pane that opens", () => {
  it.each([
    ["Excel", "excel"],
    ["Word", "word"],
    [null, "file"],
    ["PowerPoint", "file"],
  ])("Office host %s opens the %s pane", async (host, mode) => {
    await expect(detectPaneMode(officeReadyAs(host), 1000)).resolves.toBe(mode);
  });

  it("opens on files when office.js did not load at all", async () => {
    await expect(detectPaneMode(undefined)).resolves.toBe("file");
  });

  it("opens on files when office.js never answers, after the timeout", async () => {
    jest.useFakeTimers();
    const silent = { onReady: () => undefined, HostType: { Excel: "Excel", Word: "Word" } };
    const mode = detectPaneMode(silent, 3000);
    jest.advanceTimersByTime(3000);
    await expect(mode).resolves.toBe("file");
    jest.useRealTimers();
  });

  it.each([
    ["excel", "excel-pane", "Excel：核对登记表"],
    ["word", "word-pane", "Word：起草与检查公文"],
    ["file", "file-pane", "文件模式（未在 Office 中打开）"],
  ] as const)("mode %s renders its own pane, in Chinese", async (mode, testId, label) => {
    render(<App mode={mode} />);
    expect(await screen.findByTestId(testId)).toBeInTheDocument();
    expect(screen.getByText(label)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "会务助手" })).toBeInTheDocument();
  });
});
