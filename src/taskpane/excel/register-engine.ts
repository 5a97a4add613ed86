// The register checks, loaded on demand: the Excel pane renders before the engine (opencc's dictionary,
// zod, the holiday calendar) has arrived, and starts loading it at once. The re-check of changed 座次图 comes with it.
export { checkWorkbook } from "../../core/rules/run-registers";
export { DEFAULT_OPTIONS } from "../../core/rules/config";
export { parseConfig } from "../../core/rules/config-schema";
export { REGISTER_RULES } from "../../core/rules/register-registry";

export { localDateOf, parseDateTimeText } from "../../core/text/dates";

export { readRegister } from "../../core/table/register-table";
export { rosterChart, seatingRoster } from "../../core/seating/roster-chart";
export { seatsOfTable } from "../../core/rules/seating/seats-of";
export { checkingChangedChartsOnly } from "./check-changed-charts";
