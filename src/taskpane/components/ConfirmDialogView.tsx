import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { S } from "../strings";

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirm: string;
  /** The button that backs out (取消 unless said otherwise). */
  cancel?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Fluent's Dialog asking to confirm: loaded after the first screen (ConfirmDialog.tsx). */
export function ConfirmDialogView(props: ConfirmDialogProps) {
  return (
    <Dialog open={props.open} onOpenChange={(_e, data) => !data.open && props.onCancel()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>{props.body}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              {props.confirm}
            </Button>
            <Button onClick={props.onCancel}>{props.cancel ?? S.word.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
