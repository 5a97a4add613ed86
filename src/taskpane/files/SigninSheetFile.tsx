import { Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { SheetReport } from "../../core/rules/run-registers";
import type { Grid } from "../../core/table/grid";
import { readRegister } from "../../core/table/register-table";
import { copyName } from "../../hosts/files/download";
import { Status, type StatusMessage, errorText } from "../components/Status";
import { useLayout } from "../components/layout";
import { downloadSigninSheet } from "./print-table-download";
import { R } from "./replies-strings";

/**
 * 生成签到表 from a checked workbook's 参会名单 (the first sheet the check read as a roster of people): the pre-printed
 * 签到表 as .xlsx (which the check reads back once signed) or as a Word table. Shows nothing without such a list.
 */
export function SigninSheetFile({
  fileName,
  grids,
  sheets,
}: {
  fileName: string;
  grids: Grid[];
  sheets: SheetReport[];
}) {
  const styles = useLayout();
  const [status, setStatus] = useState<StatusMessage>(null);
  const roster = useMemo(() => {
    for (const grid of grids) {
      if (!sheets.some((s) => s.sheet === grid.sheet && s.kind === "roster")) continue;
      const table = readRegister(grid);
      if (table.roleColumns.name !== undefined && table.rows.length > 0) return table;
    }
    return null;
  }, [grids, sheets]);
  if (!roster) return null;

  const download = async (docx: boolean) => {
    setStatus(null);
    try {
      setStatus(await downloadSigninSheet(roster, copyName(fileName, "签到表", ""), docx ? "docx" : "xlsx"));
    } catch (error) {
      setStatus({ intent: "error", text: errorText(error) });
    }
  };
  return (
    <section className={styles.panel} aria-label={R.signinTitle} style={{ marginTop: 12 }}>
      <Subtitle2 as="h3">{R.signinTitle}</Subtitle2>
      <Caption1>{R.signinIntro(roster.sheet)}</Caption1>
      <div className={styles.actions}>
        <Button onClick={() => void download(false)}>{R.downloadSignin}</Button>
        <Button onClick={() => void download(true)}>{R.downloadSigninDocx}</Button>
      </div>
      <Status status={status} />
    </section>
  );
}
