import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createWordHost } from "../../src/hosts/word/word-host";
import { WordPaneView } from "../../src/taskpane/panes/WordPane";
import { FakeWord } from "../fakes/word-fake";

function setup() {
  const host = createWordHost(new FakeWord(["正文"]).run as never, () => true);
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <WordPaneView host={host} />
    </FluentProvider>,
  );
  return user;
}

/** A 300 MB file as the browser reports it: its size is known at once, its bytes only when read. */
function oversizedFile(name: string) {
  const file = new File([], name);
  const read = jest.fn(async () => new ArrayBuffer(0));
  Object.defineProperty(file, "size", { value: 300 * 1024 * 1024 });
  Object.defineProperty(file, "arrayBuffer", { value: read });
  return { file, read };
}

describe("a file picked in the Word pane past the size cap", () => {
  it("起草纪要's sign-in import says so in one Chinese line and never reads the file", async () => {
    const user = setup();
    await user.click(screen.getByRole("tab", { name: "起草纪要" }));
    const { file, read } = oversizedFile("签到表.xlsx");
    await user.upload(screen.getByLabelText("从签到表导入出席名单…", { selector: "input" }), file);
    const line = await screen.findByText(
      "签到表.xlsx：文件有 300 MB，超过 256 MB 的上限，不读取",
      {},
      { timeout: 5000 },
    );
    expect(line.closest("[role=alert]")).not.toBeNull();
    expect(read).not.toHaveBeenCalled();
    expect(screen.getByRole("textbox", { name: /出席/ })).toHaveValue("");
  });

  it("桌签's roster says so in one Chinese line and never reads the file", async () => {
    const user = setup();
    await user.click(screen.getByRole("tab", { name: "桌签" }));
    const { file, read } = oversizedFile("参会名单.xlsx");
    await user.upload(screen.getByLabelText("选择参会名单…", { selector: "input" }), file);
    const line = await screen.findByText(
      "参会名单.xlsx：文件有 300 MB，超过 256 MB 的上限，不读取",
      {},
      { timeout: 5000 },
    );
    expect(line.closest("[role=alert]")).not.toBeNull();
    expect(read).not.toHaveBeenCalled();
    expect(screen.queryByRole("group", { name: "制作桌签的人员" })).not.toBeInTheDocument();
  });
});
