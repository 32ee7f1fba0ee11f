"use client";

import { useState } from "react";
import { Check, Copy } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Copies a value; where the clipboard is unavailable (plain http, denied permission) it says how to copy by hand. */
export function CopyButton({ value, label = "Copy", what, variant = "secondary" }: {
  value: string; label?: string; what: string; variant?: "primary" | "secondary";
}) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      setState("failed");
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button size="sm" variant={variant} onClick={copy} aria-label={`${label} ${what}`}>
        {state === "copied" ? <Check className="size-4" aria-hidden /> : <Copy className="size-4" aria-hidden />}
        {state === "copied" ? "Copied" : label}
      </Button>
      <span role="status" className="text-xs text-slate-600">
        {state === "failed" ? "Copying is blocked here: select the text and press Ctrl+C (⌘C on a Mac)." : null}
      </span>
    </span>
  );
}
