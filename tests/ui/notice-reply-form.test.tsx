import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createWordHost } from "../../src/hosts/word/word-host";
import { readDocxParagraphs } from "../../src/hosts/files/read-docx";
import { readReplyGrids } from "../../src/hosts/files/read-reply-file";
import { SAMPLE_NOTICE } from "../../src/samples/draft-inputs";
import { App } from "../../src/taskpane/App";
import FilePane from "../../src/taskpane/panes/FilePane";
import { WordPaneView } from "../../src/taskpane/panes/WordPane";
import { FakeWord } from "../fakes/word-fake";
import { FakeWpsWriter } from "../fakes/wps-fake";
import { blobBytes } from "./blob-bytes";

const FORM_TITLE = "2026年全县安全生产暨冬春火灾防控工作会议回执";

describe("附回执 in the notice form", () => {
  it("in Word: the inserted notice carries the 回执 page and names it in its 附件 line", async () => {
    const word = new FakeWord(["正文"]);
    const host = createWordHost(word.run as never, () => true);
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <WordPaneView host={host} initialNotice={{ ...SAMPLE_NOTICE, attachments: [] }} />
      </FluentProvider>,
    );
    const choice = screen.getByRole("checkbox", { name: "附回执" });
    expect(choice).not.toBeChecked();
    expect(choice).toHaveAccessibleDescription(/另起一页附回执表（单位、姓名、职务、联系电话、备注）/);
    await user.click(choice);
    expect(choice).toBeChecked();
    await user.click(screen.getByRole("button", { name: "插入到文档" }));
    expect(await screen.findByText(/已插入到光标处/)).toBeInTheDocument();
    const ooxml = word.doc.controls[0].ooxml;
    expect(ooxml).toContain(`附件：${FORM_TITLE}`);
    expect(ooxml).toMatch(/<w:pageBreakBefore\/>[^]*>附件<\/w:t>[^]*<w:tbl>[^]*>姓名<[^]*<\/w:tbl>/);
    expect(ooxml).toContain(
      "请于2026年12月1日前将回执报送XX县人民政府办公室（联系人：王芳，联系电话：0571-87654321）。",
    );
  });

  it("in WPS 文字: the XML it inserts carries the 回执 page", async () => {
    const writer = new FakeWpsWriter([""]);
    (globalThis as { wps?: object }).wps = { WpsApplication: () => writer.application };
    try {
      const user = userEvent.setup();
      render(<App mode="word" wps="wps" />);
      const form = await screen.findByRole("form", { name: "起草通知" });
      await user.type(within(form).getByRole("textbox", { name: "会议名称" }), "全县防汛工作会议");
      await user.click(within(form).getByRole("checkbox", { name: "附回执" }));
      await user.click(screen.getByRole("button", { name: "插入到文档" }));
      // The form is far from complete: its errors are asked about first.
      const goOn = await waitFor(
        () =>
          within(screen.getAllByRole("dialog", { hidden: true }).at(-1)!).getByRole("button", {
            name: "仍要插入",
            hidden: true,
          }),
        { timeout: 3000 },
      );
      await user.click(goOn);
      await waitFor(() => expect(writer.insertedXml).toHaveLength(1));
      expect(writer.insertedXml[0]).toContain("附件：全县防汛工作会议回执");
      expect(writer.insertedXml[0]).toMatch(
        /<w:pageBreakBefore\/>[^]*>附件<\/w:t>[^]*<w:tbl>[^]*>联系电话<[^]*<\/w:tbl>/,
      );
    } finally {
      delete (globalThis as { wps?: object }).wps;
    }
  });

  it("in file mode: the downloaded .docx carries the 回执 table the replies reader reads", async () => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <FilePane />
      </FluentProvider>,
    );
    await user.click(screen.getByRole("button", { name: /^起草通知/ }));
    const form = screen.getByRole("form", { name: "起草通知" });
    await user.type(within(form).getByRole("textbox", { name: "会议名称" }), "全县防汛工作会议");
    await user.click(within(form).getByRole("checkbox", { name: "附回执" }));
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => (blobs.push(blob), "blob:notice"));
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    try {
      await user.click(screen.getByRole("button", { name: "下载 Word 文档" }));
      const dialog = (await screen.findAllByRole("dialog", { hidden: true })).at(-1)!;
      await user.click(within(dialog).getByRole("button", { name: "仍要下载", hidden: true }));
      await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    } finally {
      click.mockRestore();
    }
    const docx = await blobBytes(blobs[0]);
    const paragraphs = await readDocxParagraphs(docx, "全县防汛工作会议.docx");
    expect(paragraphs).toEqual(expect.arrayContaining(["附件：全县防汛工作会议回执", "附件", "全县防汛工作会议回执"]));
    const [table] = await readReplyGrids(docx, "全县防汛工作会议.docx");
    expect(table.rows).toContainEqual(["单位", "姓名", "职务", "联系电话", "备注"]);
  });
});
