/**
 * Where the ink of a printed 桌签 falls, read off its page image: LibreOffice prints WordArt as outlines, not as
 * text, so pdftotext cannot see the names and the image is measured instead.
 */

export interface InkBox {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface HalfInk {
  /** The name: the tallest band of ink rows on the half (a unit line is a lower band of its own). */
  name: InkBox | null;
  /** Every band of ink on the half, top to bottom. */
  bands: InkBox[];
}

export interface CardInk {
  width: number;
  height: number;
  upper: HalfInk;
  lower: HalfInk;
  /** Nearest ink to any edge of the paper. */
  edgeClearance: number;
  /**
   * How far the upper half differs from the lower half turned 180° about the page's centre: the share of the
   * lower half's inked pixels without ink at the turned place (0 when the upper half is the lower one turned).
   */
  turnedMismatch: number;
}

interface Image {
  width: number;
  height: number;
  ink: Uint8Array;
}

function readPpm(ppm: Buffer): Image {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString("latin1", 0, 50))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const start = header[0].length;
  const ink = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const p = start + i * 3;
    ink[i] = ppm[p] + ppm[p + 1] + ppm[p + 2] < 384 ? 1 : 0;
  }
  return { width, height, ink };
}

/** Bands of inked rows between `from` and `to` (pixel rows), split where at least `gap` rows are blank. */
function bands(image: Image, from: number, to: number, gap: number): { top: number; bottom: number }[] {
  const found: { top: number; bottom: number }[] = [];
  let blank = Infinity;
  for (let y = from; y < to; y++) {
    let inked = false;
    for (let x = 0; x < image.width && !inked; x++) inked = image.ink[y * image.width + x] === 1;
    if (!inked) {
      blank++;
      continue;
    }
    if (blank >= gap || found.length === 0) found.push({ top: y, bottom: y + 1 });
    else found[found.length - 1].bottom = y + 1;
    blank = 0;
  }
  return found;
}

function columns(image: Image, top: number, bottom: number): { left: number; right: number } {
  let left = image.width;
  let right = 0;
  for (let y = top; y < bottom; y++)
    for (let x = 0; x < image.width; x++)
      if (image.ink[y * image.width + x]) {
        left = Math.min(left, x);
        right = Math.max(right, x + 1);
      }
  return { left, right };
}

export function measureCardInk(ppm: Buffer, dpi: number): CardInk {
  const image = readPpm(ppm);
  const mm = (px: number) => (px / dpi) * 25.4;
  const fold = Math.round(image.height / 2);
  const half = (from: number, to: number): HalfInk => {
    const rows = bands(image, from, to, Math.round((1.5 / 25.4) * dpi));
    const boxes = rows.map((band) => {
      const { left, right } = columns(image, band.top, band.bottom);
      return { top: mm(band.top), bottom: mm(band.bottom), left: mm(left), right: mm(right) };
    });
    const name = boxes.reduce<InkBox | null>(
      (best, box) => (!best || box.bottom - box.top > best.bottom - best.top ? box : best),
      null,
    );
    return { name, bands: boxes };
  };
  let edge = Infinity;
  let lowerInk = 0;
  let unmatched = 0;
  const { width, height, ink } = image;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      if (!ink[y * width + x]) continue;
      edge = Math.min(edge, x, y, width - 1 - x, height - 1 - y);
      if (y < fold) continue;
      lowerInk++;
      // Two pixels (0.25 mm) of slack either way: the turned glyphs are rasterised on their own.
      const [tx, ty] = [width - 1 - x, height - 1 - y];
      let hit = false;
      for (let dy = -2; dy <= 2 && !hit; dy++)
        for (let dx = -2; dx <= 2 && !hit; dx++) hit = ink[(ty + dy) * width + (tx + dx)] === 1;
      if (!hit) unmatched++;
    }
  return {
    width: mm(width),
    height: mm(height),
    upper: half(0, fold),
    lower: half(fold, height),
    edgeClearance: mm(edge),
    turnedMismatch: lowerInk === 0 ? 1 : unmatched / lowerInk,
  };
}
