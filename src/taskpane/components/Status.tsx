import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { UserError } from "../../core/user-error";
import { S } from "../strings";

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

/** The line said after every download: which file, what is in it, and where the browser put it. */
export function downloadedStatus(fileName: string, detail?: string): StatusMessage {
  return { intent: "success", text: S.downloads.done(fileName, detail) };
}

const CHINESE = /[\u3400-\u9fff]/;

/** Said for a bug in the pane itself: its English is for the maintainer, in the browser's console. */
export const BUG_TEXT =
  "内部错误：这是会务助手本身的缺陷，不是文件或操作的问题。请把操作步骤和文件交给维护人员（详情已记入浏览器控制台）";

/**
 * An error as the user reads it. Every failure the product explains (a file, an Office refusal, a worker's
 * relayed line) is in Chinese; an error in English is a bug, shown as such with its detail left to the console.
 */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UserError || CHINESE.test(message)) return message;
  console.error(error);
  return BUG_TEXT;
}
