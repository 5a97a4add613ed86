/**
 * Name keys numbered 0, 1, 2… in the order first added, in an open-addressing table of typed arrays. Attendance on a
 * 50,000-row sign-in sheet adds tens of thousands of new names: a Map of them, with an object per name behind each
 * entry, was the largest single cost of its pairing, and those objects lived, and were copied by the garbage
 * collector, until the check ended. The numbers index plain arrays instead (attendance.ts, NameSlots).
 */
export class NameIndex {
  private readonly keys: string[] = [];
  private hashes: Int32Array;
  /** Per bucket: the number of its key + 1, or 0 when empty. */
  private buckets: Int32Array;
  private mask: number;

  constructor(expected: number) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.buckets = new Int32Array(size);
    this.hashes = new Int32Array(Math.max(16, expected));
    this.mask = size - 1;
  }

  get size(): number {
    return this.keys.length;
  }

  /** The number of `key`, or -1 when it was never added. */
  find(key: string): number {
    return this.lookup(key, hashOf(key));
  }

  /** The number of `key`, added (the next number) when new. */
  add(key: string): number {
    const hash = hashOf(key);
    const found = this.lookup(key, hash);
    if (found >= 0) return found;
    const number = this.keys.length;
    this.keys.push(key);
    if (number >= this.hashes.length) {
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[number] = hash;
    if ((number + 1) * 2 > this.buckets.length) this.grow();
    else this.place(number, hash);
    return number;
  }

  private lookup(key: string, hash: number): number {
    for (let bucket = hash & this.mask; ; bucket = (bucket + 1) & this.mask) {
      const held = this.buckets[bucket];
      if (held === 0) return -1;
      if (this.hashes[held - 1] === hash && this.keys[held - 1] === key) return held - 1;
    }
  }

  private place(number: number, hash: number): void {
    let bucket = hash & this.mask;
    while (this.buckets[bucket] !== 0) bucket = (bucket + 1) & this.mask;
    this.buckets[bucket] = number + 1;
  }

  private grow(): void {
    this.buckets = new Int32Array(this.buckets.length * 2);
    this.mask = this.buckets.length - 1;
    for (let number = 0; number < this.keys.length; number++) this.place(number, this.hashes[number]);
  }
}

function hashOf(key: string): number {
  let hash = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash ^ (hash >>> 15);
}
