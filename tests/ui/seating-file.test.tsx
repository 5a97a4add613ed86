import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import JSZip from "jszip";
import FilePane from "../../src/taskpane/panes/FilePane";
import { blobBytes } from "./blob-bytes";

function setup() {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <FilePane />
    </FluentProvider>,
  );
  return { user };
}

describe("file mode: 座次图 and 桌签 from a checked workbook's 参会名单", () => {
  it("makes the chart, swaps two seats and lists the rank-order finding at once", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: /^座次图与桌签/ }));
    await user.click(screen.getByRole("button", { name: "座次图与参会名单" }));
    const section = await screen.findByRole("region", { name: "座次图与桌签" });
    expect(
      within(section).getByText(/^按工作表“参会名单”的 10 人排座（另有 1 人请假，不排座、不做桌签），依排序/),
    ).toBeInTheDocument();
    await user.click(within(section).getByRole("button", { name: "生成座次图" }));
    const chart = within(section).getByRole("table", { name: /座次图预览/ });
    expect(await within(section).findByText("座次图与参会名单相符，未发现问题。")).toBeInTheDocument();
    await user.click(within(chart).getByRole("button", { name: "王建国" }));
    expect(within(chart).getByRole("button", { name: "王建国" })).toHaveAttribute("aria-pressed", "true");
    await user.click(within(chart).getByRole("button", { name: "李明华" }));
    expect(await screen.findByText(/^已交换 王建国（F3）\s*与\s*李明华（G3）\s*的座位/)).toBeInTheDocument();
    expect(await within(section).findByText(/主席台的座次不合“1号居中、2号在1号左手（左高右低）”/)).toBeInTheDocument();
    await waitFor(() => expect(within(section).queryByText(/未发现问题/)).not.toBeInTheDocument());
    // The finding marks the first seat out of order: 李明华, now in the centre.
    await user.click(within(section).getByRole("button", { name: /主席台的座次不合/ }));
    expect(chart.querySelector('td[aria-current="true"]')).toHaveTextContent("李明华");
  });

  it("starts from the 主席台排法 saved in the settings, and the chart made by it checks clean", async () => {
    localStorage.setItem("huiwu.config", JSON.stringify({ seatingSide: "right" }));
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: /^座次图与桌签/ }));
    await user.click(screen.getByRole("button", { name: "座次图与参会名单" }));
    const section = await screen.findByRole("region", { name: "座次图与桌签" });
    expect(within(section).getByRole("combobox", { name: "主席台以哪侧为上" })).toHaveDisplayValue("以右为上");
    await user.click(within(section).getByRole("button", { name: "生成座次图" }));
    expect(await within(section).findByText("座次图与参会名单相符，未发现问题。")).toBeInTheDocument();
    localStorage.clear();
  });

  it("makes 桌签 for the people seated that stay ticked: one unticked is left out of the download", async () => {
    const { user } = setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => (blobs.push(blob), "blob:cards"));
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    try {
      await user.click(screen.getByRole("button", { name: /^座次图与桌签/ }));
      await user.click(screen.getByRole("button", { name: "座次图与参会名单" }));
      const section = await screen.findByRole("region", { name: "座次图与桌签" });
      const people = within(section).getByRole("group", { name: "制作桌签的人员" });
      expect(within(people).getAllByRole("checkbox")).toHaveLength(10);
      expect(within(section).getByText("请假未列入：孙丽")).toBeInTheDocument();
      await user.click(within(people).getByRole("checkbox", { name: "张伟（县人大常委会）" }));
      expect(within(section).getByText("已选 9/10 人")).toBeInTheDocument();
      await user.click(within(section).getByRole("button", { name: "生成桌签" }));
      expect(await within(section).findByText(/^已下载 .*（桌签）\.docx，共 9 张/)).toBeInTheDocument();
      expect(click).toHaveBeenCalledTimes(1);
      const docx = await JSZip.loadAsync(await blobBytes(blobs[0]));
      const xml = await docx.file("word/document.xml")!.async("string");
      for (const name of ["王建国", "李明华", "陈晓东", "赵\u3000磊"]) expect(xml).toContain(`string="${name}"`);
      expect(xml).not.toContain("张\u3000伟");
      expect(xml).not.toContain("孙\u3000丽");
    } finally {
      click.mockRestore();
    }
  });
});
