import { cn } from "@/components/ui/cn";
import { bandOrder, bandStyles } from "./bands";

export function HeatmapLegend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600">
      {bandOrder.map((b) => (
        <li key={b} className="flex items-center gap-1.5">
          <span aria-hidden className={cn("size-3.5 rounded-sm ring-1 ring-inset", bandStyles[b].swatch)} />
          {bandStyles[b].label}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="size-3.5 rounded-sm bg-brand-50 ring-1 ring-brand-300 ring-inset" />
        This week
      </li>
      <li className="text-slate-500">Past weeks (faded): hours logged. This week on: remaining work planned.</li>
    </ul>
  );
}
