import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { DropZone } from "../components/DropZone";
import { SAMPLE_WORKBOOKS } from "../../samples";
import { FilePickerButton } from "../components/FilePickerButton";
import { S } from "../strings";

const useStyles = makeStyles({
  drop: {
    padding: tokens.spacingVerticalL,
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
  },
  samples: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

/** File mode's way in to a workbook: the picker, a drop zone around it, and the samples. */
export function OpenFilesBox({
  purpose,
  busy,
  onFiles,
  onSample,
}: {
  purpose: "registers" | "seating";
  busy: boolean;
  onFiles: (files: File[]) => void;
  onSample: (index: number) => void;
}) {
  const styles = useStyles();
  return (
    <>
      <DropZone className={styles.drop} disabled={busy} onFiles={onFiles}>
        <FilePickerButton
          appearance="primary"
          label={purpose === "seating" ? S.file.pickRoster : S.file.pickRegister}
          disabled={busy}
          accept=".xlsx,.xlsm,.xls,.et,.ods,.csv,.txt"
          multiple
          onFiles={onFiles}
        />
        <Caption1>{purpose === "seating" ? S.file.dropRoster : S.file.dropHere}</Caption1>
      </DropZone>
      <div className={styles.samples}>
        <Caption1>{S.file.samples}</Caption1>
        {SAMPLE_WORKBOOKS.map((sample, i) => (
          <Button key={sample.fileName} size="small" appearance="secondary" disabled={busy} onClick={() => onSample(i)}>
            {sample.title}
          </Button>
        ))}
      </div>
    </>
  );
}
