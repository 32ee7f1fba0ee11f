"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { ClipboardCheck, KanbanSquare, KeyRound, ListChecks, Megaphone, UserRoundCog, Users } from "lucide-react";
import { cn } from "@/components/ui/cn";

const icons = { campaigns: Megaphone, tasks: ListChecks, board: KanbanSquare, approvals: ClipboardCheck, team: UserRoundCog, tokens: KeyRound, members: Users };

export type NavItem = { href: string; label: string; icon: keyof typeof icons };
export type NavSection = { title?: string; items: NavItem[] };

export function NavLinks({ sections }: { sections: NavSection[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex-1 space-y-6 px-3 py-4">
      {sections.map((section, i) => (
        <div key={section.title ?? i}>
          {section.title ? <p className="mb-1 px-2 text-xs font-semibold tracking-wide text-slate-400 uppercase">{section.title}</p> : null}
          <ul className="space-y-0.5">
            {section.items.map((item) => {
              const Icon = icons[item.icon];
              const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={active ? "page" : undefined}
                    className={cn(
                      "flex items-center gap-2.5 rounded-md px-2 py-1.5 text-sm font-medium",
                      active ? "bg-slate-800 text-white" : "text-slate-300 hover:bg-slate-800/60 hover:text-white",
                    )}
                  >
                    <Icon className="size-4 shrink-0" aria-hidden />
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
