import { Caption1, Text } from "@fluentui/react-components";
import type { Finding } from "../../core/rules/finding";
import { R } from "../files/replies-strings";
import { SeverityBadge } from "./FindingText";
import { useLayout } from "./layout";

/** Where a reply/* finding is: the 回执 file and, for a cell, its sheet and address. */
function where(f: Finding): string {
  if (f.place.kind === "cell") return R.where(f.place.file ?? "", `${f.place.sheet}!${f.place.cell}`);
  if (f.place.kind === "file") return R.where(f.place.file, null);
  return "";
}

/** The merged 回执's findings in the order checkReplies gives (most severe first), each with its file (and cell). */
export function ReplyFindingList({ findings }: { findings: readonly Finding[] }) {
  const layout = useLayout();
  return (
    <ul className={layout.list} aria-label={R.findings}>
      {findings.map((f, i) => (
        <li key={i} style={{ display: "flex", gap: 6, alignItems: "baseline" }}>
          <SeverityBadge severity={f.severity} />
          <span>
            <Text block>{f.message}</Text>
            <Caption1 block>{where(f)}</Caption1>
          </span>
        </li>
      ))}
    </ul>
  );
}
