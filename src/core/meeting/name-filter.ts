/** A one-hash Bloom filter over name keys, about eight bits per name. */
export class NameFilter {
  private readonly words: Int32Array;
  private readonly mask: number;

  constructor(names: number) {
    let bits = 1024;
    while (bits < names * 8) bits *= 2;
    this.words = new Int32Array(bits >>> 5);
    this.mask = bits - 1;
  }

  /** Adds the key; false when it was certainly not there before. */
  insert(key: string): boolean {
    const bit = this.bitOf(key);
    const word = bit >>> 5;
    const mask = 1 << (bit & 31);
    const had = (this.words[word] & mask) !== 0;
    this.words[word] |= mask;
    return had;
  }

  private bitOf(key: string): number {
    let hash = 0x811c9dc5; // FNV-1a
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    return (hash ^ (hash >>> 15)) & this.mask;
  }
}
