import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { taskListHref, type SearchParams } from "@/lib/tasks/list-params";

export function TaskPagination({ basePath, page, pageCount, total, pageSize, sp }: {
  basePath: string; page: number; pageCount: number; total: number; pageSize: number; sp: SearchParams;
}) {
  if (total <= pageSize) return <p className="mt-3 text-sm text-slate-500">{total} {total === 1 ? "task" : "tasks"}</p>;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const link = (p: number, label: string, disabled: boolean) =>
    disabled ? (
      <span className={buttonClass("secondary", "sm", "pointer-events-none opacity-50")} aria-disabled="true">{label}</span>
    ) : (
      <Link href={taskListHref(basePath, sp, { page: p > 1 ? String(p) : undefined })} className={buttonClass("secondary", "sm")}>{label}</Link>
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
