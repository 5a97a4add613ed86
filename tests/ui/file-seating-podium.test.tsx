import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { gridsToXlsx } from "../../src/hosts/files/write-xlsx";
import { FileRegisterPanel } from "../../src/taskpane/files/FileRegisterPanel";
import { pickedFile } from "./picked-file";

function setup() {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <FileRegisterPanel purpose="seating" />
    </FluentProvider>,
  );
  return { user };
}

/** A second 名单 of five, opened after the sample's ten. */
const FIVE = {
  sheet: "参会名单",
  rows: [
    ["序号", "姓名", "单位", "职务"],
    [1, "林晓", "办公室", "主任"],
    [2, "黄磊", "综合科", "科长"],
    [3, "许静", "人事科", "科长"],
    [4, "陈刚", "财务科", "科长"],
    [5, "马俊", "审计科", "科员"],
  ],
};

async function podiumAfterOpening(user: ReturnType<typeof userEvent.setup>) {
  const file = pickedFile("五人名单.xlsx", await gridsToXlsx([FIVE]));
  await user.upload(screen.getByLabelText(/打开/, { selector: "input" }), file);
  const article = await screen.findByRole("article", { name: "五人名单.xlsx" }, { timeout: 15_000 });
  const seating = await within(article).findByRole("region", { name: "座次图与桌签" });
  expect(within(seating).getByText(/^按工作表“参会名单”的 5 人排座/)).toBeInTheDocument();
  return within(seating).getByRole("spinbutton", { name: "主席台人数" });
}

describe("file mode: 主席台人数 when another 名单 is opened", () => {
  it("follows the new 名单's default where the clerk left it alone", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: "座次图与参会名单" }));
    const first = await screen.findByRole("spinbutton", { name: "主席台人数" });
    expect(first).toHaveValue(7);
    expect(await podiumAfterOpening(user)).toHaveValue(5);
  });

  it("keeps the count the clerk typed (as far as the new 名单 has people)", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: "座次图与参会名单" }));
    const first = await screen.findByRole("spinbutton", { name: "主席台人数" });
    await user.clear(first);
    await user.type(first, "3");
    await user.tab();
    expect(first).toHaveValue(3);
    expect(await podiumAfterOpening(user)).toHaveValue(3);
  });
});
