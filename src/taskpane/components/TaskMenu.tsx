import { Caption1, CompoundButton, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { DropZone } from "./DropZone";
import { useLayout } from "./layout";
import { FILE_TASKS, type FileTask } from "../files/file-routes";
import { S } from "../strings";

const useStyles = makeStyles({
  menu: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  task: { width: "100%", maxWidth: "100%", justifyContent: "start", textAlign: "start" },
  drop: { padding: tokens.spacingVerticalM, textAlign: "center" },
});

/**
 * The file mode's start: every task by name with what it does, each opening on its own picker; a file dropped
 * here opens in the task that reads it.
 */
export function TaskMenu({
  onChoose,
  onFiles,
}: {
  onChoose: (task: FileTask) => void;
  onFiles: (files: File[]) => void;
}) {
  const styles = useStyles();
  const layout = useLayout();
  return (
    <nav className={styles.menu} aria-label={S.tasks.menu}>
      <Subtitle2 as="h2">{S.tasks.heading}</Subtitle2>
      <ul className={layout.list}>
        {FILE_TASKS.map((task) => (
          <li key={task}>
            <CompoundButton
              className={styles.task}
              secondaryContent={S.tasks[task].about}
              onClick={() => onChoose(task)}
            >
              {S.tasks[task].name}
            </CompoundButton>
          </li>
        ))}
      </ul>
      <DropZone className={styles.drop} onFiles={onFiles}>
        <Caption1>{S.tasks.dropAny}</Caption1>
      </DropZone>
    </nav>
  );
}
