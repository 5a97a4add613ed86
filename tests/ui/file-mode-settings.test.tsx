import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FileRegisterPanel } from "../../src/taskpane/files/FileRegisterPanel";

function setup() {
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <FileRegisterPanel />
    </FluentProvider>,
  );
  return { user, view };
}

async function dialogButton(name: string) {
  return waitFor(
    () => within(screen.getAllByRole("dialog", { hidden: true }).at(-1)!).getByRole("button", { name, hidden: true }),
    { timeout: 3000 },
  );
}

describe("file mode: the Excel pane's settings and fixes, kept in the browser", () => {
  beforeEach(() => localStorage.clear());

  it("turns a rule off, keeps it off when file mode is opened again, and back on", async () => {
    const { user, view } = setup();
    await user.click(screen.getByRole("button", { name: "会议签到表与参会名单" }));
    await screen.findByRole("button", { name: /重复签到/ });
    await user.click(screen.getByRole("button", { name: "检查设置" }));
    expect(screen.getByText(/设置保存在本浏览器中/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: /同一人签到不止一次/ }), "关闭");
    await user.click(screen.getByRole("button", { name: "保存到本浏览器" }));
    expect(await screen.findByText(/设置已保存到本浏览器/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /重复签到/ })).not.toBeInTheDocument();
    // File mode has no Office to test.
    expect(screen.queryByRole("button", { name: /自检/ })).not.toBeInTheDocument();

    view.unmount();
    setup();
    await user.click(screen.getByRole("button", { name: "会议签到表与参会名单" }));
    await screen.findByRole("button", { name: /中间有空格/ });
    expect(screen.queryByRole("button", { name: /重复签到/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "检查设置" }));
    await user.click(screen.getByRole("button", { name: "恢复默认" }));
    expect(await screen.findByRole("button", { name: /重复签到/ })).toBeInTheDocument();
    expect(localStorage.getItem("huiwu.config")).toBeNull();
  });

  it("offers a finding's certain fix, applied after confirmation and undone", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: "会议签到表与参会名单" }));
    const fixes = await screen.findByRole("region", { name: "可修正的问题" });
    const row = within(fixes)
      .getByText(/签到表!B5：“李\s+娜” → “李娜”/)
      .closest("li") as HTMLElement;
    await user.click(within(row).getByRole("button", { name: "修正" }));
    await user.click(await dialogButton("修正"));
    expect(await screen.findByText("已修正 签到表!B5。")).toBeInTheDocument();
    await user.click(await within(row).findByRole("button", { name: "撤销" }));
    expect(await screen.findByText("已撤销对 签到表!B5 的修正。")).toBeInTheDocument();
  });
});
