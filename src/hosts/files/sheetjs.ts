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
