import { repliesFigures, scoreReplies } from "./replies-score";

/**
 * The 回执 reader on 回执 that reproduce published templates (tests/corpus/replies, SOURCES.md), written in the
 * formats units send (.xlsx by the product's own writer, .csv, .docx) and read back as `huiwu replies` reads them.
 * `REPLIES_CORPUS_REPORT=1` prints the figures and each template's misses.
 */
describe("the 回执 corpus", () => {
  let figures: ReturnType<typeof repliesFigures>;
  beforeAll(async () => {
    figures = repliesFigures(await scoreReplies());
    if (process.env.REPLIES_CORPUS_REPORT) console.log(JSON.stringify(figures, null, 2));
  });

  it("holds at least 20 templates", () => expect(figures.templates).toBeGreaterThanOrEqual(20));

  it("reads every template's people right (单位, 姓名, 职务 and 电话), the 4 held-out ones included", () => {
    expect(figures.failing).toEqual([]);
    expect(figures.rowPrecision).toBe(1);
    expect(figures.rowRecall).toBe(1);
  });
});
