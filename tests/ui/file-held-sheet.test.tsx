import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FILE_JOBS } from "../../src/hosts/files/file-jobs";
import { HELD_ROWS } from "../../src/hosts/files/held-sheets";
import { FileRegisterPanel } from "../../src/taskpane/files/FileRegisterPanel";
import { pickedFile } from "./picked-file";

async function dialogButton(name: string) {
  return waitFor(
    () => within(screen.getAllByRole("dialog", { hidden: true }).at(-1)!).getByRole("button", { name, hidden: true }),
    { timeout: 3000 },
  );
}

const ROWS = HELD_ROWS + 20;

/** An export longer than the page keeps: its last 联系电话 typed in full-width digits. */
function longExport(): File {
  const lines = ["序号,姓名,单位,联系电话"];
  for (let i = 1; i < ROWS; i++) lines.push(`${i},张${i},县财政局,1390000${String(i).padStart(4, "0")}`);
  lines.push(`${ROWS},李末,县财政局,１３９００００９９９９`);
  return pickedFile("签到导出.csv", new TextEncoder().encode(lines.join("\n")));
}

describe("file mode: a sheet too long to keep on the page is checked, previewed and fixed in the worker", () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => jest.restoreAllMocks());

  it("shows the finding with the rows around it, fixes it, and checks again when a rule is turned off", async () => {
    const askedToCheck = jest.spyOn(FILE_JOBS, "checkSheets");
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <FileRegisterPanel />
      </FluentProvider>,
    );
    await user.upload(screen.getByLabelText(/打开/, { selector: "input" }), [longExport()]);
    const article = await screen.findByRole("article", { name: "签到导出.csv" }, { timeout: 20_000 });
    const finding = await within(article).findByRole("button", { name: /１３９００００９９９９/ });
    // The findings came with the read: the page asked for no check of its own.
    expect(askedToCheck).not.toHaveBeenCalled();
    await user.click(finding);
    const preview = await within(article).findByRole("table", { name: /预览/ });
    expect(within(preview).getByText("李末")).toBeInTheDocument();
    expect(within(preview).getByText(String(ROWS + 1))).toBeInTheDocument();

    const fixes = within(article).getByRole("region", { name: "可修正的问题" });
    const row = within(fixes)
      .getByText(/１３９００００９９９９/)
      .closest("li") as HTMLElement;
    await user.click(within(row).getByRole("button", { name: "修正" }));
    await user.click(await dialogButton("修正"));
    expect(await screen.findByText(new RegExp(`已修正 .*!D${ROWS + 1}。`))).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "检查设置" }));
    await user.selectOptions(screen.getByRole("combobox", { name: /全角数字或字母/ }), "关闭");
    await user.click(screen.getByRole("button", { name: "保存到本浏览器" }));
    await waitFor(() => expect(within(article).queryByRole("button", { name: /１３９００００９９９９/ })).toBeNull(), {
      timeout: 20_000,
    });
    expect(askedToCheck).toHaveBeenCalled();
  }, 60_000);
});
