"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

export type CampaignTab = { href: string; label: string; count?: { value: number; tone: "slate" | "red"; label: string } };

/** The views of one campaign, as links: each tab is a URL, so it can be shared and reloaded. */
export function CampaignTabs({ tabs }: { tabs: CampaignTab[] }) {
  const pathname = usePathname();
  // the overview is the campaign's own URL; any other tab matches its prefix
  const active = [...tabs].sort((a, b) => b.href.length - a.href.length).find((t) => pathname === t.href || pathname.startsWith(`${t.href}/`));
  return (
    <nav aria-label="Campaign views" className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {tabs.map((t) => {
          const current = active?.href === t.href;
          return (
            <li key={t.href}>
              <Link
                href={t.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "inline-flex items-center gap-2 border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-brand-600",
                  current ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
                )}
              >
                {t.label}
                {t.count && t.count.value > 0 ? (
                  <span
                    className={cn("rounded-full px-1.5 py-0.5 text-xs font-semibold", t.count.tone === "red" ? "bg-red-100 text-red-700" : "bg-slate-100 text-slate-600")}
                    aria-label={t.count.label}
                  >
                    {t.count.value}
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
