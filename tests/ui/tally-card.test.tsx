import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { TallyCard } from "../../src/taskpane/components/TallyCard";

const renderTally = (tally: Parameters<typeof TallyCard>[0]["tally"]) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <TallyCard tally={tally} />
    </FluentProvider>,
  );

describe("the attendance tally", () => {
  it("says why 应到/请假/缺席/列席 are unknown when the workbook has no roster", () => {
    renderTally({ expected: null, present: 42, leave: null, absent: null, late: 3, nonRoster: null });
    expect(screen.getByLabelText("出勤统计")).toHaveTextContent(/42\s*实到/);
    expect(screen.getByText(/没有参会名单（应到人员表），只能统计实到/)).toBeInTheDocument();
  });

  it("says nothing more when every figure is known", () => {
    renderTally({ expected: 10, present: 9, leave: 1, absent: 1, late: 2, nonRoster: 1 });
    expect(screen.queryByText(/没有参会名单/)).not.toBeInTheDocument();
  });
});
