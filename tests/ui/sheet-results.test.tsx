import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Finding } from "../../src/core/rules/finding";
import { FINDINGS_SHOWN_AT_FIRST, SheetResults } from "../../src/taskpane/components/SheetResults";

const finding = (row: number): Finding => ({
  ruleId: "cell/bad-phone",
  messageId: "badPhone",
  severity: "warning",
  message: `第 ${row} 行的电话不是有效号码`,
  place: { kind: "cell", sheet: "签到表", cell: `F${row}`, row, related: [] },
  data: {},
  fix: null,
});

function renderResults(count: number) {
  const findings = Array.from({ length: count }, (_, i) => finding(i + 4));
  render(
    <FluentProvider theme={webLightTheme}>
      <SheetResults
        sheets={[{ sheet: "签到表", kind: "signin", headerRow: 3, dataRows: count, meetingStart: null, findings }]}
        selected={null}
        onSelect={() => {}}
      />
    </FluentProvider>,
  );
  return within(screen.getByRole("region", { name: "签到表" }));
}

describe("a sheet with thousands of findings", () => {
  it("lists the first ones and shows more on request, up to the last", async () => {
    const total = FINDINGS_SHOWN_AT_FIRST * 2 + 50;
    const sheet = renderResults(total);
    expect(sheet.getAllByRole("button", { name: /电话不是有效号码/ })).toHaveLength(FINDINGS_SHOWN_AT_FIRST);
    await userEvent.click(
      sheet.getByRole("button", { name: `再显示 ${FINDINGS_SHOWN_AT_FIRST} 条（共 ${total} 条）` }),
    );
    expect(sheet.getAllByRole("button", { name: /电话不是有效号码/ })).toHaveLength(FINDINGS_SHOWN_AT_FIRST * 2);
    await userEvent.click(sheet.getByRole("button", { name: `再显示 50 条（共 ${total} 条）` }));
    expect(sheet.getAllByRole("button", { name: /电话不是有效号码/ })).toHaveLength(total);
    expect(sheet.getByRole("button", { name: new RegExp(`第 ${total + 3} 行的电话`) })).toBeVisible();
    expect(sheet.queryByRole("button", { name: /再显示/ })).toBeNull();
  });

  it("shows a short list whole, with nothing more to ask for", () => {
    const sheet = renderResults(3);
    expect(sheet.getAllByRole("button", { name: /电话不是有效号码/ })).toHaveLength(3);
    expect(sheet.queryByRole("button", { name: /再显示/ })).toBeNull();
  });

  it("names a sheet read by its layout, as a 座次图 is, by its kind instead of saying it has no header", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <SheetResults
          sheets={[
            { sheet: "座次图", kind: "seating", headerRow: null, dataRows: 6, meetingStart: null, findings: [] },
            { sheet: "Sheet3", kind: null, headerRow: null, dataRows: 0, meetingStart: null, findings: [] },
          ]}
          selected={null}
          onSelect={() => {}}
        />
      </FluentProvider>,
    );
    expect(screen.getByRole("heading", { name: "座次图：座次图/桌签，6 行" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Sheet3：未找到表头" })).toBeInTheDocument();
  });
});
