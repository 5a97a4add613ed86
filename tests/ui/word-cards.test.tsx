import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import JSZip from "jszip";
import { createWordHost } from "../../src/hosts/word/word-host";
import { gridsToXlsx } from "../../src/hosts/files/write-xlsx";
import { SEATING_ROSTER_SHEET } from "../../src/samples/other-registers";
import { WordPaneView } from "../../src/taskpane/panes/WordPane";
import { FakeWord } from "../fakes/word-fake";
import { blobBytes } from "./blob-bytes";
import { pickedFile } from "./picked-file";

/** The Word pane on the 桌签 tab, on a Word with or without WordApi 1.3. */
function setup({ wordApi13 = true } = {}) {
  const word = new FakeWord(["正文"]);
  const host = createWordHost(
    word.run as never,
    (set, version) => !(set === "WordApi" && version === "1.3") || wordApi13,
  );
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <WordPaneView host={host} />
    </FluentProvider>,
  );
  return { word, user };
}

/** The sample 参会名单 (孙丽 on leave) as the .xlsx a clerk picks. */
async function rosterFile(): Promise<File> {
  const bytes = await gridsToXlsx([SEATING_ROSTER_SHEET]);
  return pickedFile("参会名单.xlsx", bytes);
}

async function documentXml(docx: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
}

async function pickRoster(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("tab", { name: "桌签" }));
  await user.upload(screen.getByLabelText("选择参会名单…", { selector: "input" }), await rosterFile());
  return screen.findByRole("group", { name: "制作桌签的人员" }, { timeout: 5000 });
}

describe("the Word pane's 桌签", () => {
  it("lists the roster's names, all ticked, and opens the ticked ones as a new landscape document", async () => {
    const { word, user } = setup();
    const people = await pickRoster(user);
    const boxes = within(people).getAllByRole("checkbox");
    expect(boxes).toHaveLength(10);
    expect(boxes.every((b) => (b as HTMLInputElement).checked)).toBe(true);
    expect(screen.getByText("请假未列入：孙丽")).toBeInTheDocument();
    await user.click(within(people).getByRole("checkbox", { name: "张伟（县人大常委会）" }));
    expect(screen.getByText("已选 9/10 人")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "生成桌签" }));
    expect(await screen.findByText(/已在新文档中打开 9 张桌签/)).toBeInTheDocument();
    expect(word.doc.opened).toHaveLength(1);
    const xml = await documentXml(Uint8Array.from(Buffer.from(word.doc.opened[0], "base64")));
    for (const name of ["王建国", "李明华", "陈晓东", "赵\u3000磊"]) expect(xml).toContain(`string="${name}"`);
    expect(xml).not.toContain("张\u3000伟");
    expect(xml).not.toContain("孙\u3000丽");
    // Landscape A4: the page setup createDocument carries and insertOoxml could not.
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(word.doc.controls).toEqual([]);
  });

  it("below WordApi 1.3 says why and offers the .docx to download instead", async () => {
    const { word, user } = setup({ wordApi13: false });
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => (blobs.push(blob), "blob:cards"));
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    try {
      await pickRoster(user);
      expect(
        screen.getByText(
          "当前 Word 版本不支持把桌签作为横向 A4 的新文档打开（需要 WordApi 1.3：Office 2019 及以上、Microsoft 365、Office 网页版），请下载桌签 .docx，在 Word 中打开后打印",
        ),
      ).toBeInTheDocument();
      expect(screen.queryByRole("button", { name: "生成桌签" })).not.toBeInTheDocument();
      await user.click(screen.getByRole("button", { name: "下载桌签（.docx）" }));
      expect(await screen.findByText(/已下载 参会名单（桌签）\.docx，共 10 张/)).toBeInTheDocument();
      await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
      expect(word.doc.opened).toEqual([]);
      const xml = await documentXml(await blobBytes(blobs[0]));
      expect(xml).toContain('string="王建国"');
    } finally {
      click.mockRestore();
    }
  });
});
