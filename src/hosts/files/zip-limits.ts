/** How large a workbook or document may unpack to: a 200,000-row register is about 100 MB. */
export const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;

/** Parts in one zip: a workbook of a thousand sheets has a few thousand; 65,600 parts is an attack. */
export const MAX_ZIP_ENTRIES = 20_000;
