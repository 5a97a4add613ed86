// The Word pane's tabs after the first (起草纪要, 桌签): fetched just after the first screen, as one chunk.
export { MinutesDraft } from "./MinutesDraft";
export { CardsPanel } from "./CardsPanel";
