import type { Metadata } from "next";
import Link from "next/link";
import { ClipboardCheck, KeyRound, Users } from "lucide-react";
import { PageHeader } from "@/components/ui/page-header";
import { webContext } from "@/lib/auth/session";
import { hasRole } from "@/lib/core/context";

export const metadata: Metadata = { title: "Settings" };

/** The settings sections; members are listed for admins only, approvals for everyone (read-only unless admin). */
export default async function SettingsPage() {
  const ctx = await webContext();
  const admin = hasRole(ctx.actor, "admin");
  const sections = [
    { href: "/settings/tokens", label: "API tokens", icon: KeyRound, text: "Personal tokens for the MCP server and the REST API." },
    ...(admin ? [{ href: "/settings/members", label: "Members", icon: Users, text: "Invite people, set roles and approver stages." }] : []),
    {
      href: "/settings/approvals", label: "Approvals", icon: ClipboardCheck,
      text: admin ? "Stage plan, auto-approval rules, deadlines, escalation and business hours." : "How campaigns are approved (read-only: admins change it).",
    },
  ];
  return (
    <>
      <PageHeader title="Settings" />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {sections.map(({ href, label, icon: Icon, text }) => (
          <li key={href}>
            <Link href={href} className="flex h-full gap-3 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200 hover:ring-brand-300 focus-visible:outline-2 focus-visible:outline-brand-600">
              <Icon className="mt-0.5 size-5 shrink-0 text-brand-600" aria-hidden />
              <span>
                <span className="block text-sm font-semibold text-slate-900">{label}</span>
                <span className="mt-1 block text-sm text-slate-600">{text}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
