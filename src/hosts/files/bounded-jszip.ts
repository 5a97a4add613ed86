import type JSZip from "jszip";
import { unzipWithinLimits } from "./bounded-unzip";

/**
 * A JSZip of the user's zip whose parts were unpacked under the limits (unzipWithinLimits), for writers that
 * patch a package: JSZip itself trusts the directory's sizes (a bomb) and refuses a directory that understates
 * one ("uncompressed data size mismatch") though every part reads.
 */
export async function jszipWithinLimits(bytes: Uint8Array, fileName: string, damaged: string): Promise<JSZip> {
  const parts = unzipWithinLimits(bytes, fileName, { keep: (name) => !name.endsWith("/"), damaged });
  const { default: JSZipClass } = await import("jszip");
  const zip = new JSZipClass();
  for (const [name, data] of parts) zip.file(name, data);
  return zip;
}
