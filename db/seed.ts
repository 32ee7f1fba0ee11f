import { addDays, format } from "date-fns";
import { and, eq, gte, inArray, lt, lte, sql } from "drizzle-orm";
import { campaigns, tasks, users, type ApproverStage, type CampaignStatus, type Role } from "./schema";
import type { Db } from "./types";
import { hashPassword } from "@/lib/auth/passwords";
import { createCampaign, transitionCampaign } from "@/lib/campaigns/service";
import type { CreateCampaignInput } from "@/lib/campaigns/schemas";
import { systemActor, type Ctx } from "@/lib/core/context";
import { seedTimelineTemplates } from "@/lib/timeline/templates/seed";
import { approveStages, makeOpenApprovalOverdue } from "./seed-approvals";
import { backdateCompletions, seedTeam } from "./seed-team";

/** The demo accounts, the same everywhere so that docs and tests can rely on them. */
export const demoAccounts = [
  { email: "admin@example.com", password: "demo-admin", name: "Ada Admin", role: "admin", title: "Marketing operations lead", approverStages: ["final"] },
  { email: "manager@example.com", password: "demo-manager", name: "Maya Manager", role: "manager", title: "Campaign manager", approverStages: ["content", "final"] },
  { email: "member@example.com", password: "demo-member", name: "Sam Member", role: "member", title: "Content marketer", approverStages: [] },
  { email: "viewer@example.com", password: "demo-viewer", name: "Vic Viewer", role: "viewer", title: "Sales director", approverStages: [] },
] as const satisfies readonly { email: string; password: string; name: string; role: Role; title: string; approverStages: readonly ApproverStage[] }[];

// Colleagues without a published password: they make the organisation realistic.
const colleagues: { email: string; name: string; role: Role; title: string; approverStages: ApproverStage[] }[] = [
  { email: "priya.patel@example.com", name: "Priya Patel", role: "manager", title: "Compliance manager", approverStages: ["compliance"] },
  { email: "omar.haddad@example.com", name: "Omar Haddad", role: "manager", title: "VP Marketing", approverStages: ["executive", "final"] },
  { email: "leo.chen@example.com", name: "Leo Chen", role: "member", title: "Designer", approverStages: [] },
  { email: "nora.quinn@example.com", name: "Nora Quinn", role: "member", title: "Copywriter", approverStages: [] },
];

type SeedCampaign = Omit<CreateCampaignInput, "ownerId" | "startDate" | "launchDate" | "endDate"> & {
  owner: string; // email
  start: number; launch: number; end: number; // days from today
  path: CampaignStatus[]; // transitions to replay
};

const toLive: CampaignStatus[] = ["in_review", "approved", "scheduled", "live"];

const demoCampaigns: SeedCampaign[] = [
  { name: "Aurora 2.0 product launch", type: "product_launch", priority: "critical", owner: "manager@example.com", channels: ["email", "paid_social", "pr", "content"], budget: { amountCents: 12_000_000, currency: "USD" }, goals: { impressions: 2_000_000, leads: 4_000, conversions: 600, revenueCents: 90_000_000 }, tags: ["aurora", "q1", "flagship"], start: -20, launch: 24, end: 70, path: ["in_review"], description: "Launch of Aurora 2.0 to existing customers and the mid-market: new analytics module, pricing tiers and a partner bundle." },
  { name: "Spring newsletter series", type: "email", priority: "medium", owner: "member@example.com", channels: ["email"], budget: { amountCents: 450_000, currency: "USD" }, goals: { clicks: 12_000, leads: 900 }, tags: ["newsletter", "spring"], start: -5, launch: 12, end: 60, path: [], description: "Four fortnightly newsletters featuring customer stories and product tips." },
  { name: "Black Friday mega sale", type: "seasonal_promo", priority: "high", owner: "manager@example.com", channels: ["email", "paid_search", "paid_social", "display"], budget: { amountCents: 8_500_000, currency: "USD" }, goals: { impressions: 5_000_000, conversions: 3_500, revenueCents: 250_000_000 }, tags: ["black-friday", "q4", "sale"], start: -40, launch: -3, end: 4, path: toLive, description: "Site-wide discount with early access for subscribers." },
  { name: "Customer summit 2027", type: "event", priority: "high", owner: "nora.quinn@example.com", channels: ["events", "email", "social", "pr"], budget: { amountCents: 25_000_000, currency: "EUR" }, goals: { leads: 1_500, conversions: 250 }, tags: ["summit", "events", "flagship"], start: 10, launch: 120, end: 122, path: [], description: "Two-day customer conference in Lisbon with product keynotes and partner workshops." },
  { name: "Data privacy webinar", type: "webinar", priority: "medium", owner: "member@example.com", channels: ["webinar", "email", "social"], budget: { amountCents: 300_000, currency: "USD" }, goals: { leads: 400 }, tags: ["webinar", "privacy"], start: -14, launch: 9, end: 9, path: ["in_review", "approved"], description: "Panel with our DPO and two customers on privacy-first analytics." },
  { name: "Retargeting — Q4 pipeline", type: "paid_ads", priority: "high", owner: "priya.patel@example.com", channels: ["paid_search", "paid_social", "display"], budget: { amountCents: 6_000_000, currency: "USD" }, goals: { impressions: 3_000_000, clicks: 60_000, conversions: 900 }, tags: ["retargeting", "q4", "pipeline"], start: -30, launch: -10, end: 30, path: [...toLive, "paused"], description: "Retargeting site visitors who viewed pricing but did not start a trial." },
  { name: "Instagram creator collab", type: "social", priority: "low", owner: "leo.chen@example.com", channels: ["social", "partners"], budget: { amountCents: 1_200_000, currency: "USD" }, goals: { impressions: 800_000, clicks: 15_000 }, tags: ["creators", "instagram"], start: 3, launch: 35, end: 65, path: [], description: "Six creators produce short-form videos showing real workflows." },
  { name: "State of Marketing report", type: "content", priority: "medium", owner: "nora.quinn@example.com", channels: ["content", "seo", "pr", "email"], budget: { amountCents: 2_000_000, currency: "USD" }, goals: { leads: 2_500 }, tags: ["report", "thought-leadership"], start: -60, launch: -30, end: -1, path: [...toLive, "completed"], description: "Annual benchmark report based on a survey of 1,200 marketers." },
  { name: "Holiday gift guide", type: "seasonal_promo", priority: "medium", owner: "member@example.com", channels: ["email", "social", "content"], budget: { amountCents: 900_000, currency: "USD" }, goals: { clicks: 30_000, conversions: 1_200 }, tags: ["holiday", "q4"], start: -21, launch: 6, end: 31, path: ["in_review", "approved", "scheduled"], description: "Curated bundles for holiday gifting with a landing page and three emails." },
  { name: "Partner co-marketing kit", type: "content", priority: "low", owner: "leo.chen@example.com", channels: ["partners", "content"], budget: null, goals: {}, tags: ["partners"], start: 20, launch: 75, end: 120, path: [], description: "Templates and assets partners can use to promote the integration." },
  { name: "Trade show booth — MarTech Expo", type: "event", priority: "medium", owner: "manager@example.com", channels: ["events", "social"], budget: { amountCents: 4_000_000, currency: "USD" }, goals: { leads: 600 }, tags: ["events", "expo"], start: -10, launch: 45, end: 47, path: ["cancelled"], description: "Booth and speaking slot; cancelled after the expo moved online." },
  { name: "Onboarding email revamp", type: "email", priority: "high", owner: "nora.quinn@example.com", channels: ["email"], budget: { amountCents: 150_000, currency: "USD" }, goals: { conversions: 500 }, tags: ["lifecycle", "onboarding"], start: -2, launch: 28, end: 90, path: ["in_review"], description: "Rewrite the seven-email onboarding sequence around the first-value milestone." },
];

const iso = (days: number) => format(addDays(new Date(), days), "yyyy-MM-dd");

/** Creates the demo organisation; safe to run again (existing people and campaigns are kept). */
export async function seedDemo(db: Db, log: (line: string) => void = () => {}) {
  const people = [...demoAccounts.map((a) => ({ ...a, approverStages: [...a.approverStages] })), ...colleagues.map((c) => ({ ...c, password: null as string | null }))];
  for (const p of people) {
    const passwordHash = p.password ? await hashPassword(p.password) : null;
    await db.insert(users).values({ email: p.email, name: p.name, role: p.role, title: p.title, approverStages: p.approverStages, passwordHash }).onConflictDoNothing();
  }
  await seedTeam(db);
  const idByEmail = new Map((await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, people.map((p) => p.email)))).map((u) => [u.email, u.id]));
  const existing = new Set((await db.select({ name: campaigns.name }).from(campaigns).where(inArray(campaigns.name, demoCampaigns.map((c) => c.name)))).map((c) => c.name));
  // campaigns are planned from their type's timeline template, so the templates come first
  const templates = await seedTimelineTemplates(db);
  const ctx: Ctx = { db, actor: systemActor };
  let created = 0;
  for (const c of demoCampaigns) {
    if (existing.has(c.name)) continue;
    const { owner, start, launch, end, path, ...fields } = c;
    const campaign = await createCampaign(ctx, { ...fields, ownerId: idByEmail.get(owner)!, startDate: iso(start), launchDate: iso(launch), endDate: iso(end) });
    const team = [owner, ...doers.filter((d) => d !== owner)].map((e) => idByEmail.get(e)!).slice(0, 3);
    await simulateProgress(db, campaign.id, team, path.length > 0 && path[0] !== "cancelled");
    await backdateCompletions(db, campaign.id);
    for (const to of path) {
      // approval comes from the approvers deciding each stage, as in the app
      if (to === "approved") await approveStages(db, campaign.id, campaign.owner?.id ?? null);
      else await transitionCampaign(ctx, { id: campaign.id, to, reason: to === "cancelled" ? "The expo moved online; budget reallocated to paid social." : undefined });
    }
    if (c.name === "Aurora 2.0 product launch") {
      // content approved; compliance let its deadline slip: the queue and risk show it overdue
      await approveStages(db, campaign.id, campaign.owner?.id ?? null, 1);
      await makeOpenApprovalOverdue(db, campaign.id, 5);
    }
    created++;
  }
  log(`Seeded ${people.length} people, ${templates.created.length} new timeline templates and ${created} new campaigns (${existing.size} already present).`);
  return { created };
}

// people who pick up demo tasks, besides each campaign's owner
const doers = ["member@example.com", "leo.chen@example.com", "nora.quinn@example.com", "manager@example.com"];

/**
 * Makes a demo campaign's tasks look worked on: spread over its team, and — for campaigns that
 * got past planning — done where their milestone has ended and started where it is under way.
 */
async function simulateProgress(db: Db, campaignId: string, team: string[], underWay: boolean) {
  const today = iso(0);
  const ids = sql.join(team.map((id) => sql`${id}::uuid`), sql`, `);
  await db.update(tasks)
    .set({ assigneeId: sql`(array[${ids}])[1 + (${tasks.position}::int % ${team.length})]` })
    .where(and(eq(tasks.campaignId, campaignId), underWay ? undefined : sql`${tasks.position}::int % 3 <> 2`));
  if (!underWay) return;
  await db.update(tasks).set({ status: "done", completedAt: new Date() })
    .where(and(eq(tasks.campaignId, campaignId), lt(tasks.dueDate, today)));
  await db.update(tasks).set({ status: "in_progress" })
    .where(and(eq(tasks.campaignId, campaignId), lte(tasks.startDate, today), gte(tasks.dueDate, today)));
}

export async function isSeeded(db: Db) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, demoAccounts[0].email));
  return Boolean(row);
}
