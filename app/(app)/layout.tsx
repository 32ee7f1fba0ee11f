import Link from "next/link";
import { redirect } from "next/navigation";
import { Megaphone } from "lucide-react";
import { NavLinks, type NavSection } from "@/components/shell/nav-links";
import { QueryProvider } from "@/components/shell/query-provider";
import { UserMenu } from "@/components/shell/user-menu";
import { currentUser } from "@/lib/auth/session";
import { signOutAction } from "./shell-actions";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  // only areas that work appear here; later capabilities add theirs
  const sections: NavSection[] = [
    {
      items: [
        { href: "/campaigns", label: "Campaigns", icon: "campaigns" },
        { href: "/tasks", label: "My tasks", icon: "tasks" },
        { href: "/board", label: "Board", icon: "board" },
        { href: "/approvals", label: "Approvals", icon: "approvals" },
        { href: "/team", label: "Team", icon: "team" },
      ],
    },
    {
      title: "Settings",
      items: [
        { href: "/settings/tokens", label: "API tokens", icon: "tokens" },
        { href: "/settings/approvals", label: "Approval rules", icon: "approvals" },
        ...(user.role === "admin" ? [{ href: "/settings/members", label: "Members", icon: "members" as const }] : []),
      ],
    },
  ];
  return (
    <div className="flex min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">Skip to content</a>
      {/* the dark column spans the page; the navigation inside it stays put while the page scrolls */}
      <div className="w-60 shrink-0 bg-slate-900">
        <aside className="sticky top-0 flex h-screen flex-col">
          <Link href="/campaigns" className="flex items-center gap-2 px-5 pt-5 pb-2 text-white">
            <span className="flex size-7 items-center justify-center rounded-md bg-brand-600"><Megaphone className="size-4" aria-hidden /></span>
            <span className="text-sm font-semibold tracking-tight">Campaign Manager</span>
          </Link>
          <NavLinks sections={sections} />
          <div className="border-t border-slate-800 p-3">
            <UserMenu name={user.name} email={user.email} role={user.role} signOut={signOutAction} />
          </div>
        </aside>
      </div>
      <main id="main" className="min-w-0 flex-1">
        <div className="mx-auto max-w-6xl px-8 py-8"><QueryProvider>{children}</QueryProvider></div>
      </main>
    </div>
  );
}
