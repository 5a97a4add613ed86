import { type FuzzCase, fuzzCase, unchangedCase } from "./fuzz-cases";
import { type Outcome, type Reader, type Verdict, isFailure } from "./fuzz-readers";
import { type Source, fuzzSources } from "./fuzz-sources";
import { CASE_BUDGET, FuzzWorker } from "./fuzz-worker-pool";

/**
 * Fuzzing every reader from the product's own samples: each mutated input must end within the time and heap
 * budget with a result or one Chinese line, never an internal error, and every file written must be well-formed.
 * Fixed seed and case counts; FUZZ_RUNS (cases per reader), FUZZ_SECONDS (time box) and FUZZ_SEED make a longer
 * or different run by hand, e.g. `FUZZ_RUNS=400 FUZZ_SECONDS=1200 npx jest tests/robustness/fuzz`.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const DEFAULT_RUNS = 100;
const RUNS = Number(process.env.FUZZ_RUNS ?? DEFAULT_RUNS);
const TIME_BOX_SECONDS = Number(process.env.FUZZ_SECONDS ?? 45);
const READERS: Reader[] = ["xlsx", "xls", "ods", "csv", "docx", "config", "draft", "track"];

/**
 * Failures the fuzz finds that belong to fixes still under way (issue 33), each named by its reader, verdict and
 * what it says. The lead empties this list as the fixes land: a listed failure that no longer happens fails the
 * test, so the list cannot go stale.
 */
const KNOWN_UNFIXED: { reader: Reader; verdict: Verdict; detail: RegExp; why: string }[] = [];

interface Ran extends Outcome {
  fuzz: FuzzCase;
  ms: number;
}

const known = (ran: Ran) =>
  KNOWN_UNFIXED.find((k) => k.reader === ran.fuzz.reader && k.verdict === ran.verdict && k.detail.test(ran.detail));

const describeRun = (ran: Ran) =>
  `${ran.fuzz.id} (seed ${SEED}, from ${ran.fuzz.source}: ${ran.fuzz.steps.join("; ")}) → ${ran.verdict}: ${ran.detail} [${ran.ms} ms]`;

describe("fuzzing the readers", () => {
  let sources: Record<Reader, Source[]>;
  const worker = new FuzzWorker();
  const ran: Ran[] = [];
  let complete = true;

  beforeAll(async () => {
    sources = await fuzzSources();
  });
  afterAll(() => worker.stop());

  it("reads every unchanged sample", async () => {
    for (const reader of READERS)
      for (const source of sources[reader]) {
        const outcome = await worker.run(unchangedCase(reader, source));
        expect(`${reader} ${source.name}: ${outcome.verdict} ${outcome.detail}`).toMatch(/: result /);
      }
  }, 120_000);

  it(
    `ends every mutated input within ${CASE_BUDGET.seconds} s and ${CASE_BUDGET.heapMb} MB with a result or one Chinese line`,
    async () => {
      const deadline = Date.now() + TIME_BOX_SECONDS * 1000;
      // Round robin over the readers, so that a time box cut short still fuzzes each of them.
      for (let index = 0; index < RUNS; index++)
        for (const reader of READERS) {
          if (Date.now() > deadline) {
            complete = false;
            break;
          }
          const fuzz = await fuzzCase(SEED, reader, index, sources[reader]);
          ran.push({ ...(await worker.run(fuzz)), fuzz });
        }
      const failures = ran.filter(isFailure);
      const unexpected = failures.filter((r) => !known(r)).map(describeRun);
      if (process.env.FUZZ_REPORT) for (const r of failures) process.stdout.write(`${describeRun(r)}\n`);
      expect(unexpected).toEqual([]);
    },
    (TIME_BOX_SECONDS + 3 * CASE_BUDGET.seconds + 60) * 1000,
  );

  it("still sees each KNOWN_UNFIXED failure (remove it from the list once it is fixed)", () => {
    if (!complete || RUNS < DEFAULT_RUNS) return; // a cut-short or smaller run may not reach every known case
    const stale = KNOWN_UNFIXED.filter((k) => !ran.some((r) => known(r) === k)).map(
      (k) => `${k.reader} ${k.verdict} ${k.detail}: ${k.why}`,
    );
    expect(stale).toEqual([]);
  });
});
