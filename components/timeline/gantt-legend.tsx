import { HATCH } from "./gantt-bars";

function Swatch({ className, style }: { className: string; style?: React.CSSProperties }) {
  return <span className={className} style={style} aria-hidden />;
}

/** What the colours and marks mean. */
export function GanttLegend() {
  const items: [React.ReactNode, string][] = [
    [<Swatch key="m" className="h-3 w-5 rounded-sm bg-slate-600" />, "Milestone"],
    [<Swatch key="t" className="h-2.5 w-5 rounded-full bg-sky-500" />, "Task"],
    [<Swatch key="c" className="h-3 w-5 rounded-sm bg-orange-500" />, "Critical path"],
    [<Swatch key="b" className="h-3 w-5 rounded-sm ring-1 ring-slate-300 ring-inset" style={{ backgroundImage: HATCH }} />, "Buffer"],
    [<span key="s" className="relative h-2 w-5 border-r border-slate-400" aria-hidden><span className="absolute inset-x-0 top-1/2 border-t border-dashed border-slate-400" /></span>, "Slack"],
    [<Swatch key="n" className="h-3 w-5 rounded-sm bg-red-600 ring-2 ring-red-300" />, "Cannot make the launch"],
    [<Swatch key="w" className="h-3 w-3 bg-slate-200" />, "Weekend"],
    [<Swatch key="h" className="h-3 w-3 bg-amber-200" />, "Holiday"],
    [<Swatch key="today" className="h-3.5 w-0.5 bg-rose-500" />, "Today"],
    [<Swatch key="launch" className="h-3.5 w-0.5 bg-emerald-500" />, "Launch"],
  ];
  return (
    <ul aria-label="Legend" className="flex flex-wrap items-center gap-x-4 gap-y-1.5 text-xs text-slate-600">
      {items.map(([swatch, label]) => (
        <li key={label} className="inline-flex items-center gap-1.5">{swatch}{label}</li>
      ))}
    </ul>
  );
}
