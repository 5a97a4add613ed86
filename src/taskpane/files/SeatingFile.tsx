import {
  Button,
  Caption1,
  Divider,
  Field,
  Input,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { rosterCards } from "../../core/cards/roster-cards";
import { type Finding, bySeverity, cellOf } from "../../core/rules/finding";
import type { CheckOptions } from "../../core/rules/config";
import { type SheetReport, checkWorkbook } from "../../core/rules/run-registers";
import type { SeatingChart } from "../../core/seating/chart";
import type { PodiumSide } from "../../core/seating/podium";
import { rankedPeople, seated } from "../../core/seating/ranked";
import { chartTitle, seatingRoster } from "../../core/seating/roster-chart";
import { seatingChart } from "../../core/seating/chart";
import { type ChartPlace, chartGrid, swapSeats } from "../../core/seating/swap";
import { type Grid, parseAddress } from "../../core/table/grid";
import { readRegister } from "../../core/table/register-table";
import { DOCX_TYPE, XLSX_TYPE, copyName, offerDownload } from "../../hosts/files/download";
import { FindingMessage } from "../components/FindingText";
import { Status, type StatusMessage, downloadedStatus } from "../components/Status";
import { CardOptionsFields, DEFAULT_CARD_OPTIONS } from "../components/CardOptionsFields";
import { S } from "../strings";
import { jobFailure, type useFileJobs } from "./useFileJobs";
import { onLeaveAsTallied } from "./tallied-leave";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  wrap: {
    overflowX: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    // No side padding: the sticky row labels meet the edge, with no seat showing through beside them.
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  // The row label stays in view while the grid scrolls sideways (a 150% zoom shows three or four seats).
  label: {
    fontWeight: 400,
    color: tokens.colorNeutralForeground3,
    padding: "2px 4px",
    textAlign: "right",
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  band: {
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "center",
    padding: "2px",
  },
  seat: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: 0 },
  seatButton: { minWidth: "3.6em", padding: "4px 2px", fontSize: tokens.fontSizeBase200 },
  gap: { height: tokens.spacingVerticalS },
  findings: { listStyle: "none", margin: 0, padding: 0 },
  finding: { width: "100%", justifyContent: "start", textAlign: "left", fontWeight: 400 },
});

type Jobs = ReturnType<typeof useFileJobs>;

/**
 * 座次图 and 桌签 from a checked workbook's 参会名单: make the chart, swap seats with two clicks (re-checked against
 * the list after each swap), download it as .xlsx; download the 桌签 as .docx. Shows nothing without a 参会名单.
 */
export function SeatingFile({
  fileName,
  grids,
  sheets,
  options,
  jobs,
}: {
  fileName: string;
  grids: Grid[];
  sheets: SheetReport[];
  /** The pane's check options: the chart is checked under them, and their 主席台排法 comes first. */
  options: CheckOptions;
  jobs: Jobs;
}) {
  const styles = useStyles();
  // Only the sheets the check read as rosters are read again: a large sign-in sheet beside them is left alone.
  const roster = useMemo(() => {
    const lists = grids.filter((g) => sheets.some((s) => s.sheet === g.sheet && s.kind === "roster"));
    const tables = lists.map(readRegister);
    const table = seatingRoster(tables);
    return table ? { table, grid: lists[tables.indexOf(table)] } : null;
  }, [grids, sheets]);
  // One tally on one screen: where a 签到表 was counted against this 名单, who is on leave is who its 请假 counts.
  const tallied = useMemo(
    () => (roster ? (sheets.find((s) => s.tally?.parts?.roster === roster.table.sheet)?.tally?.parts ?? null) : null),
    [roster, sheets],
  );
  const everyone = useMemo(
    () => (roster ? onLeaveAsTallied(rankedPeople(roster.table), tallied) : []),
    [roster, tallied],
  );
  const people = useMemo(() => seated(everyone), [everyone]);
  const [podium, setPodium] = useState(() => String(Math.min(people.length, 7)));
  const [chosenSide, setSide] = useState<PodiumSide | null>(null);
  const side = chosenSide ?? options.seatingSide;
  const [chart, setChart] = useState<SeatingChart | null>(null);
  const [picked, setPicked] = useState<ChartPlace | null>(null);
  const [report, setReport] = useState<SheetReport[] | null>(null);
  const [selected, setSelected] = useState<Finding | null>(null);
  const [status, setStatus] = useState<StatusMessage>(null);
  const [cardOptions, setCardOptions] = useState(DEFAULT_CARD_OPTIONS);

  if (!roster || people.length === 0) return null;

  /** The chart checked against the list, as a workbook of the two (a few hundred cells: on the page). */
  const recheck = (next: SeatingChart) => {
    const checked = checkWorkbook([chartGrid(next), roster.grid], options).sheets;
    setReport(checked.filter((s) => s.sheet === next.sheet));
  };

  const make = () => {
    const count = podium.trim() === "" ? NaN : Number(podium);
    const next = seatingChart(
      people.map((p) => ({ name: p.name, unit: p.unit })),
      { title: chartTitle(roster.table), podium: Number.isFinite(count) ? count : undefined, side },
    );
    setChart(next);
    setPicked(null);
    setSelected(null);
    setReport(null);
    setStatus(null);
    recheck(next);
  };

  const pick = (at: ChartPlace) => {
    if (!chart) return;
    if (!picked) {
      setPicked(at);
      setStatus({ intent: "info", text: S.seatingFile.picked(chart.rows[at.row][at.col] || S.seatingFile.emptySeat) });
      return;
    }
    setPicked(null);
    if (picked.row === at.row && picked.col === at.col) return setStatus(null);
    const [a, b] = [chart.rows[picked.row][picked.col], chart.rows[at.row][at.col]];
    const next = swapSeats(chart, picked, at);
    setChart(next);
    setSelected(null);
    setStatus({
      intent: "success",
      text: S.seatingFile.swapped(a || S.seatingFile.emptySeat, b || S.seatingFile.emptySeat),
    });
    recheck(next);
  };

  const downloadChart = async () => {
    if (!chart) return;
    try {
      const bytes = await jobs.run("seatingWorkbook", {
        chart,
        roster: roster.grid,
        fileName: S.seatingFile.chartName,
      });
      const name = copyName(fileName, S.seatingFile.chartName, ".xlsx");
      offerDownload(bytes, name, XLSX_TYPE);
      setStatus(downloadedStatus(name));
    } catch (error) {
      setStatus(jobFailure(error));
    }
  };

  const downloadCards = async () => {
    try {
      // The people seated are the people who get a 桌签, in the 名单's row order.
      const cards = tallied
        ? [...people]
            .sort((a, b) => (a.row?.index ?? 0) - (b.row?.index ?? 0))
            .map((p) => ({ name: p.name, unit: p.unit || undefined }))
        : rosterCards(roster.table).cards;
      const bytes = await jobs.run("nameCards", {
        cards,
        options: cardOptions,
        fileName: S.cards.fileName,
      });
      const name = copyName(fileName, S.cards.tab, ".docx");
      offerDownload(bytes, name, DOCX_TYPE);
      const said = S.downloads.done(name, S.downloads.cards(cards.length));
      setStatus({ intent: "success", text: `${said}${S.downloads.foldCards}` });
    } catch (error) {
      setStatus(jobFailure(error));
    }
  };

  const marked = selected ? parseAddress(cellOf(selected)?.cell ?? "") : null;
  const findings = report?.reduce((n, s) => n + s.findings.length, 0) ?? 0;

  return (
    <section className={styles.panel} aria-label={S.seatingFile.section}>
      <Divider />
      <Subtitle2 as="h3">{S.seatingFile.section}</Subtitle2>
      <Caption1>{S.seatingFile.from(roster.table.sheet, people.length, everyone.length - people.length)}</Caption1>
      <div className={styles.row}>
        <Field label={S.seatingFile.podium}>
          <Input
            type="number"
            min={0}
            max={people.length}
            value={podium}
            onChange={(_e, d) => setPodium(d.value)}
            style={{ width: "6em" }}
          />
        </Field>
        <Field label={S.seatingFile.side}>
          <RadioGroup
            layout="horizontal"
            style={{ flexWrap: "wrap" }}
            value={side}
            onChange={(_e, d) => setSide(d.value as PodiumSide)}
          >
            <Radio value="left" label={S.seatingFile.sideLeft} />
            <Radio value="right" label={S.seatingFile.sideRight} />
          </RadioGroup>
        </Field>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" onClick={make}>
          {chart ? S.seatingFile.remake : S.seatingFile.make}
        </Button>
        {chart && (
          <Button disabled={jobs.busy} onClick={() => void downloadChart()}>
            {S.seatingFile.download}
          </Button>
        )}
      </div>
      {chart && (
        <>
          <Caption1>{S.seatingFile.swapHint}</Caption1>
          <ChartPreview styles={styles} chart={chart} picked={picked} marked={marked} onPick={pick} />
          <Caption1>{S.seatingFile.downloadNote}</Caption1>
          <Status status={status} />
          {report && findings === 0 && <Caption1>{S.seatingFile.noFindings}</Caption1>}
          {report && findings > 0 && (
            <ul className={styles.findings} aria-label={S.seatingFile.findings}>
              {report
                .flatMap((sheet) => sheet.findings)
                .sort(bySeverity)
                .map((finding, i) => (
                  <li key={i}>
                    <Button
                      appearance="subtle"
                      className={styles.finding}
                      aria-pressed={finding === selected}
                      onClick={() => setSelected(finding === selected ? null : finding)}
                    >
                      <FindingMessage finding={finding} where={cellOf(finding)?.cell} />
                    </Button>
                  </li>
                ))}
            </ul>
          )}
        </>
      )}
      {!chart && <Status status={status} />}
      <div className={styles.row}>
        <CardOptionsFields value={cardOptions} onChange={setCardOptions} />
      </div>
      <div className={styles.row}>
        <Button disabled={jobs.busy} onClick={() => void downloadCards()}>
          {S.cards.make}
        </Button>
      </div>
    </section>
  );
}

/** The chart as a small grid: the band, row labels and a button per seat (picked, or marked by a finding). */
function ChartPreview({
  styles,
  chart,
  picked,
  marked,
  onPick,
}: {
  styles: ReturnType<typeof useStyles>;
  chart: SeatingChart;
  picked: ChartPlace | null;
  marked: ChartPlace | null;
  onPick: (at: ChartPlace) => void;
}) {
  const shown = chart.cells
    .map((looks, row) => ({ looks, row }))
    .filter(({ looks }) => !looks.includes("title") && !looks.includes("note"));
  const first = chart.seats.find((seat) => seat.rank === 1);
  const region = useRef<HTMLDivElement>(null);
  // Seat 1 (居中 on the 主席台) first: a grid wider than the pane opens scrolled to it, not to its left edge.
  useLayoutEffect(() => {
    const box = region.current;
    const seat = box?.querySelector<HTMLElement>("[data-seat-one]");
    if (!box || !seat) return;
    const [inBox, seatBox] = [box.getBoundingClientRect(), seat.getBoundingClientRect()];
    box.scrollLeft += seatBox.left - inBox.left - (box.clientWidth - seatBox.width) / 2;
  }, [chart.width, chart.side, chart.seats.length]);
  return (
    <div
      ref={region}
      className={styles.wrap}
      data-scrolls-sideways
      tabIndex={0}
      role="region"
      aria-label={`${S.seatingFile.chart}（可横向滚动）`}
    >
      <table className={styles.table} aria-label={S.seatingFile.chart}>
        <tbody>
          {shown.map(({ looks, row }) => {
            if (looks.every((l) => l === null))
              return (
                <tr key={row} className={styles.gap}>
                  <td colSpan={chart.width + 1} />
                </tr>
              );
            const label = chart.rows[row][0];
            return (
              <tr key={row}>
                {looks.map((look, col) => {
                  if (look === "band")
                    return col === looks.indexOf("band") ? (
                      <td key={col} className={styles.band} colSpan={chart.width + 1 - col}>
                        {chart.rows[row][col]}
                      </td>
                    ) : null;
                  if (look === "label")
                    return (
                      <th key={col} scope="row" className={styles.label}>
                        {chart.rows[row][col]}
                      </th>
                    );
                  if (look !== "seat") return <td key={col} />;
                  const name = chart.rows[row][col];
                  const isPicked = picked?.row === row && picked.col === col;
                  const isMarked = marked?.row === row && marked.col === col;
                  return (
                    <td
                      key={col}
                      data-seat-one={first?.row === row && first.col === col ? "" : undefined}
                      className={styles.seat}
                      aria-current={isMarked ? "true" : undefined}
                      style={isMarked ? { outline: `2px solid ${tokens.colorBrandStroke1}` } : undefined}
                    >
                      <Button
                        appearance={isPicked ? "primary" : "subtle"}
                        size="small"
                        className={styles.seatButton}
                        aria-pressed={isPicked}
                        title={S.seatingFile.seatLabel(label, name || S.seatingFile.emptySeat)}
                        aria-label={name ? undefined : S.seatingFile.seatLabel(label, S.seatingFile.emptySeat)}
                        onClick={() => onPick({ row, col })}
                      >
                        {name || "·"}
                      </Button>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
