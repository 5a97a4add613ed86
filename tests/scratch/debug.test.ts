import { readFileSync } from "node:fs";
import { readNotice } from "../../src/core/meeting/read-notice";
import { readMinutes } from "../../src/core/meeting/read-minutes";
import { toSimplifiedAligned } from "../../src/core/text/simplified";
import { readableParagraph } from "../../src/core/document/readable";
it("debug", () => {
  const name = process.env.DOC!;
  const ps = readFileSync(`tests/corpus/documents/${name}.txt`, "utf8").replace(/\n$/, "").split("\n").map((p) => toSimplifiedAligned(readableParagraph(p).text));
  const facts: Record<string, unknown> = name.startsWith("minutes") ? { ...readMinutes(ps) } : { ...readNotice(ps) };
  delete facts.paragraphs;
  console.log(JSON.stringify(facts, (k, v) => (k === "at" ? `${v.paragraph}:${v.start}` : v), 1));
});
it("lines", () => {
  const ps = readFileSync(`tests/corpus/documents/${process.env.DOC}.txt`, "utf8").split("\n").map((p) => toSimplifiedAligned(readableParagraph(p).text));
  console.log(ps.join("\n"));
});
it("gloss", () => {
  console.log(JSON.stringify(readableParagraph("县市區(qū)农业局").text));
});
