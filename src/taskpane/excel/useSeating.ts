import { useMemo, useState } from "react";
import { parseAddress } from "../../core/table/grid";
import { S } from "../strings";
import type { Side, SwapChart, SwapSeat } from "./SeatingCard";
import type { RegisterSession } from "./useRegisterSession";

/** The 参会名单 to seat from and the 座次图 the check found (with the seats the clerk can swap); generate and swap. */
export function useSeating(session: RegisterSession) {
  const { host, grids, sheets, engine, settings, attempt, readAndCheck, setStatus, readSheets } = session;
  const side: Side = settings?.options.seatingSide ?? "left";
  /** 主席台人数 as the clerk set it: kept while another 名单 is opened or checked (null: each 名单's default). */
  const [podium, setPodium] = useState<number | null>(null);

  const found = useMemo(() => {
    if (!grids || !engine) return { roster: null, charts: [] as SwapChart[] };
    // Only the sheets the check read as lists or charts are read again: a large sign-in sheet is left alone.
    const kinds = new Map(sheets.map((s) => [s.sheet, s.kind]));
    const read = grids.filter((g) => ["roster", "seating"].includes(kinds.get(g.sheet) ?? ""));
    const tables = read.map((grid) => engine.readRegister(grid));
    const list = engine.seatingRoster(tables);
    // One tally on one screen: where a 签到表 was counted against this 名单, its 请假 is who is on leave.
    const tallyLeave = list
      ? (sheets.find((s) => s.tally?.parts?.roster === list.sheet)?.tally?.parts?.leave ?? null)
      : null;
    const made = list ? engine.rosterChart(list, {}, tallyLeave) : null;
    const charts: SwapChart[] = tables.flatMap((table, i) => {
      if (table.kind !== "seating") return [];
      const grid = read[i];
      const origin = grid.origin ?? { row: 0, col: 0 };
      const seats: SwapSeat[] = engine
        .seatsOfTable(table, side)
        .seats.filter((seat) => seat.area !== "list")
        .map((seat) => {
          const at = parseAddress(seat.address)!;
          const value = grid.rows[at.row - origin.row]?.[at.col - origin.col];
          return {
            name: seat.name,
            address: seat.address,
            value: value === null || value === undefined ? "" : String(value),
          };
        });
      return [{ sheet: table.sheet, seats }];
    });
    return {
      roster:
        list && made
          ? {
              sheet: list.sheet,
              people: made.chart.seats.length,
              onLeave: made.onLeave.length,
              byRank: made.byRank,
              table: list,
              tallyLeave,
            }
          : null,
      charts,
    };
  }, [grids, sheets, engine, side]);

  const generate = (options: { podium: number; side: Side }) =>
    attempt(async () => {
      const list = found.roster?.table;
      const made = list && engine ? engine.rosterChart(list, options, found.roster?.tallyLeave ?? null) : null;
      if (!list || !made) return setStatus({ intent: "info", text: S.seating.nobody(list?.sheet ?? "") });
      const name = await host.writeSeatingChart(made.chart);
      const podium = made.chart.seats.filter((s) => s.area === "podium").length;
      // Checked again at once: the new sheet's seating findings show below.
      await readAndCheck(false, {
        intent: "success",
        text: S.seating.generated(name, podium, made.chart.seats.length - podium, made.onLeave),
      });
    });

  const swap = (sheet: string, a: SwapSeat, b: SwapSeat) =>
    attempt(async () => {
      await host.swapCells(sheet, a, b);
      await readSheets([sheet], {
        intent: "success",
        text: S.seating.swapped(S.seating.seat(a.name, a.address), S.seating.seat(b.name, b.address)),
      });
    });

  return { roster: found.roster, charts: found.charts, side, podium, setPodium, generate, swap };
}

export type Seating = ReturnType<typeof useSeating>;
