import { and, arrayContains, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, sql, type SQL } from "drizzle-orm";
import { campaigns, users } from "@/db/schema";
import type { Ctx } from "@/lib/core/context";
import { parseInput } from "@/lib/core/validation";
import { listCampaignsInput, type ListCampaignsInput, type ListCampaignsQuery } from "./schemas";
import { campaignColumns, toCampaignView, type CampaignView } from "./view";

export type CampaignPage = {
  items: CampaignView[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  sort: NonNullable<ListCampaignsQuery["sort"]>;
  dir: "asc" | "desc";
};

/** Prefix query so that "spri laun" finds "Spring launch" while someone is still typing. */
function prefixQuery(q: string): string | null {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.slice(0, 8).map((w) => `${w}:*`).join(" & ") : null;
}

function searchCondition(q: string): { where: SQL; rank: SQL<number> } | null {
  const prefix = prefixQuery(q);
  if (!prefix) return null;
  const web = sql`websearch_to_tsquery('english', ${q})`;
  const pre = sql`to_tsquery('simple', ${prefix})`;
  return {
    where: sql`(${campaigns.search} @@ ${web} or ${campaigns.search} @@ ${pre})`,
    rank: sql<number>`ts_rank(${campaigns.search}, ${web}) + ts_rank(${campaigns.search}, ${pre})`,
  };
}

export function buildListQuery(query: ListCampaignsQuery) {
  const conditions: SQL[] = [];
  const search = query.q ? searchCondition(query.q) : null;
  if (search) conditions.push(search.where);
  if (query.status?.length) conditions.push(inArray(campaigns.status, query.status));
  if (query.type?.length) conditions.push(inArray(campaigns.type, query.type));
  if (query.priority?.length) conditions.push(inArray(campaigns.priority, query.priority));
  if (query.ownerId) conditions.push(eq(campaigns.ownerId, query.ownerId));
  if (query.tag) conditions.push(arrayContains(campaigns.tags, [query.tag]));
  if (query.launchFrom) conditions.push(gte(campaigns.launchDate, query.launchFrom));
  if (query.launchTo) conditions.push(lte(campaigns.launchDate, query.launchTo));
  if (query.archived === "exclude") conditions.push(isNull(campaigns.archivedAt));
  if (query.archived === "only") conditions.push(isNotNull(campaigns.archivedAt));

  const sort = query.sort ?? (search ? "relevance" : "updated");
  const defaultDir = sort === "name" || sort === "launch_date" ? "asc" : "desc";
  const dir = query.dir ?? defaultDir;
  const by = dir === "asc" ? asc : desc;
  const priorityRank = sql`array_position(array['low','medium','high','critical']::campaign_priority[], ${campaigns.priority})`;
  const order: SQL[] = (() => {
    switch (sort) {
      case "relevance": return search ? [sql`${search.rank} desc`] : [desc(campaigns.updatedAt)];
      case "launch_date": return [sql`${campaigns.launchDate} ${sql.raw(dir)} nulls last`];
      case "name": return [by(campaigns.name)];
      case "priority": return [sql`${priorityRank} ${sql.raw(dir)}`, desc(campaigns.updatedAt)];
      case "created": return [by(campaigns.createdAt)];
      default: return [by(campaigns.updatedAt)];
    }
  })();
  // a unique tie-breaker keeps pages stable when sort keys repeat
  order.push(asc(campaigns.id));
  return { where: conditions.length ? and(...conditions) : undefined, order, sort, dir };
}

export async function listCampaigns(ctx: Ctx, raw: ListCampaignsInput): Promise<CampaignPage> {
  const query = parseInput(listCampaignsInput, raw);
  const { where, order, sort, dir } = buildListQuery(query);
  const offset = (query.page - 1) * query.pageSize;
  const [rows, [{ total } = { total: 0 }]] = await Promise.all([
    ctx.db
      .select({ campaign: campaignColumns, ownerName: users.name })
      .from(campaigns)
      .leftJoin(users, eq(users.id, campaigns.ownerId))
      .where(where)
      .orderBy(...order)
      .limit(query.pageSize)
      .offset(offset),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(campaigns).where(where),
  ]);
  return {
    items: rows.map((r) => toCampaignView(r.campaign, r.ownerName)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
    sort,
    dir,
  };
}
