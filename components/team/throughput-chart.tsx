"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { format, parseISO } from "date-fns";

/** Done tasks per week as small bars; the table beside it carries the same figures for screen readers. */
export function ThroughputChart({ weeks }: { weeks: { weekStart: string; done: number }[] }) {
  const data = weeks.map((w) => ({ ...w, label: format(parseISO(w.weekStart), "MMM d") }));
  return (
    <div aria-hidden className="h-40 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 4, right: 4, bottom: 0, left: -24 }}>
          <CartesianGrid vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#64748b" }} tickLine={false} axisLine={false} interval={1} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: "#64748b" }} tickLine={false} axisLine={false} />
          <Tooltip cursor={{ fill: "#f1f5f9" }} formatter={(v) => [`${v} done`, "Tasks"]} labelFormatter={(l) => `Week of ${l}`} />
          <Bar dataKey="done" fill="var(--color-brand-600, #4f46e5)" radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
