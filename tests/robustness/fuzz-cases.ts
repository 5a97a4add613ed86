import type { FuzzInput, Reader } from "./fuzz-readers";
import { lieAboutSizes, mutateBytes, mutateCsv, mutateJson, mutateZipPart } from "./fuzz-mutate";
import { Random } from "./fuzz-random";
import { type Source, TRACK_MINUTES } from "./fuzz-sources";

export interface FuzzCase extends FuzzInput {
  /** `reader#index`: with the seed, enough to make the same input again. */
  id: string;
  source: string;
  steps: string[];
}

const ZIP_READERS: Reader[] = ["xlsx", "ods", "docx", "track"];
const JSON_READERS: Reader[] = ["config", "draft"];

/** Decision texts with what breaks XML writers: control characters, Word's soft break, Excel's own escapes. */
const HOSTILE_DECISIONS = [
  "第一行\u000B第二行",
  "\u0001开展检查",
  "_x000B_整改",
  "清理\uFFFE库存",
  "&<>\"'",
  "\uD800孤立",
];

/**
 * The `index`th input for `reader` under `seed`: a sample with one to three mutations. Each case has its own
 * generator, so a case is the same whatever ran before it.
 */
export async function fuzzCase(seed: number, reader: Reader, index: number, sources: Source[]): Promise<FuzzCase> {
  const random = new Random(seed ^ Math.imul(index + 1, 0x9e3779b1) ^ hash(reader));
  const source = random.pick(sources);
  let bytes = source.bytes;
  const steps: string[] = [];
  const rounds = random.int(1, 3);
  // Structural changes first (they need a readable package or document), then bytes and sizes.
  for (let round = 0; round < rounds; round++) {
    const late = round === rounds - 1 && random.next() < 0.4;
    const change = await mutation(random, reader, bytes, late);
    bytes = change.bytes;
    steps.push(change.step);
  }
  let minutesJson: Uint8Array | undefined;
  if (reader === "track") {
    const minutes = structuredClone(TRACK_MINUTES);
    if (random.next() < 0.35) {
      const hostile = random.pick(HOSTILE_DECISIONS);
      minutes.decisions![random.int(0, minutes.decisions!.length - 1)].text += hostile;
      steps.push(`minutes decision with ${JSON.stringify(hostile)}`);
    }
    minutesJson = new TextEncoder().encode(JSON.stringify(minutes));
  }
  return { id: `${reader}#${index}`, reader, name: source.name, source: source.name, bytes, steps, minutesJson };
}

/** A sample as it is, for `reader`: it must read without any finding of the fuzz. */
export function unchangedCase(reader: Reader, source: Source): FuzzCase {
  const minutesJson = reader === "track" ? new TextEncoder().encode(JSON.stringify(TRACK_MINUTES)) : undefined;
  return {
    id: `${reader}:sample`,
    reader,
    name: source.name,
    source: source.name,
    bytes: source.bytes,
    steps: [],
    minutesJson,
  };
}

async function mutation(
  random: Random,
  reader: Reader,
  bytes: Uint8Array,
  late: boolean,
): Promise<{ bytes: Uint8Array; step: string }> {
  if (late)
    return ZIP_READERS.includes(reader) && random.next() < 0.5
      ? lieAboutSizes(random, bytes)
      : mutateBytes(random, bytes);
  if (ZIP_READERS.includes(reader)) {
    try {
      return await mutateZipPart(random, bytes);
    } catch {
      return mutateBytes(random, bytes); // an earlier step left no readable package
    }
  }
  if (reader === "csv" && random.next() < 0.8) return mutateCsv(random, bytes);
  if (JSON_READERS.includes(reader) && random.next() < 0.7) {
    try {
      return mutateJson(random, bytes);
    } catch {
      return mutateBytes(random, bytes);
    }
  }
  return mutateBytes(random, bytes);
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
