import { useState } from "react";
import { type StatusMessage, errorText } from "./Status";

/** Runs one host action at a time; its failure (already in Chinese) becomes the status line. */
export function useBusyAction(setStatus: (status: StatusMessage) => void, onSettled?: () => void) {
  const [busy, setBusy] = useState(false);
  const attempt = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setStatus({ intent: "error", text: errorText(error) });
    } finally {
      setBusy(false);
      onSettled?.();
    }
  };
  return { busy, attempt };
}
