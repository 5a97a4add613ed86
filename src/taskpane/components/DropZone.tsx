import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";

const useStyles = makeStyles({
  zone: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  dragging: { backgroundColor: tokens.colorBrandBackground2 },
});

/** A dashed area that takes the files dropped on it, lit while files are dragged over it. */
export function DropZone({
  onFiles,
  disabled = false,
  className,
  children,
}: {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
  /** The zone's own layout (padding, alignment); the border and the highlight are the zone's. */
  className?: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className={mergeClasses(styles.zone, dragging && styles.dragging, className)}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        const files = [...event.dataTransfer.files];
        if (!disabled && files.length) onFiles(files);
      }}
    >
      {children}
    </div>
  );
}
