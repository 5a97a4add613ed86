import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readWorkbookGrids } from "../../src/hosts/files/read-workbook";
import { gridsToXlsx } from "../../src/hosts/files/write-xlsx";
import FilePane from "../../src/taskpane/panes/FilePane";
import { blobBytes } from "./blob-bytes";
import { pickedFile } from "./picked-file";

/** A 参会名单 an earlier run made from 县应急管理局's 回执 (its 来源文件 names it). */
const EARLIER_LIST = [
  ["全县安全生产工作会议参会名单", null, null, null, null, null, null],
  ["序号", "单位", "姓名", "职务", "联系电话", "备注", "来源文件"],
  [1, "县应急管理局", "王建国", "局长", "13905712233", null, "县应急管理局回执.xlsx"],
  [2, "县应急管理局", "李娜", "副局长", "13805712345", null, "县应急管理局回执.xlsx"],
];

describe("file mode: 汇总回执 added to an earlier 参会名单", () => {
  it("adds only who is new and downloads the whole list, each person once under the earlier title", async () => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <FilePane />
      </FluentProvider>,
    );
    await user.click(screen.getByRole("button", { name: /^汇总回执/ }));
    const pane = screen.getByRole("region", { name: "汇总回执" });
    await user.click(within(pane).getByRole("button", { name: "打开示例" }));
    await within(pane).findByText("参会名单 11 人，来自 5 份回执。");

    const list = await gridsToXlsx([{ sheet: "参会名单", rows: EARLIER_LIST }]);
    await user.upload(
      within(pane).getByLabelText("打开已有参会名单…", { selector: "input" }),
      pickedFile("参会名单.xlsx", list),
    );
    expect(
      await within(pane).findByText("加到已有参会名单：参会名单.xlsx（2 人），只添加新报名的人。"),
    ).toBeInTheDocument();
    expect(
      within(pane).getByText("参会名单共 11 人，本次从 4 份回执新增 9 人（另有 1 份回执此前已汇总，未重复读取）。"),
    ).toBeInTheDocument();

    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: jest.fn((blob: Blob) => (blobs.push(blob), "blob:x")),
      revokeObjectURL: jest.fn(),
    });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    await user.click(within(pane).getByRole("button", { name: "下载参会名单（.xlsx）" }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    click.mockRestore();
    const [grid] = await readWorkbookGrids(await blobBytes(blobs[0]), "参会名单.xlsx");
    const header = grid.rows.findIndex((row) => row[0] === "序号");
    const names = grid.rows.slice(header + 1).map((row) => String(row[2]));
    expect(grid.rows[0][0]).toBe("全县安全生产工作会议参会名单");
    expect(names).toHaveLength(11);
    expect(new Set(names).size).toBe(11);
    expect(names.filter((n) => n === "王建国")).toHaveLength(1);

    await user.click(within(pane).getByRole("button", { name: "不加到已有名单" }));
    expect(within(pane).getByText("参会名单 11 人，来自 5 份回执。")).toBeInTheDocument();
  });
});
