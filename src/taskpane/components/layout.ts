import { makeStyles, tokens } from "@fluentui/react-components";

/** The layouts every pane repeats: a column of sections, a row of buttons, a plain list of findings. */
export const useLayout = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", justifyContent: "space-between" },
  // A select as wide as its longest option would push a pane zoomed to 150% (≈227 px) sideways: it shrinks instead.
  shrinkingSelect: {
    maxWidth: "100%",
    minWidth: 0,
    "& select": { maxWidth: "100%", minWidth: 0, textOverflow: "ellipsis" },
  },
});
