import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, type ReactNode } from "react";
import { S } from "../strings";

interface Props {
  /** What this part of the pane is, for the message: `检查设置`. */
  part: string;
  /** Put things right before the part is shown again (forget a bad setting, drop the results). */
  onReset?: () => void;
  children: ReactNode;
}

/**
 * A part of the pane that fails while drawing says so in Chinese and offers a way back, instead of
 * leaving the whole task pane blank. Nothing the user had in the workbook or document is touched.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  private reset = () => {
    this.props.onReset?.();
    this.setState({ error: null });
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{S.crashed.title(this.props.part)}</MessageBarTitle>
          {S.crashed.detail(this.state.error.message)}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={this.reset}>{S.crashed.back}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
