import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export type StatusMessage = { intent: "success" | "error" | "warning" | "info"; text: string } | null;

/** One line of feedback; errors from hosts arrive here already in Chinese. */
export function Status({ status }: { status: StatusMessage }) {
  if (!status) return null;
  return (
    <MessageBar intent={status.intent} role={status.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{status.text}</MessageBarBody>
    </MessageBar>
  );
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
