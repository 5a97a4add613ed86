// pako 1.x (the inflater JSZip already brings into both bundles) ships no types: only what bounded-unzip.ts uses.
declare module "pako" {
  export class Inflate {
    constructor(options?: { raw?: boolean; chunkSize?: number });
    ended: boolean;
    onData: (chunk: Uint8Array) => void;
    onEnd: (status: number) => void;
    push(data: Uint8Array, mode?: boolean | number): boolean;
  }
}
