import { once } from "../components/useLazyModule";

export const loadDraftEngine = once(() => import(/* webpackChunkName: "draft-engine" */ "./draft-engine"));
export type DraftEngine = Awaited<ReturnType<typeof loadDraftEngine>>;

/** Reading a sign-in workbook for the minutes' 出席 lines needs the workbook reader and the stroke-order data: on demand. */
export const loadAttendanceImport = once(
  () => import(/* webpackChunkName: "attendance-import" */ "./attendance-import"),
);

/** 桌签's 参会名单: the workbook reader, loaded when the clerk picks the file. */
export const loadCardsEngine = once(() => import(/* webpackChunkName: "cards-engine" */ "./cards-engine"));
