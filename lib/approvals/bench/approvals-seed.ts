/**
 * The approvals bench data, generated set-based (generate_series) in one transaction:
 *
 * - 40 users: 1 admin, 4 managers, 31 members, 4 viewers; a handful per approver stage
 *   (content 7, compliance 5, executive 4, final 4), one member holding two stages;
 * - 2,000 campaigns in review;
 * - 10,000 workflows in review (5 per campaign, 1–4 stages each, in plan order) with exactly one
 *   open request each: 10,000 open requests, deadlines spread from 3 days before the anchor to
 *   5 days after, ~10% needing two approvals (half of those with one vote in); stages before the
 *   open one approved, those after it waiting;
 * - 6,000 closed workflows of earlier rounds (approved, rejected, changes requested, cancelled);
 * - one decision per decided request (~20,000), the content approver `approvals.5` holding about
 *   a fifth of the content decisions (~2,000: the "decided" tab's worst case).
 *
 * Ids are random, every other choice comes from a seeded random(): the same shape every time.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/types";

export const SEED_VERSION = "approvals-v2";
export const OPEN_REQUESTS = 10_000;
export const CAMPAIGNS = 2_000;
const WORKFLOWS_PER_CAMPAIGN = OPEN_REQUESTS / CAMPAIGNS;
const CLOSED_WORKFLOWS = 6_000;

/** Bench actors, by email. */
export const CONTENT_APPROVER_EMAIL = "approvals.5@bench.example";
export const MANAGER_EMAIL = "approvals.1@bench.example";

const stages = `array['content','compliance','executive','final']::approver_stage[]`;
// who decides a stage: approvals.5 takes ~20% of content decisions, the rest spread over the holders
const approverOf = (stage: string, r: string) => `case ${stage}
  when 'content' then case when ${r} < 0.2 then 5 else 6 + floor((${r} - 0.2) / 0.8 * 6)::int end
  when 'compliance' then 11 + floor(${r} * 5)::int
  when 'executive' then (array[1,2,16,17])[1 + floor(${r} * 4)::int]
  else (array[0,3,18,19])[1 + floor(${r} * 4)::int] end`;

const statements = (anchor: string) => [
  `select setseed(0.20261207)`,
  `create table bench_approvals_meta (seed_version text not null, anchor timestamptz not null, open_requests int not null)`,
  `insert into users (email, name, role, approver_stages, title)
   select 'approvals.' || i || '@bench.example',
     case when i = 5 then 'Cleo Content' when i = 1 then 'Max Manager' else 'Reviewer ' || lpad(i::text, 2, '0') end,
     (case when i = 0 then 'admin' when i <= 4 then 'manager' when i >= 36 then 'viewer' else 'member' end)::role,
     (case when i between 5 and 10 then '{content}' when i = 11 then '{content,compliance}' when i between 12 and 15 then '{compliance}'
           when i in (1, 2, 16, 17) then '{executive}' when i in (0, 3, 18, 19) then '{final}' else '{}' end)::approver_stage[],
     (array['Marketing manager','Copywriter','Legal counsel','Brand lead','Analyst'])[1 + i % 5]
   from generate_series(0, 39) i`,
  `create temp table bu on commit drop as
   select split_part(split_part(email, '@', 1), '.', 2)::int as i, id from users where email like 'approvals.%@bench.example'`,
  `insert into campaigns (name, description, type, priority, status, owner_id, channels, budget_cents, start_date, launch_date, created_by_id, created_at, updated_at)
   select 'Review campaign ' || lpad(g::text, 4, '0'), 'A campaign in review, for measuring the approval queue.',
     (array['product_launch','email','social','content','event','webinar','paid_ads','seasonal_promo'])[1 + floor(random() * 8)::int]::campaign_type,
     (array['low','medium','medium','high','high','critical'])[1 + floor(random() * 6)::int]::campaign_priority,
     'in_review', (select id from bu where bu.i = 1 + (g % 30)),
     (array['{email}','{social,paid_social}','{email,content,seo}','{events,pr}'])[1 + floor(random() * 4)::int]::channel[],
     (1000 + floor(random() * 200000))::bigint * 100,
     ('${anchor}'::timestamptz - interval '20 days')::date, ('${anchor}'::timestamptz + (10 + floor(random() * 80)) * interval '1 day')::date,
     (select id from bu where bu.i = 1), '${anchor}'::timestamptz - interval '30 days', '${anchor}'::timestamptz - random() * interval '5 days'
   from generate_series(1, ${CAMPAIGNS}) g`,
  `create temp table bc on commit drop as select row_number() over (order by name)::int as n, id, name, budget_cents, launch_date from campaigns where name like 'Review campaign %'`,

  // open workflows: one open stage each, the stages before it approved, those after it waiting
  `create temp table ow on commit drop as
   select gen_random_uuid() as id, c.id as campaign_id, s.nstages, floor(s.r * s.nstages)::int as open_pos, case when random() < 0.15 then 2 else 1 end as round,
     '${anchor}'::timestamptz - interval '72 hours' + random() * interval '192 hours' as deadline
   from bc c cross join generate_series(1, ${WORKFLOWS_PER_CAMPAIGN}) w
   cross join lateral (select 1 + floor(random() * 4)::int as nstages, random() as r offset 0 * (c.n + w)) s`,
  `insert into approval_workflows (id, campaign_id, status, round, submitted_by_id, submitted_at, created_at)
   select id, campaign_id, 'in_review', round, (select id from bu where bu.i = 20), deadline - interval '4 days', deadline - interval '4 days' from ow`,
  `create temp table rq on commit drop as
   select gen_random_uuid() as id, ow.id as workflow_id, ow.campaign_id, p as position, (${stages})[p + 1] as stage, ow.round,
     case when p < ow.open_pos then 'approved' when p = ow.open_pos then 'open' else 'waiting' end::approval_request_status as status,
     case when p = ow.open_pos and random() < 0.1 then 2 else 1 end as quorum,
     case when p = ow.open_pos then ow.deadline - (4 + random() * 68) * interval '1 hour'
          when p < ow.open_pos then ow.deadline - (80 + (ow.open_pos - p) * 30 + random() * 20) * interval '1 hour' end as opened_at,
     case when p = ow.open_pos then ow.deadline end as deadline,
     random() as r
   from ow cross join lateral generate_series(0, ow.nstages - 1) p`,

  // closed workflows of earlier rounds: every stage decided, or cancelled after the one that stopped it
  `create temp table cw on commit drop as
   select gen_random_uuid() as id, c.id as campaign_id, s.nstages, floor(s.r2 * s.nstages)::int as stop_pos,
     (case when s.r < 0.5 then 'approved' when s.r < 0.65 then 'rejected' when s.r < 0.9 then 'changes_requested' else 'cancelled' end)::workflow_status as status,
     '${anchor}'::timestamptz - (10 + random() * 190) * interval '1 day' as closed_at
   from generate_series(1, ${CLOSED_WORKFLOWS}) k join bc c on c.n = 1 + (k - 1) % ${CAMPAIGNS}
   cross join lateral (select 1 + floor(random() * 4)::int as nstages, random() as r, random() as r2 offset 0 * k) s`,
  `insert into approval_workflows (id, campaign_id, status, round, submitted_by_id, submitted_at, closed_at, created_at)
   select id, campaign_id, status, 1, (select id from bu where bu.i = 20), closed_at - interval '6 days', closed_at, closed_at - interval '6 days' from cw`,
  `insert into rq (id, workflow_id, campaign_id, position, stage, round, status, quorum, opened_at, deadline, r)
   select gen_random_uuid(), cw.id, cw.campaign_id, p, (${stages})[p + 1], 1,
     case when cw.status = 'approved' or p < cw.stop_pos then 'approved'
          when p = cw.stop_pos and cw.status in ('rejected', 'changes_requested') then cw.status::text
          else 'cancelled' end::approval_request_status,
     1, cw.closed_at - (cw.nstages - p) * interval '30 hours', null, random()
   from cw cross join lateral generate_series(0, cw.nstages - 1) p`,

  `create temp table dq on commit drop as
   select rq.*, rq.opened_at + (1 + rq.r * 20) * interval '1 hour' as decided_at, (select id from bu where bu.i = ${approverOf("rq.stage", "rq.r")}) as approver_id
   from rq where rq.status in ('approved', 'rejected', 'changes_requested')`,
  `insert into approval_requests (id, workflow_id, campaign_id, stage, position, quorum, reason, status, round, opened_at, deadline, decided_at, decided_by_id)
   select rq.id, rq.workflow_id, rq.campaign_id, rq.stage, rq.position, rq.quorum, 'Required by the stage plan', rq.status, rq.round, rq.opened_at, rq.deadline, dq.decided_at, dq.approver_id
   from rq left join dq on dq.id = rq.id`,
  `insert into approval_decisions (request_id, workflow_id, campaign_id, stage, round, approver_id, decision, comment, content, at)
   select dq.id, dq.workflow_id, dq.campaign_id, dq.stage, dq.round, dq.approver_id,
     (case dq.status when 'approved' then 'approve' when 'rejected' then 'reject' else 'request_changes' end)::approval_decision,
     case dq.status when 'approved' then '' else 'Please rework the claims in the hero copy.' end,
     jsonb_build_object('name', c.name, 'budgetCents', c.budget_cents, 'launchDate', c.launch_date), dq.decided_at
   from dq join bc c on c.id = dq.campaign_id`,
  // half the open requests that need two approvals already have one
  `insert into approval_decisions (request_id, workflow_id, campaign_id, stage, round, approver_id, decision, content, at)
   select rq.id, rq.workflow_id, rq.campaign_id, rq.stage, rq.round, (select id from bu where bu.i = ${approverOf("rq.stage", "rq.r")}), 'approve',
     jsonb_build_object('name', c.name), rq.opened_at + interval '1 hour'
   from rq join bc c on c.id = rq.campaign_id where rq.status = 'open' and rq.quorum = 2 and rq.r < 0.5`,
  `insert into bench_approvals_meta values ('${SEED_VERSION}', '${anchor}', (select count(*) from approval_requests where status = 'open'))`,
];

export type SeedMeta = { anchor: Date; openRequests: number };

/** Rows of a raw query on either engine (postgres.js returns an array, PGlite an object with rows). */
export async function rowsOf<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const result = await db.execute<T>(query);
  return Array.isArray(result) ? result : (result as unknown as { rows: T[] }).rows;
}

/** The data set's anchor ("now" when it was generated), or null when there is none of this version. */
export async function readSeedMeta(db: Db): Promise<SeedMeta | null> {
  const [table] = await rowsOf<{ t: string | null }>(db, sql`select to_regclass('bench_approvals_meta')::text as t`);
  if (!table?.t) return null;
  const [row] = await rowsOf<{ seed_version: string; anchor: string | Date; open_requests: number }>(db, sql`select * from bench_approvals_meta`);
  if (!row || row.seed_version !== SEED_VERSION) return null;
  const [open] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from approval_requests where status = 'open'`);
  if (open?.n !== OPEN_REQUESTS) return null;
  return { anchor: new Date(row.anchor), openRequests: open.n };
}

export async function seedApprovals(db: Db, anchor: Date): Promise<void> {
  await db.transaction(async (tx) => {
    for (const statement of statements(anchor.toISOString())) await tx.execute(sql.raw(statement));
  });
  await db.execute(sql`vacuum analyze`);
}

/**
 * Moves the open requests' dates by the time since the data was generated, so a reused data set
 * has the same share of overdue requests as a fresh one whatever the clock says.
 */
export async function reanchor(db: Db, meta: SeedMeta, now: Date): Promise<void> {
  const shiftMs = now.getTime() - meta.anchor.getTime();
  if (Math.abs(shiftMs) < 60_000) return;
  const shift = sql.raw(`interval '${Math.round(shiftMs / 1000)} seconds'`);
  await db.transaction(async (tx) => {
    await tx.execute(sql`update approval_requests set opened_at = opened_at + ${shift}, deadline = deadline + ${shift} where status = 'open'`);
    await tx.execute(sql`update bench_approvals_meta set anchor = ${now.toISOString()}::timestamptz`);
  });
  await db.execute(sql`vacuum analyze approval_requests`);
}

/** Clears what a sweep recorded: its steps, the requests' reminded/escalated marks and its audit rows. */
export async function resetEscalations(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from approval_escalations`);
    await tx.execute(sql`update approval_requests set reminded_at = null, escalated_at = null where status = 'open' and (reminded_at is not null or escalated_at is not null)`);
    await tx.execute(sql`delete from audit_events where action in ('approval.reminded', 'approval.escalated')`);
  });
  // autovacuum would get there; the bench does not wait for it, so every timed sweep starts alike
  await db.execute(sql`vacuum analyze approval_requests, approval_escalations, audit_events`);
}
