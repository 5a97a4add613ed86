import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { ErrorBoundary } from "../../src/taskpane/components/ErrorBoundary";

function Fragile({ broken }: { broken: boolean }) {
  if (broken) throw new Error("sealNames.join is not a function");
  return <p>设置面板</p>;
}

function Harness() {
  const [broken, setBroken] = useState(true);
  return (
    <ErrorBoundary part="检查设置" onReset={() => setBroken(false)}>
      <Fragile broken={broken} />
    </ErrorBoundary>
  );
}

it("shows a Chinese message and a way back when a part of the pane fails to draw", async () => {
  const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
  render(
    <FluentProvider theme={webLightTheme}>
      <Harness />
    </FluentProvider>,
  );
  expect(screen.getByRole("alert")).toHaveTextContent(/“检查设置”出错了.*工作簿和文档中的内容没有被改动/);
  await userEvent.setup().click(screen.getByRole("button", { name: "返回" }));
  expect(screen.getByText("设置面板")).toBeInTheDocument();
  quiet.mockRestore();
});
