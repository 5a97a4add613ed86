import cnchar from "cnchar";
import order from "cnchar-order";

let ready = false;
function strokes(): typeof cnchar {
  if (!ready) {
    cnchar.use(order);
    ready = true;
  }
  return cnchar;
}

/** 横竖撇点折: 提 counts as 横, 竖钩 as 竖, 捺 as 点, every turning stroke as 折. */
const SHAPE_ORDER: Record<string, number> = { 横: 0, 提: 0, 竖: 1, 竖钩: 1, 撇: 2, 点: 3, 捺: 3 };

function strokeClass(name: string): number {
  return SHAPE_ORDER[name] ?? 4;
}

interface StrokeKey {
  count: number;
  shapes: number[];
}

function keyOf(ch: string): StrokeKey {
  const c = strokes();
  const count = Number((c.stroke as (s: string) => number)(ch)) || 0;
  const names = ((c.stroke as (s: string, ...a: string[]) => string[][])(ch, "order", "name")[0] ?? []) as string[];
  return { count, shapes: names.map(strokeClass) };
}

function compareChars(a: string, b: string): number {
  if (a === b) return 0;
  const ka = keyOf(a);
  const kb = keyOf(b);
  if (ka.count !== kb.count) return ka.count - kb.count;
  for (let i = 0; i < Math.min(ka.shapes.length, kb.shapes.length); i++) {
    if (ka.shapes[i] !== kb.shapes[i]) return ka.shapes[i] - kb.shapes[i];
  }
  return a.localeCompare(b, "zh-CN");
}

/**
 * 姓氏笔画 order: by the stroke count of the surname's first character, then its strokes' shapes in the
 * order 横竖撇点折, then the next characters the same way. Names without Chinese characters go last.
 */
export function byStrokes(names: readonly string[]): string[] {
  return [...names].sort((x, y) => {
    const a = [...x.replace(/\s+/g, "")];
    const b = [...y.replace(/\s+/g, "")];
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compareChars(a[i], b[i]);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  });
}
