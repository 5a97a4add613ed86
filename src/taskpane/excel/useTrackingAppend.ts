import type { SheetReport } from "../../core/rules/run-registers";
import { pickedFileBytes } from "../../hosts/files/input-size";
import { S } from "../strings";
import { loadMinutesReader } from "./load-register-engine";
import type { RegisterSession } from "./useRegisterSession";

export interface TrackingAppendOptions {
  /** The sheets whose 督办台账 takes the items (file mode: one opened file's); by default the session's. */
  among?: SheetReport[];
  /** Said after the rows were appended: where they end up (file mode: in the copy to download). */
  appendedNote?: string;
}

/**
 * 追加纪要中的议定事项: the minutes' new items written under the 督办台账's last row, then shown checked. Null where
 * the check found no 督办台账.
 */
export function useTrackingAppend(session: RegisterSession, { among, appendedNote = "" }: TrackingAppendOptions = {}) {
  const { host, grids, setGrids, sheets, attempt, setStatus } = session;
  const tracking = (among ?? sheets).find((s) => s.kind === "tracking");
  if (!tracking) return null;

  return (file: File) =>
    attempt(async () => {
      setStatus(null);
      const grid = grids?.find((g) => g.sheet === tracking.sheet);
      if (!grid || !grids) return;
      const reader = await loadMinutesReader();
      const paragraphs = await reader.documentParagraphs(await pickedFileBytes(file), file.name);
      const appending = reader.appendToTracking(grid, reader.minutesItems(paragraphs, file.name));
      if (appending.added === 0)
        return setStatus({ intent: "info", text: S.tracking.nothingNew(appending.alreadyThere) });
      const origin = grid.origin ?? { row: 0, col: 0 };
      const at = { row: origin.row + appending.firstRow, col: origin.col };
      await host.appendRows(grid.sheet, at, appending.rows, appending.dateColumns);
      const rows = [...grid.rows];
      appending.rows.forEach((row, i) => (rows[appending.firstRow + i] = row));
      setGrids(grids.map((g) => (g === grid ? { ...g, rows } : g)));
      setStatus({
        intent: "success",
        text:
          S.tracking.appendedInSheet(appending.added, appending.alreadyThere, grid.sheet, at.row + 1) + appendedNote,
      });
    });
}
