import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createWordHost } from "../../src/hosts/word/word-host";
import { SAMPLE_NOTICE } from "../../src/samples/draft-inputs";
import { FAULTY_NOTICE } from "../../src/samples/notices";
import { WordPaneView } from "../../src/taskpane/panes/WordPane";
import { FakeWord } from "../fakes/word-fake";

/** The red double rule under a letter's 标志 (GB/T 9704 10.1). */
const LETTER_RULE = /w:val="thickThinSmallGap"/;

function setup(paragraphs: string[]) {
  const word = new FakeWord(paragraphs);
  const host = createWordHost(word.run as never, () => true);
  render(
    <FluentProvider theme={webLightTheme}>
      <WordPaneView host={host} initialNotice={{ ...SAMPLE_NOTICE, issuer: "XX县人民政府办公室文件" }} />
    </FluentProvider>,
  );
  return { word, user: userEvent.setup() };
}

describe("信函格式 chosen by the user (GB/T 9704 10.1)", () => {
  it("in the notice form: a 发文字号 that is not a 函's is set as a letter once 按信函格式 is ticked", async () => {
    const { word, user } = setup(["正文"]);
    const choice = screen.getByRole("checkbox", { name: "按信函格式" });
    expect(choice).toHaveAccessibleDescription(/发文字号是函的字号（如“…函〔2026〕45号”）时自动采用/);
    await user.click(choice);
    await user.click(screen.getByRole("button", { name: "插入到文档" }));
    expect(await screen.findByText(/已插入到光标处/)).toBeInTheDocument();
    const ooxml = word.doc.controls[0].ooxml;
    expect(ooxml).toMatch(LETTER_RULE);
    expect(ooxml).toContain(">XX县人民政府办公室<");
    expect(ooxml).not.toContain("XX县人民政府办公室文件");
  }, 60000);

  it("unticked, the same notice keeps its 文件 标志 and no letter rule", async () => {
    const { word, user } = setup(["正文"]);
    await user.click(screen.getByRole("button", { name: "插入到文档" }));
    expect(await screen.findByText(/已插入到光标处/)).toBeInTheDocument();
    const ooxml = word.doc.controls[0].ooxml;
    expect(ooxml).not.toMatch(LETTER_RULE);
    expect(ooxml).toContain("XX县人民政府办公室文件");
  }, 60000);

  it("in 排版本文档: the preview offers 信函格式 for a notice, and the laid-out body carries the letter rule", async () => {
    const { word, user } = setup(FAULTY_NOTICE.split("\n"));
    await user.click(screen.getByRole("tab", { name: "检查本文档" }));
    await user.click(await screen.findByRole("button", { name: "排版本文档" }));
    const choice = await screen.findByRole("checkbox", { name: /按信函格式/ });
    expect(choice).not.toBeChecked();
    await user.click(choice);
    await user.click(screen.getByRole("button", { name: "替换正文" }));
    expect(await screen.findByText(/^已按 GB\/T 9704 排版/)).toBeInTheDocument();
    expect(word.doc.bodyOoxml).toMatch(LETTER_RULE);
  }, 60000);
});
