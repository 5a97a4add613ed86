import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import JSZip from "jszip";
import { HELD_ROWS } from "../../src/hosts/files/held-sheets";
import { readWorkbookGrids } from "../../src/hosts/files/read-workbook";
import { gridsToXlsx } from "../../src/hosts/files/write-xlsx";
import { SAMPLE_WORKBOOKS } from "../../src/samples";
import { FileRegisterPanel } from "../../src/taskpane/files/FileRegisterPanel";
import { blobBytes } from "./blob-bytes";
import { pickedFile } from "./picked-file";

const TRACKING = SAMPLE_WORKBOOKS.find((w) => w.id === "tracking")!.grids[0];

/** The sample 督办台账 (6 items) as an .xlsx, its sheet's XML changed by `patch`. */
async function trackingXlsx(patch: (sheetXml: string) => string = (xml) => xml): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await gridsToXlsx([TRACKING]));
  const path = "xl/worksheets/sheet1.xml";
  zip.file(path, patch(await zip.file(path)!.async("string")));
  return zip.generateAsync({ type: "uint8array" });
}

const MINUTES = pickedFile(
  "第13期纪要.txt",
  new TextEncoder().encode(
    "县政府常务会议纪要\n2026年12月10日上午，县政府召开常务会议。\n" +
      "一、会议同意县水利局修订县防汛应急预案，2027年3月底前完成。\n" +
      "二、会议要求县交通运输局开展冬季道路交通安全隐患排查，12月25日前完成。",
  ),
);

async function openTracking(file: File) {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <FileRegisterPanel />
    </FluentProvider>,
  );
  await user.upload(screen.getByLabelText(/打开/, { selector: "input" }), [file]);
  const article = await screen.findByRole("article", { name: file.name }, { timeout: 20_000 });
  return { user, article };
}

/** The blobs offered for download from now on. */
function downloads(): Blob[] {
  const blobs: Blob[] = [];
  Object.assign(URL, {
    createObjectURL: jest.fn((blob: Blob) => (blobs.push(blob), "blob:x")),
    revokeObjectURL: jest.fn(),
  });
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  return blobs;
}

describe("file mode: 追加纪要中的议定事项, as in Excel", () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => jest.restoreAllMocks());

  it("appends the new items under the last row, says how to get the copy, which holds them; the same minutes add nothing", async () => {
    const { user, article } = await openTracking(pickedFile("督办台账.xlsx", await trackingXlsx()));
    expect(within(article).getByLabelText("督办统计")).toHaveTextContent(/6\s*共计/);
    const blobs = downloads();
    const picker = within(article).getByLabelText("追加纪要中的议定事项…", { selector: "input" });
    await user.upload(picker, MINUTES);
    expect(
      await screen.findByText("已在“督办台账”第 9 行起追加 2 项。点“下载核对结果”得到含新增事项的副本；原文件未改动。"),
    ).toBeInTheDocument();
    expect(within(article).getByLabelText("督办统计")).toHaveTextContent(/8\s*共计/);
    // Nothing is offered until the user asks for the copy.
    expect(blobs).toEqual([]);

    await user.click(within(article).getByRole("button", { name: "下载核对结果" }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const [sheet] = await readWorkbookGrids(await blobBytes(blobs[0]), "督办台账（核对结果）.xlsx");
    expect(sheet.sheet).toBe("督办台账");
    expect(sheet.rows[8].slice(0, 3)).toEqual([7, "县水利局修订县防汛应急预案，2027年3月底前完成", "县水利局"]);
    expect(sheet.rows[9][2]).toBe("县交通运输局");
    expect(sheet.rows[9][5]).toBe("未办");

    await user.upload(picker, MINUTES);
    expect(await screen.findByText("纪要中的 2 项都已在台账中，没有需要追加的。")).toBeInTheDocument();
  }, 30_000);

  it("refuses a protected 台账 at once, in Excel's words, and appends nothing", async () => {
    const protectedSheet = await trackingXlsx((xml) =>
      xml.replace("</sheetData>", '</sheetData><sheetProtection sheet="1"/>'),
    );
    const { user, article } = await openTracking(pickedFile("督办台账.xlsx", protectedSheet));
    await user.upload(within(article).getByLabelText("追加纪要中的议定事项…", { selector: "input" }), MINUTES);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "工作表“督办台账”受保护，无法追加。请先取消保护（审阅 → 撤销工作表保护）",
    );
    expect(within(article).getByLabelText("督办统计")).toHaveTextContent(/6\s*共计/);
  }, 30_000);

  it("refuses a 合计 formula saved without its result below the 台账, and appends nothing", async () => {
    const withTotal = await trackingXlsx((xml) =>
      xml.replace("</sheetData>", '<row r="10"><c r="B10"><f>COUNTA(B3:B9)</f></c></row></sheetData>'),
    );
    const { user, article } = await openTracking(pickedFile("督办台账.xlsx", withTotal));
    await user.upload(within(article).getByLabelText("追加纪要中的议定事项…", { selector: "input" }), MINUTES);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "工作表“督办台账”的表格下面第 10 行有公式或内容（如合计行），追加会覆盖它，未追加；请先把它移开",
    );
    expect(within(article).getByLabelText("督办统计")).toHaveTextContent(/6\s*共计/);
  }, 30_000);

  it("says a 台账 too long to keep on the page cannot take items here, and where it can", async () => {
    const lines = ["序号,议定事项,责任单位,完成时限,状态"];
    for (let i = 1; i <= HELD_ROWS + 10; i++) lines.push(`${i},事项${i},县水利局,2027-03-31,未办`);
    const { article } = await openTracking(pickedFile("督办台账.csv", new TextEncoder().encode(lines.join("\n"))));
    expect(
      await within(article).findByText(
        "工作表“督办台账”超过 5,000 行，在浏览器中不能追加纪要中的议定事项；请在 Excel 或 WPS 中打开这份台账，从任务窗格追加。",
        {},
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();
    expect(within(article).queryByLabelText("追加纪要中的议定事项…", { selector: "input" })).toBeNull();
  }, 60_000);
});
