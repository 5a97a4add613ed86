import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { type DragEvent, useState } from "react";
import { SAMPLE_WORKBOOKS } from "../../samples";
import { FilePickerButton } from "../components/FilePickerButton";
import { S } from "../strings";

const useStyles = makeStyles({
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingVerticalL,
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
  },
  dropActive: { backgroundColor: tokens.colorBrandBackground2 },
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
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!busy) onFiles([...event.dataTransfer.files]);
  };
  return (
    <>
      <div
        className={`${styles.drop} ${dragging ? styles.dropActive : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <FilePickerButton
          appearance="primary"
          label={purpose === "seating" ? S.file.pickRoster : S.file.pickRegister}
          disabled={busy}
          accept=".xlsx,.xlsm,.xls,.et,.ods,.csv,.txt"
          multiple
          onFiles={onFiles}
        />
        <Caption1>{purpose === "seating" ? S.file.dropRoster : S.file.dropHere}</Caption1>
      </div>
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
