import type { FormCheck } from "../../core/rules/check-form";
import { useEffect, useState } from "react";
import { ConfirmDialog } from "./ConfirmDialog";
import { S } from "../strings";

/**
 * Errors asked about before a draft leaves the form (插入, 下载): `guard(action)` runs the action at once when the
 * form has no error, else first shows every error under its field and asks "有 n 个错误，仍要下载？". Clicked before
 * the form is checked (the engine still loading), the action waits for the check instead of going out unchecked.
 */
export function useErrorConfirm(check: FormCheck, finish: string, revealAll: () => void) {
  const [pending, setPending] = useState<(() => void) | null>(null);
  const [waiting, setWaiting] = useState<(() => void) | null>(null);
  const errors = check.findings.filter((f) => f.severity === "error").length;
  const decide = (action: () => void) => {
    if (errors === 0) action();
    else setPending(() => action);
  };
  const guard = (action: () => void) => {
    revealAll();
    if (check.pending) setWaiting(() => action);
    else decide(action);
  };
  useEffect(() => {
    if (!waiting || check.pending) return;
    setWaiting(null);
    decide(waiting);
  }, [check, waiting]);
  const dialog = (
    <ConfirmDialog
      open={pending !== null}
      title={S.downloads.confirmTitle(errors, finish)}
      body={S.downloads.confirmBody}
      confirm={S.downloads.confirmGoOn(finish)}
      cancel={S.downloads.back}
      onConfirm={() => {
        const action = pending;
        setPending(null);
        action?.();
      }}
      onCancel={() => setPending(null)}
    />
  );
  return { guard, dialog };
}
