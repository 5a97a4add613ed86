/**
 * Hostile zips built in memory: a deflate stream that unpacks a thousand times over (written bit by bit, so a
 * 600 MB entry costs 4 MB and no time), and a zip writer that can understate sizes and write ZIP64 end records.
 */
import { crc32, deflateRawSync } from "node:zlib";

/** Raw deflate (one fixed-Huffman block) of `length` copies of `byte`: a literal, then 258-byte copies at distance 1. */
export function repeatedByteDeflate(byte: number, length: number): Uint8Array {
  const copies = Math.floor((length - 1) / 258);
  const literals = length - 1 - copies * 258;
  const out = new Uint8Array(Math.ceil((3 + 9 * (1 + literals) + 13 * copies + 7) / 8) + 1);
  let bit = 0;
  const put = (value: number, bits: number) => {
    for (let i = 0; i < bits; i++, bit++) if ((value >> i) & 1) out[bit >> 3] |= 1 << (bit & 7);
  };
  // Huffman codes go most significant bit first.
  const code = (value: number, bits: number) => {
    for (let i = bits - 1; i >= 0; i--, bit++) if ((value >> i) & 1) out[bit >> 3] |= 1 << (bit & 7);
  };
  const literal = (b: number) => (b < 144 ? code(0x30 + b, 8) : code(0x190 + b - 144, 9));
  put(1, 1); // last block
  put(1, 2); // fixed Huffman codes
  literal(byte);
  for (let i = 0; i < copies; i++) {
    code(0xc5, 8); // length 258 (code 285)
    code(0, 5); // distance 1
  }
  for (let i = 0; i < literals; i++) literal(byte);
  code(0, 7); // end of block
  return out.subarray(0, Math.ceil(bit / 8));
}

export interface ZipPart {
  name: string;
  /** The bytes the entry unpacks to; or, for a bomb, `deflated` and `size`. */
  data?: Uint8Array | string;
  deflated?: Uint8Array;
  size?: number;
  /** The unpacked size the directory and local header claim, when it should lie. */
  claimedSize?: number;
  stored?: boolean;
}

/** A zip of the parts (deflated unless `stored`); with `zip64`, ZIP64 end records and 0xFFFF counts. */
export function zipBytes(parts: ZipPart[], options: { zip64?: boolean } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = typeof part.data === "string" ? Buffer.from(part.data) : part.data ? Buffer.from(part.data) : null;
    const body = part.deflated ? Buffer.from(part.deflated) : part.stored ? raw! : deflateRawSync(raw!);
    const size = part.size ?? raw!.length;
    const claimed = part.claimedSize ?? size;
    const crc = raw ? crc32(raw) : 0;
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.stored ? 0 : 8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(claimed, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(part.stored ? 0 : 8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(claimed, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directorySize = directory.reduce((sum, b) => sum + b.length, 0);
  const tail: Buffer[] = [];
  if (options.zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(parts.length), 24);
    record.writeBigUInt64LE(BigInt(parts.length), 32);
    record.writeBigUInt64LE(BigInt(directorySize), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directorySize), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = options.zip64 ? 0xffff : Math.min(parts.length, 0xffff);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...directory, ...tail, end]));
}
