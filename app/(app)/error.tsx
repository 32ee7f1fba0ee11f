"use client";

import { Button } from "@/components/ui/button";

export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-lg rounded-lg bg-white p-8 text-center shadow-sm ring-1 ring-slate-200" role="alert">
      <h1 className="text-lg font-semibold">This page could not be loaded</h1>
      <p className="mt-2 text-sm text-slate-600">
        Something went wrong on our side; nothing you entered was changed.
        {error.digest ? <> Reference <code className="font-mono">{error.digest}</code>.</> : null}
      </p>
      <Button className="mt-6" onClick={reset}>Try again</Button>
    </div>
  );
}
