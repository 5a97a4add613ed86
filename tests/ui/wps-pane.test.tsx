import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SAMPLE_WORKBOOKS } from "../../src/samples";
import { App } from "../../src/taskpane/App";
import { FakeEt, FakeWpsWriter } from "../fakes/wps-fake";

/** The page of a WPS 加载项's task pane gets a global `wps` (wps-jsapi's index.d.ts): here over the fakes. */
function inWps(wps: object) {
  (globalThis as { wps?: object }).wps = wps;
}

afterEach(() => {
  delete (globalThis as { wps?: object }).wps;
});

function sampleEt() {
  const et = new FakeEt();
  for (const grid of SAMPLE_WORKBOOKS[0].grids)
    et.addSheet(grid.sheet, grid.rows, { fills: grid.sheet === "签到表" ? { G8: "#00B050" } : {} });
  return et;
}

describe("the pane inside WPS", () => {
  it("opens the Excel pane over WPS 表格, lists the sample sign-in sheet's findings, and marks and clears cells", async () => {
    const et = sampleEt();
    inWps({ EtApplication: () => et.application });
    const user = userEvent.setup();
    render(<App mode="excel" wps="et" />);
    expect(await screen.findByText("WPS 表格：核对登记表")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "检查本工作簿" }));
    const duplicate = await screen.findByRole("button", { name: /王建国（县应急管理局）重复签到/ });
    expect(within(screen.getAllByLabelText("出勤统计")[0]).getByText("应到")).toBeInTheDocument();
    await user.click(duplicate);
    expect(et.selected).toBe("签到表!B10");
    await user.click(screen.getByRole("button", { name: "标出问题单元格" }));
    expect(await screen.findByText(/已标出 12 个单元格/)).toBeInTheDocument();
    expect(et.fillOf("签到表", "G8").color).toBe("#FFC7CE");
    await user.click(screen.getByRole("button", { name: "清除标注" }));
    expect(await screen.findByText(/已恢复 12 个单元格原来的填充/)).toBeInTheDocument();
    expect(et.fillOf("签到表", "G8").color).toBe("#00B050");
  });

  it("opens the Word pane over WPS 文字, named so in its header", async () => {
    const writer = new FakeWpsWriter(["关于召开会议的通知"]);
    inWps({ WpsApplication: () => writer.application });
    render(<App mode="word" wps="wps" />);
    expect(await screen.findByText("WPS 文字：起草与检查公文")).toBeInTheDocument();
    expect(screen.getByRole("main")).toHaveAttribute("data-host", "wps");
  });
});
