import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import FilePane from "../../src/taskpane/panes/FilePane";

describe("file mode: 汇总回执", () => {
  it("merges the sample 回执, lists each reply/* finding and the count per unit, and offers the 名单 and 签到表", async () => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <FilePane />
      </FluentProvider>,
    );
    await user.click(screen.getByRole("button", { name: /^汇总回执/ }));
    const pane = screen.getByRole("region", { name: "汇总回执" });
    await user.click(within(pane).getByRole("button", { name: "打开示例" }));
    expect(await within(pane).findByText("参会名单 11 人，来自 5 份回执。")).toBeInTheDocument();
    const findings = within(pane).getByRole("list", { name: "回执核对结果" });
    const items = within(findings)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual([
      "错误吴刚（县交通运输局）已在本回执前面中报名，参会名单只列一次县交通运输局回执.xlsx · Sheet1!B5",
      "警告县教育局 未报送回执会议通知（附回执，示例）.docx",
      "警告县住建局 报名 3 人，超过通知规定的 2 人（“每单位限报2人”）县住建局回执.csv · 县住建局回执!B4",
      "提示2026年12月2日收到（按文件修改时间），晚于通知要求的 2026年12月1日 前报送县财政局回执.docx",
    ]);
    const tally = within(pane).getByRole("list", { name: "各单位人数" });
    expect(within(tally).getByText("县教育局：0 人（未报送）")).toBeInTheDocument();
    expect(within(tally).getByText("县住建局：3 人")).toBeInTheDocument();

    const created: string[] = [];
    const createObjectURL = jest.fn(() => "blob:x");
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      created.push(this.download);
    });
    await user.click(within(pane).getByRole("button", { name: "下载参会名单（.xlsx）" }));
    expect(
      await within(pane).findByText("已下载 参会名单.xlsx，共 11 人（在浏览器的“下载”文件夹中）。"),
    ).toBeInTheDocument();
    await user.click(within(pane).getByRole("button", { name: "下载签到表（.xlsx）" }));
    expect(
      await within(pane).findByText("已下载 签到表.xlsx，共 11 人（在浏览器的“下载”文件夹中）。"),
    ).toBeInTheDocument();
    await user.click(within(pane).getByRole("button", { name: "下载签到表（Word）" }));
    expect(
      await within(pane).findByText("已下载 签到表.docx，共 11 人（在浏览器的“下载”文件夹中）。"),
    ).toBeInTheDocument();
    await waitFor(() => expect(created).toEqual(["参会名单.xlsx", "签到表.xlsx", "签到表.docx"]));
    click.mockRestore();

    await user.click(within(pane).getByRole("radio", { name: "按姓氏笔画" }));
    expect(within(pane).getByText("参会名单 11 人，来自 5 份回执。")).toBeInTheDocument();
  });
});

describe("file mode: 生成签到表 from a checked workbook's 参会名单", () => {
  it("offers the 签到表 of the sample's 参会名单 as .xlsx and as Word", async () => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <FilePane />
      </FluentProvider>,
    );
    await user.click(screen.getByRole("button", { name: /^检查登记表/ }));
    await user.click(screen.getByRole("button", { name: "座次图与参会名单" }));
    const card = await screen.findByRole("region", { name: "生成签到表" });
    expect(within(card).getByText(/按工作表“参会名单”的名单生成待签名的签到表/)).toBeInTheDocument();
    const created: string[] = [];
    Object.assign(URL, { createObjectURL: jest.fn(() => "blob:x"), revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      created.push(this.download);
    });
    await user.click(within(card).getByRole("button", { name: "下载签到表（.xlsx）" }));
    expect(
      await within(card).findByText(/^已下载 座次图（示例）（签到表）\.xlsx，共 11 人（在浏览器的“下载”文件夹中）。$/),
    ).toBeInTheDocument();
    await user.click(within(card).getByRole("button", { name: "下载签到表（Word）" }));
    expect(await within(card).findByText(/^已下载 座次图（示例）（签到表）\.docx，共 11 人/)).toBeInTheDocument();
    await waitFor(() => expect(created).toEqual(["座次图（示例）（签到表）.xlsx", "座次图（示例）（签到表）.docx"]));
    click.mockRestore();
  });
});
