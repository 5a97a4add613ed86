import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Page images are read at this resolution: 0.13 mm a pixel. */
const DPI = 200;

/** 1 mm in PDF points. */
export const MM = 72 / 25.4;

export interface TextLine {
  text: string;
  /** Box in mm from the page's top-left corner. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** The words pdftotext found on the line, with their own left and right edges (mm). */
  words: { text: string; left: number; right: number }[];
}

export interface PrintedPage {
  lines: TextLine[];
  /** Red horizontal rules (the 分隔线), as the mm from the page top of their middle, and their width in mm. */
  redRules: { y: number; width: number }[];
  /** The first row of red ink on the page, in mm from the top: the top edge of a red 标志; null when none. */
  redInkTop: number | null;
}

/** Whether LibreOffice and poppler are here to print a document. */
export function canPrint(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore" });
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Prints a .docx as an office would (LibreOffice, the GB/T fonts mapped by scripts/fonts.conf to CJK fonts of the same one-em width)
 * and reads the printed pages back: every text line's box, and the red rules drawn on each page.
 */
export function printDocx(
  docx: Uint8Array,
  name = "doc",
  /** Each page's image (binary PPM at `dpi`), for measures the text boxes cannot give (ink of WordArt). */
  onImage?: (ppm: Buffer, dpi: number, page: number) => void,
): { pages: PrintedPage[]; pdf: Uint8Array } {
  const dir = mkdtempSync(join(tmpdir(), "layout-"));
  try {
    const input = join(dir, `${name}.docx`);
    writeFileSync(input, docx);
    const env = { ...process.env, FONTCONFIG_FILE: join(__dirname, "../../scripts/fonts.conf"), HOME: dir };
    execFileSync(
      "soffice",
      ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, input],
      {
        env,
        stdio: "ignore",
        timeout: 120_000,
      },
    );
    const pdf = join(dir, `${name}.pdf`);
    execFileSync("pdftotext", ["-bbox-layout", pdf, join(dir, "bbox.html")]);
    const html = readFileSync(join(dir, "bbox.html"), "utf8");
    const pages = [...html.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].map((page) => ({
      lines: [
        ...page[1].matchAll(
          /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
        ),
      ].map((m) => ({
        left: Number(m[1]) / MM,
        top: Number(m[2]) / MM,
        right: Number(m[3]) / MM,
        bottom: Number(m[4]) / MM,
        text: [...m[5].matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => decode(w[1])).join(""),
        words: [...m[5].matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(
          (w) => ({ text: decode(w[3]), left: Number(w[1]) / MM, right: Number(w[2]) / MM }),
        ),
      })),
      redRules: [] as { y: number; width: number }[],
      redInkTop: null as number | null,
    }));
    execFileSync("pdftoppm", ["-r", String(DPI), pdf, join(dir, "page")]);
    const images = readdirSync(dir)
      .filter((f) => /^page-\d+\.ppm$/.test(f))
      .sort();
    images.forEach((file, i) => {
      if (!pages[i]) return;
      const ppm = readFileSync(join(dir, file));
      onImage?.(ppm, DPI, i);
      const red = redRows(ppm, DPI);
      pages[i].redRules = red.rules;
      pages[i].redInkTop = red.inkTop;
    });
    return { pages, pdf: new Uint8Array(readFileSync(pdf)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function decode(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e]!,
  );
}

/**
 * Red on a PPM page image: rows where one unbroken red run spans more than half the page (a rule, not red text),
 * and the first row with any red (the top edge of a red mark).
 */
function redRows(ppm: Buffer, dpi: number): { rules: { y: number; width: number }[]; inkTop: number | null } {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString("latin1", 0, 50))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const start = header[0].length;
  const rows: { y: number; run: number }[] = [];
  let inkTop: number | null = null;
  for (let y = 0; y < height; y++) {
    let run = 0;
    let best = 0;
    for (let x = 0; x < width; x++) {
      const i = start + (y * width + x) * 3;
      const red = ppm[i] > 180 && ppm[i + 1] < 90 && ppm[i + 2] < 90;
      run = red ? run + 1 : 0;
      if (run > best) best = run;
    }
    if (best > 0 && inkTop === null) inkTop = (y / dpi) * 25.4;
    if (best > width / 2) rows.push({ y, run: best });
  }
  // Adjacent rows are one rule, measured at its middle.
  const rules: { y: number; width: number }[] = [];
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1].y === rows[j].y + 1) j++;
    const mid = (rows[i].y + rows[j].y + 1) / 2;
    rules.push({ y: (mid / dpi) * 25.4, width: (rows[i].run / dpi) * 25.4 });
    i = j + 1;
  }
  return { rules, inkTop };
}
