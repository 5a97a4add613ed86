import { Button, Caption1 } from "@fluentui/react-components";
import { useState } from "react";
import type { NameCard } from "../../core/cards/name-cards";
import { rosterCards } from "../../core/cards/roster-cards";
import { cellOf } from "../../core/rules/finding";
import { onLeaveAsTallied, rankedPeople } from "../../core/seating/ranked";
import type { ChartPlace } from "../../core/seating/swap";
import { cellAddress, parseAddress } from "../../core/table/grid";
import type { RegisterTable } from "../../core/table/register-table";
import { copyName, offerDownload } from "../../hosts/files/download";
import type { FileExcelHost } from "../../hosts/files/file-excel-host";
import { NameCardsMaker, downloadCardsAs } from "../components/NameCardsMaker";
import { useLayout } from "../components/layout";
import { SheetResults } from "../components/SheetResults";
import { Status, type StatusMessage, downloadedStatus } from "../components/Status";
import { SeatingCard } from "../excel/SeatingCard";
import type { RegisterSession } from "../excel/useRegisterSession";
import type { Seating } from "../excel/useSeating";
import { S } from "../strings";
import { ChartPreview } from "./ChartPreview";
import { jobFailure, type useFileJobs } from "./useFileJobs";

/**
 * Who gets a 桌签: the people seated, in the 名单's row order, and who is on leave instead (as a tally counted
 * against it says, else as the 名单 marks them).
 */
function cardsOf(table: RegisterTable, tallyLeave: readonly string[] | null): { cards: NameCard[]; onLeave: string[] } {
  if (!tallyLeave) return rosterCards(table);
  const people = onLeaveAsTallied(rankedPeople(table), tallyLeave).sort(
    (a, b) => (a.row?.index ?? 0) - (b.row?.index ?? 0),
  );
  return {
    cards: people.filter((p) => !p.onLeave).map((p) => ({ name: p.name, unit: p.unit || undefined })),
    onLeave: people.filter((p) => p.onLeave).map((p) => p.name),
  };
}

/**
 * File mode's 座次图与桌签: the shared seating card over the file host, the chart it wrote as a preview where two
 * clicks swap seats, the chart's findings (a click marks the seat), 下载座次图 and the 桌签 of the people seated.
 */
export function FileSeating({
  fileName,
  session,
  seating,
  host,
  jobs,
}: {
  fileName: string;
  session: RegisterSession;
  seating: Seating;
  host: FileExcelHost;
  jobs: ReturnType<typeof useFileJobs>;
}) {
  const layout = useLayout();
  const [status, setStatus] = useState<StatusMessage>(null);
  const { roster } = seating;
  if (!roster) return null;
  const busy = jobs.busy || session.busy;
  const report = session.sheets.find((s) => host.chartOf(s.sheet));
  const chart = report && host.chartOf(report.sheet);
  const at = session.selected && cellOf(session.selected);
  const marked = chart && at?.sheet === chart.sheet ? parseAddress(at.cell) : null;

  const seatAt = (place: ChartPlace) => {
    const value = chart!.rows[place.row][place.col] ?? "";
    return { name: value || S.seating.emptySeat, address: cellAddress(place.row, place.col), value };
  };

  const downloadChart = async () => {
    try {
      const made = await host.downloadChart(chart!.sheet);
      offerDownload(made.bytes, made.fileName, made.type);
      setStatus(downloadedStatus(made.fileName));
    } catch (error) {
      setStatus(jobFailure(error));
    }
  };

  const { cards, onLeave } = cardsOf(roster.table, roster.tallyLeave);
  return (
    <section className={layout.panel} aria-label={S.seating.withCards}>
      <SeatingCard
        roster={roster}
        charts={seating.charts}
        podium={seating.podium}
        onPodium={seating.setPodium}
        defaultSide={seating.side}
        busy={busy}
        confirmFirst={false}
        swapView={
          chart &&
          report && (
            <>
              <ChartPreview
                chart={chart}
                marked={marked}
                onSwap={(a, b) => void seating.swap(chart.sheet, seatAt(a), seatAt(b))}
              />
              {report.findings.length === 0 ? (
                <Caption1>{S.seating.noFindings}</Caption1>
              ) : (
                <SheetResults
                  sheets={[report]}
                  selected={session.selected}
                  onSelect={session.select}
                  ruleNames={session.ruleNames}
                />
              )}
              <div className={layout.actions}>
                <Button disabled={busy} onClick={() => void downloadChart()}>
                  {S.seating.download}
                </Button>
              </div>
              <Caption1>{S.seating.downloadNote}</Caption1>
            </>
          )
        }
        onGenerate={(options) => void seating.generate(options)}
        onSwap={(sheet, a, b) => void seating.swap(sheet, a, b)}
      />
      <Status status={status} />
      <NameCardsMaker
        cards={cards}
        onLeave={onLeave}
        deliver={downloadCardsAs(copyName(fileName, S.cards.tab, ".docx"))}
        disabled={busy}
      />
    </section>
  );
}
