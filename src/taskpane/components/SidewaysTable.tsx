import type { ReactNode, Ref } from "react";

/**
 * A table wider than the pane, in a box that scrolls sideways: focusable so keyboard users can scroll it, and named
 * as scrolling for screen readers. The layout checks let a `data-scrolls-sideways` box run past the pane's edge.
 */
export function SidewaysTable({
  ref,
  label,
  className,
  tableClassName,
  children,
}: {
  ref: Ref<HTMLDivElement>;
  label: string;
  className: string;
  tableClassName: string;
  children: ReactNode;
}) {
  return (
    <div
      ref={ref}
      className={className}
      data-scrolls-sideways
      tabIndex={0}
      role="region"
      aria-label={`${label}（可横向滚动）`}
    >
      <table className={tableClassName} aria-label={label}>
        {children}
      </table>
    </div>
  );
}
