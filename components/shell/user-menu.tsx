"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import Link from "next/link";
import { ChevronsUpDown, KeyRound, LogOut } from "lucide-react";

export function UserMenu({ name, email, role, signOut }: { name: string; email: string; role: string; signOut: () => Promise<void> }) {
  const initials = name.split(/\s+/).map((p) => p[0]).join("").slice(0, 2).toUpperCase();
  return (
    <Menu.Root>
      <Menu.Trigger className="flex w-full items-center gap-3 rounded-md px-2 py-2 text-left hover:bg-slate-800/60" aria-label={`Account menu for ${name}`}>
        <span className="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-600 text-xs font-semibold text-white" aria-hidden>{initials}</span>
        <span className="min-w-0 flex-1">
          <span className="block truncate text-sm font-medium text-white">{name}</span>
          <span className="block truncate text-xs text-slate-400 capitalize">{role}</span>
        </span>
        <ChevronsUpDown className="size-4 text-slate-400" aria-hidden />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content side="top" align="start" sideOffset={6} className="z-50 w-60 rounded-md bg-white p-1 shadow-lg ring-1 ring-slate-200">
          <div className="px-2 py-1.5 text-xs text-slate-500">Signed in as<br /><span className="font-medium text-slate-800">{email}</span></div>
          <Menu.Separator className="my-1 h-px bg-slate-100" />
          <Menu.Item asChild>
            <Link href="/settings/tokens" className="flex items-center gap-2 rounded px-2 py-1.5 text-sm text-slate-700 outline-none data-[highlighted]:bg-slate-100">
              <KeyRound className="size-4" aria-hidden /> API tokens
            </Link>
          </Menu.Item>
          <Menu.Item
            className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm text-slate-700 outline-none data-[highlighted]:bg-slate-100"
            onSelect={() => void signOut()}
          >
            <LogOut className="size-4" aria-hidden /> Sign out
          </Menu.Item>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
