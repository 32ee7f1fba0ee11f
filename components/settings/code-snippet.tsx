import { CopyButton } from "./copy-button";

export function CodeSnippet({ code, label, what }: { code: string; label: string; what: string }) {
  return (
    <figure className="space-y-1.5">
      <figcaption className="flex items-center justify-between gap-2 text-xs font-medium text-slate-700">
        {label}
        <CopyButton value={code} what={what} />
      </figcaption>
      <pre className="rounded-md break-all whitespace-pre-wrap bg-slate-900 px-4 py-3 font-mono text-xs leading-relaxed text-slate-100"><code>{code}</code></pre>
    </figure>
  );
}
