import { SAMPLE_WORKBOOKS } from "../../samples";

export type StartSample =
  { tab: "registers"; workbook: number } | { tab: "documents"; document: "notice" | "minutes" } | null;

/**
 * The sample named by `?sample=` in the pane's address (what `npm start` opens): a workbook id such as
 * `signin`, or `notice`/`minutes` for the faulty documents. Anything else opens the pane as usual.
 */
export function startSampleOf(search: string): StartSample {
  const id = new URLSearchParams(search).get("sample");
  if (id === "notice" || id === "minutes") return { tab: "documents", document: id };
  const workbook = SAMPLE_WORKBOOKS.findIndex((sample) => sample.id === id);
  return workbook >= 0 ? { tab: "registers", workbook } : null;
}
