import { render, screen } from "@testing-library/react";
import { type StartState, officeHostHint, startPane } from "../../src/hosts/office/detect-host";
import { App } from "../../src/taskpane/App";

/** The part of the Office namespace the pane reads at start: onReady and the host names. */
function officeReadyAs(host: string | null, afterMs = 5) {
  return {
    HostType: { Excel: "Excel", Word: "Word" },
    onReady(callback: (info: { host: string | null }) => void) {
      setTimeout(() => callback({ host }), afterMs);
    },
  };
}

function states(hint: ReturnType<typeof officeHostHint>, office: Parameters<typeof startPane>[1], silentMs = 1000) {
  const seen: StartState[] = [];
  startPane(hint, office, (state) => seen.push(state), silentMs);
  return seen;
}

describe("the pane that opens", () => {
  it.each([
    ["Excel$Win32$16.01$zh-CN$$$$0", "Excel"],
    ["Word|Win32|16.01|zh-CN", "Word"],
    ["PowerPoint$Win32$16.01$zh-CN", "other"],
    ["", null],
    [null, null],
  ])("reads the host from Office's _host_Info %s", (info, hint) => {
    expect(officeHostHint(info)).toBe(hint);
  });

  it("opens on files at once in a plain browser, without waiting for office.js", () => {
    expect(states(null, officeReadyAs("Excel"))).toEqual([{ kind: "mode", mode: "file" }]);
  });

  it.each([
    ["Excel", "excel"],
    ["Word", "word"],
    [null, "file"],
  ])("inside Office, the host %s opens the %s pane when office.js answers", async (host, mode) => {
    const seen = states("Excel", officeReadyAs(host));
    expect(seen).toEqual([{ kind: "waiting", host: "Excel" }]);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen.at(-1)).toEqual({ kind: "mode", mode });
  });

  it("inside Office with office.js missing, says so instead of pretending to be a browser", () => {
    expect(states("Word", undefined)).toEqual([{ kind: "office-missing", host: "Word" }]);
  });

  it("says when office.js is slow, and still switches when it answers", () => {
    jest.useFakeTimers();
    const seen = states("Excel", officeReadyAs("Excel", 4000), 3000);
    jest.advanceTimersByTime(3000);
    expect(seen.at(-1)).toEqual({ kind: "office-silent", host: "Excel" });
    jest.advanceTimersByTime(1000);
    expect(seen.at(-1)).toEqual({ kind: "mode", mode: "excel" });
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
