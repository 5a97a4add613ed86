import { noticeDocx } from "../../src/core/render";
import { zipDocx } from "../../src/hosts/files/write-docx";
import { SAMPLE_NOTICE } from "../../src/samples/draft-inputs";
import { type Figure, plain, time } from "./figure";

/** Rendering the sample notice to a zipped .docx, as the file pane and `huiwu draft` do. */
export async function renderFigures(runs: number): Promise<Record<string, Figure>> {
  await zipDocx(noticeDocx(SAMPLE_NOTICE));
  return {
    "render.noticeMs": plain(await time(() => zipDocx(noticeDocx(SAMPLE_NOTICE)), runs * 4)),
  };
}
