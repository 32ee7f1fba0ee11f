import { Pagination as PageLinks } from "@/components/ui/pagination";
import { hrefWith, type SearchParams } from "@/lib/campaigns/list-params";

export function Pagination({ page, pageCount, total, pageSize, sp }: { page: number; pageCount: number; total: number; pageSize: number; sp: SearchParams }) {
  return <PageLinks page={page} pageCount={pageCount} total={total} pageSize={pageSize} hrefFor={(p) => hrefWith(sp, { page: p > 1 ? String(p) : undefined })} />;
}
