export interface Figure {
  value: number;
  /** The target as printed, e.g. "<= 1000". */
  target?: string;
  ok?: boolean;
}

export function atMost(value: number, limit: number): Figure {
  return { value: round(value), target: `<= ${limit}`, ok: value <= limit };
}

export function plain(value: number): Figure {
  return { value: round(value) };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall time of `runs` calls of `fn`, in ms. */
export async function time(fn: () => unknown, runs: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
