import { memo } from "react";
import type { Connector } from "./geometry";

/** Dependency lines, finish to start, with arrowheads; critical links drawn in the critical colour. */
export const GanttConnectors = memo(function GanttConnectors({ lines, width, height, left }: { lines: Connector[]; width: number; height: number; left: number }) {
  return (
    <svg className="pointer-events-none absolute top-0 overflow-visible" style={{ left }} width={width} height={height} aria-hidden>
      <defs>
        <marker id="gantt-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M 0 0 L 8 4 L 0 8 z" className="fill-slate-400" />
        </marker>
        <marker id="gantt-arrow-critical" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M 0 0 L 8 4 L 0 8 z" className="fill-orange-500" />
        </marker>
      </defs>
      {lines.map((c) => (
        <path key={c.key} d={c.d} fill="none" strokeWidth={c.critical ? 1.5 : 1} strokeLinejoin="round"
          className={c.critical ? "stroke-orange-500" : "stroke-slate-400"} markerEnd={`url(#${c.critical ? "gantt-arrow-critical" : "gantt-arrow"})`} />
      ))}
    </svg>
  );
});
