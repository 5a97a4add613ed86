import { Caption1, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { S } from "../strings";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalM,
  },
  mode: { color: tokens.colorNeutralForeground3 },
});

export function PaneHeader({ mode, intro }: { mode: string; intro: string }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Title3 as="h1">{S.appName}</Title3>
      <Caption1 className={styles.mode}>{mode}</Caption1>
      <Text>{intro}</Text>
    </header>
  );
}
