import { Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import type { CellFix, Finding } from "../../core/rules/finding";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { useLayout } from "../components/layout";
import { S } from "../strings";

/** Fixable findings as before → after; each applied only when the user confirms it, and undoable here. */
export function FixList({
  findings,
  onApply,
  onUndo,
}: {
  findings: Finding[];
  onApply: (fix: CellFix) => Promise<boolean>;
  onUndo: (fix: CellFix) => Promise<boolean>;
}) {
  const styles = useLayout();
  const [confirming, setConfirming] = useState<CellFix | null>(null);
  const [applied, setApplied] = useState<CellFix[]>([]);
  const fixes = findings.map((f) => f.fix).filter((fix): fix is CellFix => fix?.kind === "cell");
  if (fixes.length === 0) return null;
  const isApplied = (fix: CellFix) =>
    applied.some((a) => a.sheet === fix.sheet && a.cell === fix.cell && a.after === fix.after);
  return (
    <section aria-label={S.excel.fixes}>
      <Subtitle2 as="h3">{S.excel.fixes}</Subtitle2>
      <ul className={styles.list}>
        {fixes.map((fix) => (
          <li key={`${fix.sheet}!${fix.cell}`} className={styles.item}>
            <Caption1>
              {fix.sheet}!{fix.cell}：“{fix.before}” → “{fix.after}”
            </Caption1>
            {isApplied(fix) ? (
              <Button
                size="small"
                onClick={async () =>
                  (await onUndo(fix)) &&
                  setApplied(applied.filter((a) => a !== fix && !(a.sheet === fix.sheet && a.cell === fix.cell)))
                }
              >
                {S.excel.undo}
              </Button>
            ) : (
              <Button size="small" onClick={() => setConfirming(fix)}>
                {S.excel.fixAction}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={confirming !== null}
        title={S.excel.fixTitle}
        body={
          confirming
            ? S.excel.fixBody(`${confirming.sheet}!${confirming.cell}`, confirming.before, confirming.after)
            : ""
        }
        confirm={S.excel.fixAction}
        onConfirm={async () => {
          const fix = confirming!;
          setConfirming(null);
          if (await onApply(fix)) setApplied([...applied, fix]);
        }}
        onCancel={() => setConfirming(null)}
      />
    </section>
  );
}
