/**
 * SheetJS's core build, without the code-page tables that its default build compiles at load (about 150 ms of a
 * CLI run): only the binary .xls/.et formats read through them, and they get them when such a file is opened.
 */
export async function loadSheetJs(codepages = false): Promise<typeof import("@e965/xlsx")> {
  const XLSX = (await import("@e965/xlsx/dist/xlsx.core.min")) as typeof import("@e965/xlsx");
  if (codepages) {
    const tables = await import("@e965/xlsx/dist/cpexcel");
    XLSX.set_cptable(("default" in tables ? tables.default : tables) as Parameters<typeof XLSX.set_cptable>[0]);
  }
  return XLSX;
}

type SheetJs = typeof import("@e965/xlsx");
interface CfbContainer {
  FileIndex: unknown[];
}
interface SheetJsZipEntryPoints {
  CFB: {
    utils: {
      cfb_new(): CfbContainer;
      cfb_add(container: CfbContainer, name: string, content: Uint8Array, options: { unsafe: true }): void;
    };
  };
  parse_zip(container: CfbContainer, options: import("@e965/xlsx").ParsingOptions): import("@e965/xlsx").WorkBook;
}

/**
 * A workbook from parts already unpacked (by unzipWithinLimits): SheetJS gets them in the container its own zip
 * reader builds, so it never inflates the user's bytes itself (its inflater has no limit).
 */
export function parseUnzippedWorkbook(
  XLSX: SheetJs,
  parts: Map<string, Uint8Array>,
  options: import("@e965/xlsx").ParsingOptions,
): import("@e965/xlsx").WorkBook {
  const { CFB, parse_zip } = XLSX as unknown as SheetJsZipEntryPoints;
  const container = CFB.utils.cfb_new();
  for (const [name, bytes] of parts) CFB.utils.cfb_add(container, name, bytes, { unsafe: true });
  return parse_zip(container, options);
}
