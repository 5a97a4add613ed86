import { type DependencyList, type RefObject, useLayoutEffect, useRef } from "react";

/**
 * A scrolling box whose element matching `selector` is scrolled to its horizontal middle whenever `deps` change:
 * a grid wider than the pane opens on what matters (seat 1, the faulty cell), not on its left edge.
 */
export function useScrollIntoMiddle(selector: string, deps: DependencyList): RefObject<HTMLDivElement | null> {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const scroller = box.current;
    const target = scroller?.querySelector<HTMLElement>(selector);
    if (!scroller || !target) return;
    const [inBox, targetBox] = [scroller.getBoundingClientRect(), target.getBoundingClientRect()];
    scroller.scrollLeft += targetBox.left - inBox.left - (scroller.clientWidth - targetBox.width) / 2;
  }, deps);
  return box;
}
