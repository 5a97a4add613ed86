import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import FilePane from "../../src/taskpane/panes/FilePane";

/** A button of the open dialog, once Fluent's opening transition has made it accessible. */
async function dialogButton(name: string) {
  return waitFor(
    () => within(screen.getAllByRole("dialog", { hidden: true }).at(-1)!).getByRole("button", { name, hidden: true }),
    { timeout: 3000 },
  );
}

async function sampleNoticeChecked() {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <FilePane />
    </FluentProvider>,
  );
  await user.click(screen.getByRole("button", { name: /^检查通知\/纪要/ }));
  await user.click(screen.getByRole("button", { name: "有错误的通知（示例）" }));
  const article = await screen.findByRole("article", { name: "有错误的通知（示例）" });
  return { user, article };
}

describe("file mode's 检查通知/纪要 over the Word pane's check", () => {
  it("shows the paragraph of a clicked finding with its text marked", async () => {
    const { user, article } = await sampleNoticeChecked();
    await user.click(within(article).getByRole("button", { name: /“明天”容易产生混淆/ }));
    const shown = await screen.findByRole("figure", { name: "所点问题所在的段落" });
    expect(within(shown).getByText("明天", { selector: "mark" })).toBeVisible();
  });

  it("fixes a finding on confirmation and checks again: the finding is gone", async () => {
    const { user, article } = await sampleNoticeChecked();
    const finding = within(article).getByRole("button", { name: /成文日期“二〇二六年十二月一日”应使用阿拉伯数字/ });
    await user.click(within(finding.closest("li")!).getByRole("button", { name: "修正" }));
    await user.click(await dialogButton("修正"));
    expect(await screen.findByText("已修正。")).toBeVisible();
    await waitFor(() =>
      expect(within(article).queryByRole("button", { name: /成文日期“二〇二六年十二月一日”/ })).not.toBeInTheDocument(),
    );
  });

  it("cannot write comments into the file, and says so without naming a Word version", async () => {
    const { article } = await sampleNoticeChecked();
    expect(within(article.parentElement!).getByRole("button", { name: "添加批注" })).toBeDisabled();
    expect(screen.getByText(/^文件模式不能把批注写进文件/)).toBeVisible();
    expect(screen.queryByText(/WordApi/)).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /自检/ })).not.toBeInTheDocument();
  });

  it("lays the opened document out as a download, the opened text unchanged", async () => {
    const { user, article } = await sampleNoticeChecked();
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => (blobs.push(blob), "blob:layout"));
    URL.revokeObjectURL = jest.fn();
    try {
      await user.click(screen.getByRole("button", { name: "排版本文档" }));
      expect(await screen.findByTestId("layout-preview")).toHaveTextContent("如有变动，明天另行通知。");
      await user.click(screen.getByRole("button", { name: "下载排版后的文档" }));
      expect(await screen.findByText(/^已下载 有错误的通知（示例）（排版）\.docx，打开的原文件未改动/)).toBeVisible();
      expect(click).toHaveBeenCalledTimes(1);
      expect(blobs[0].type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      expect(screen.queryByRole("button", { name: "恢复原文" })).not.toBeInTheDocument();
      expect(within(article).getAllByText(/如有变动，【明天】另行通知/)[0]).toBeVisible();
    } finally {
      click.mockRestore();
    }
  }, 60000);
});
