import Link from "next/link";
import { buttonClass } from "./button";

/** Previous / next links for a paged list whose page lives in the URL; `hrefFor` builds a page's URL. */
export function Pagination({ page, pageCount, total, pageSize, hrefFor }: {
  page: number; pageCount: number; total: number; pageSize: number; hrefFor: (page: number) => string;
}) {
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const link = (p: number, label: string, disabled: boolean) =>
    disabled ? (
      <span className={buttonClass("secondary", "sm", "pointer-events-none opacity-50")} aria-disabled="true">{label}</span>
    ) : (
      <Link href={hrefFor(p)} className={buttonClass("secondary", "sm")}>{label}</Link>
    );
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm text-slate-600">
      <p>Showing <span className="font-medium">{from}</span>–<span className="font-medium">{to}</span> of <span className="font-medium">{total}</span></p>
      <div className="flex items-center gap-2">
        {link(page - 1, "Previous", page <= 1)}
        <span className="px-1">Page {page} of {pageCount}</span>
        {link(page + 1, "Next", page >= pageCount)}
      </div>
    </nav>
  );
}
