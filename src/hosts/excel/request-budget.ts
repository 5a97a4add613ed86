/**
 * Excel on the web refuses a request larger than 5 MB (error RequestPayloadSizeLimitExceeded, "only in Excel on the
 * web"; learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
 * and writes count as much as reads: Microsoft's own example is that 10,000 single-cell writes in one sync would
 * likely pass it. A request is every queued call and every object it reaches (getRange, format, fill…), each with
 * its arguments, as JSON. Batches of writes are cut before they pass a budget well under the limit.
 */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/** One call or object of a request without its arguments: ids, its kind and the JSON around them (about 90 bytes). */
const ENTRY_BYTES = 120;

const encoder = new TextEncoder();

/** The estimated request bytes of `entries` calls and objects carrying `args` between them. */
export function requestBytes(entries: number, ...args: unknown[]): number {
  const text = args.length === 0 ? "" : JSON.stringify(args);
  return entries * ENTRY_BYTES + encoder.encode(text).length;
}

/** Consecutive runs of `items` whose estimated requests each stay within `budget` (an item over it goes alone). */
export function batchesByPayload<T>(
  items: readonly T[],
  bytesOf: (item: T) => number,
  budget = REQUEST_BUDGET_BYTES,
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = bytesOf(item);
    if (current.length > 0 && bytes + size > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Queues `queue(item)` for every item and syncs once per batch of at most `budget` estimated bytes: one round trip
 * per few megabytes, never one per cell. Returns what each call returned, in order.
 */
export async function syncInBatches<T, R>(
  context: { sync(): Promise<unknown> },
  items: readonly T[],
  bytesOf: (item: T) => number,
  queue: (item: T) => R,
  budget = REQUEST_BUDGET_BYTES,
): Promise<R[]> {
  const results: R[] = [];
  for (const batch of batchesByPayload(items, bytesOf, budget)) {
    for (const item of batch) results.push(queue(item));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per budget-sized batch is the point
    await context.sync();
  }
  return results;
}
