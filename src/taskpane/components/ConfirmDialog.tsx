import { useState } from "react";
import type { ConfirmDialogProps } from "./ConfirmDialogView";
import { once, useLazyModule } from "./useLazyModule";

// Fluent's Dialog (with its focus trap and motion) is on no first screen: fetched just after it, so that a dialog
// opens at once when asked.
const loadDialog = once(() => import(/* webpackChunkName: "confirm-dialog" */ "./ConfirmDialogView"));

/** A dialog asking to confirm (nothing is shown till it opens). */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const [failed, setFailed] = useState<{ error: unknown } | null>(null);
  const dialog = useLazyModule(loadDialog, (error) => setFailed({ error }));
  // Asked for and not to be had: the pane's ErrorBoundary says so, as for any part that failed to load.
  if (props.open && failed) throw failed.error;
  return dialog && <dialog.ConfirmDialogView {...props} />;
}
