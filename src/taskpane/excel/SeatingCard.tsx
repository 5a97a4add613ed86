import { Button, Caption1, Field, Input, Select, Subtitle2 } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { useLayout } from "../components/layout";
import { S } from "../strings";

export type Side = "left" | "right";

/** A seat the clerk can swap: its cell and the value the check read there. */
export interface SwapSeat {
  name: string;
  address: string;
  value: string;
}

export interface SwapChart {
  sheet: string;
  seats: SwapSeat[];
}

/**
 * The seating part of the pane: 生成座次图 from the workbook's 参会名单 (主席台人数, the side that ranks higher),
 * confirmed where adding a sheet clears Excel's undo history; and 交换座位 on a chart the check found, by two
 * seats picked from lists, or in `swapView` where the host can show the chart (file mode's preview).
 */
export function SeatingCard({
  roster,
  charts,
  podium,
  onPodium,
  defaultSide,
  busy,
  confirmFirst = true,
  swapView,
  onGenerate,
  onSwap,
}: {
  /** The 参会名单 to seat from, how many on it take a seat and how many are on leave; null where there is none. */
  roster: { sheet: string; people: number; onLeave: number; byRank: boolean } | null;
  charts: SwapChart[];
  /** The 主席台人数 the clerk typed, kept when another 名单 comes (null: the 名单's default, up to 7). */
  podium: number | null;
  onPodium: (podium: number | null) => void;
  defaultSide: Side;
  busy: boolean;
  /** Whether generating asks first (Excel: a new sheet clears the undo history; file mode writes only in memory). */
  confirmFirst?: boolean;
  swapView?: ReactNode;
  onGenerate: (options: { podium: number; side: Side }) => void;
  onSwap: (sheet: string, a: SwapSeat, b: SwapSeat) => void;
}) {
  const layout = useLayout();
  /** 主席台人数 as text while it is being edited. */
  const [podiumText, setPodiumText] = useState<string | null>(null);
  const [side, setSide] = useState<Side | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [chartSheet, setChartSheet] = useState("");
  const [picked, setPicked] = useState<[string, string]>(["", ""]);
  if (!roster && charts.length === 0) return null;

  const people = roster?.people ?? 0;
  const podiumCount = podium === null ? Math.min(7, people) : Math.max(0, Math.min(podium, people));
  const chosenSide = side ?? defaultSide;
  const chart = charts.find((c) => c.sheet === chartSheet) ?? charts[0];
  const seatAt = (address: string) => chart?.seats.find((s) => s.address === address);
  const [a, b] = [seatAt(picked[0]), seatAt(picked[1])];

  const seatSelect = (label: string, index: 0 | 1) => (
    <Field label={label}>
      <Select
        className={layout.shrinkingSelect}
        value={picked[index]}
        onChange={(_e, d) => setPicked(index === 0 ? [d.value, picked[1]] : [picked[0], d.value])}
      >
        <option value="" />
        {chart?.seats.map((seat) => (
          <option key={seat.address} value={seat.address}>
            {S.seating.seat(seat.name, seat.address)}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <section className={layout.panel} aria-label={S.seating.title}>
      <Subtitle2 as="h3">{S.seating.title}</Subtitle2>
      {roster && (
        <>
          <Caption1>{S.seating.intro(roster.sheet, people, roster.byRank, roster.onLeave)}</Caption1>
          <Field label={S.seating.podium}>
            <Input
              type="number"
              min={0}
              max={people}
              value={podiumText ?? String(podiumCount)}
              onChange={(_e, d) => {
                const text = d.value.replace(/[^0-9]/g, "");
                setPodiumText(text);
                onPodium(text === "" ? null : Number.parseInt(text, 10));
              }}
              onBlur={() => setPodiumText(null)}
            />
          </Field>
          <Field label={S.seating.side}>
            <Select
              className={layout.shrinkingSelect}
              value={chosenSide}
              onChange={(_e, d) => setSide(d.value as Side)}
            >
              <option value="left">{S.seating.sideLeft}</option>
              <option value="right">{S.seating.sideRight}</option>
            </Select>
          </Field>
          <div className={layout.actions}>
            <Button
              disabled={busy}
              onClick={() =>
                confirmFirst ? setConfirming(true) : onGenerate({ podium: podiumCount, side: chosenSide })
              }
            >
              {S.seating.generate}
            </Button>
          </div>
          <ConfirmDialog
            open={confirming}
            title={S.seating.confirmTitle}
            body={S.seating.confirmBody(roster.sheet)}
            confirm={S.seating.confirm}
            onConfirm={() => {
              setConfirming(false);
              onGenerate({ podium: podiumCount, side: chosenSide });
            }}
            onCancel={() => setConfirming(false)}
          />
        </>
      )}
      {swapView}
      {!swapView && chart && chart.seats.length > 1 && (
        <section className={layout.panel} aria-label={S.seating.swapTitle}>
          <Subtitle2 as="h4">{S.seating.swapTitle}</Subtitle2>
          {charts.length > 1 && (
            <Field label={S.seating.swapSheet}>
              <Select
                className={layout.shrinkingSelect}
                value={chart.sheet}
                onChange={(_e, d) => {
                  setChartSheet(d.value);
                  setPicked(["", ""]);
                }}
              >
                {charts.map((c) => (
                  <option key={c.sheet} value={c.sheet}>
                    {c.sheet}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {seatSelect(S.seating.first, 0)}
          {seatSelect(S.seating.second, 1)}
          <div className={layout.actions}>
            <Button
              disabled={busy || !a || !b || a === b}
              onClick={() => {
                setPicked(["", ""]);
                onSwap(chart.sheet, a!, b!);
              }}
            >
              {S.seating.swap}
            </Button>
          </div>
        </section>
      )}
    </section>
  );
}
