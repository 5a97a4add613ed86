import { Button } from "@fluentui/react-components";
import { type ReactNode, Suspense, lazy } from "react";
import type { Finding } from "../../core/rules/finding";
import { DateField } from "../components/DateField";
import { FilePickerButton } from "../components/FilePickerButton";
import { useLayout } from "../components/layout";
import { SheetResults } from "../components/SheetResults";
import { S } from "../strings";
import { FixList } from "./FixList";
import type { RegisterSession } from "./useRegisterSession";
import { useSeating } from "./useSeating";
import { useTrackingAppend } from "./useTrackingAppend";

// 汇总回执 reads .docx and merges 回执 with the replies' rules: loaded once a workbook is checked, not with the pane;
// the 座次图 card too, which keeps the pane's first screen within its budget.
const RepliesCard = lazy(() =>
  import(/* webpackChunkName: "replies-card" */ "./RepliesCard").then((m) => ({ default: m.RepliesCard })),
);
const SeatingCard = lazy(() =>
  import(/* webpackChunkName: "seating-card" */ "./SeatingCard").then((m) => ({ default: m.SeatingCard })),
);

/** 标出问题单元格, 清除标注, 放弃标注记录 (after a damaged record), 生成核对报告. */
export function MarkActions({ session }: { session: RegisterSession }) {
  const layout = useLayout();
  const action = (label: string, run: () => Promise<unknown>) => (
    <Button disabled={session.busy} onClick={() => void run()}>
      {label}
    </Button>
  );
  return (
    <div className={layout.actions}>
      {action(S.excel.mark, session.mark)}
      {action(S.excel.clear, session.clear)}
      {session.recordBroken && action(S.excel.discard, session.discard)}
      {action(S.excel.report, session.report)}
    </div>
  );
}

/**
 * What a check found, and what can be done with it: marks and the report, the meeting start, 追加纪要, the 座次图,
 * the findings (each with `detail` beside it where given) and the fixes. Nothing before the first check.
 */
export function RegisterResults({
  session,
  detail,
}: {
  session: RegisterSession;
  detail?: (finding: Finding) => ReactNode;
}) {
  const seating = useSeating(session);
  const appendMinutes = useTrackingAppend(session);
  const { grids, sheets, busy } = session;
  if (!grids || sheets.length === 0) return null;
  return (
    <>
      <MarkActions session={session} />
      {session.needsStart && (
        <DateField label={S.excel.startLabel} value={session.start} onChange={session.setStart} withTime />
      )}
      {appendMinutes && (
        <FilePickerButton
          label={S.tracking.append}
          accept=".docx,.txt"
          disabled={busy}
          onFiles={(files) => void appendMinutes(files[0])}
        />
      )}
      <Suspense fallback={null}>
        <SeatingCard
          roster={seating.roster}
          charts={seating.charts}
          podium={seating.podium}
          onPodium={seating.setPodium}
          defaultSide={seating.side}
          busy={busy}
          onGenerate={(options) => void seating.generate(options)}
          onSwap={(sheet, a, b) => void seating.swap(sheet, a, b)}
        />
        <RepliesCard session={session} roster={seating.roster?.table ?? null} />
      </Suspense>
      <SheetResults
        sheets={sheets}
        selected={session.selected}
        onSelect={session.select}
        ruleNames={session.ruleNames}
        detail={detail}
      />
      <FixList findings={sheets.flatMap((s) => s.findings)} onApply={session.applyFix} onUndo={session.undoFix} />
    </>
  );
}
