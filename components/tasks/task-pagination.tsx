import { Pagination } from "@/components/ui/pagination";
import { taskListHref, type SearchParams } from "@/lib/tasks/list-params";

export function TaskPagination({ basePath, page, pageCount, total, pageSize, sp }: {
  basePath: string; page: number; pageCount: number; total: number; pageSize: number; sp: SearchParams;
}) {
  if (total <= pageSize) return <p className="mt-3 text-sm text-slate-500">{total} {total === 1 ? "task" : "tasks"}</p>;
  return <Pagination page={page} pageCount={pageCount} total={total} pageSize={pageSize} hrefFor={(p) => taskListHref(basePath, sp, { page: p > 1 ? String(p) : undefined })} />;
}
