import { Button, Caption1, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { S } from "../strings";

const useStyles = makeStyles({
  line: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1 },
});

/** A long job under way: what it is doing, how far (no value: not measurable), and 取消. */
export function ProgressLine({ label, value, onCancel }: { label: string; value?: number; onCancel: () => void }) {
  const styles = useStyles();
  const labelId = useId();
  return (
    <div className={styles.line} role="status">
      <Caption1 id={labelId}>{label}</Caption1>
      <div className={styles.row}>
        <ProgressBar className={styles.bar} value={value} aria-labelledby={labelId} />
        <Button size="small" onClick={onCancel}>
          {S.excel.cancel}
        </Button>
      </div>
    </div>
  );
}
