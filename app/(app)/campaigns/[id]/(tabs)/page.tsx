import type { Metadata } from "next";
import { ActivityFeed } from "@/components/campaigns/activity-feed";
import { MilestonesCard } from "@/components/campaigns/milestones-card";
import { ReadinessCard } from "@/components/campaigns/readiness-card";
import { RiskCard } from "@/components/campaigns/risk-card";
import { TransitionControls } from "@/components/campaigns/transition-controls";
import { TasksCard } from "@/components/tasks/tasks-card";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { webContext } from "@/lib/auth/session";
import { channelLabels } from "@/lib/campaigns/labels";
import { getCampaignActivity } from "@/lib/campaigns/service";
import { formatCount, formatDay, formatMoney } from "@/lib/core/format";
import { countCampaignTasks } from "@/lib/tasks/list";
import { campaignActuals } from "@/lib/time/actuals";
import { getCampaignMilestones } from "@/lib/timeline/service";
import { loadCampaign } from "../load";

export const metadata: Metadata = { title: "Campaign" };

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

export default async function CampaignPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; saved?: string }> }) {
  const ctx = await webContext();
  const { id } = await params;
  const flags = await searchParams;
  const detail = await loadCampaign(id);
  const [activity, timeline] = await Promise.all([getCampaignActivity(ctx, { id, limit: 50 }), getCampaignMilestones(ctx, id)]);
  const taskCounts = await countCampaignTasks(ctx, id);
  const time = await campaignActuals(ctx.db, id);
  const c = detail.campaign;
  const goals = [
    ["Impressions", c.goals.impressions], ["Clicks", c.goals.clicks], ["Leads", c.goals.leads], ["Conversions", c.goals.conversions],
  ].filter((g): g is [string, number] => typeof g[1] === "number");

  return (
    <>
      {flags.created ? <Alert tone="success" className="mb-4">Campaign created. Fill in the plan, then submit it for review.</Alert> : null}
      {flags.saved ? <Alert tone="success" className="mb-4">Changes saved.</Alert> : null}
      {c.archived ? <Alert tone="info" className="mb-4">This campaign is archived: it is read-only until a manager unarchives it.</Alert> : null}

      {detail.actions.some((a) => a.allowed) ? (
        <section aria-label="Lifecycle" className="mb-6 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 className="mb-3 text-sm font-semibold text-slate-900">Next steps</h2>
          <TransitionControls campaignId={c.id} actions={detail.actions} readiness={detail.readiness.score} threshold={detail.readinessThreshold} canOverride={detail.can.overrideReadiness} />
        </section>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title="Overview">
            {c.description ? <p className="text-sm whitespace-pre-line text-slate-700">{c.description}</p> : <p className="text-sm text-slate-400">No description yet.</p>}
            <dl className="mt-5 grid grid-cols-2 gap-4 sm:grid-cols-3">
              <Detail label="Owner">{c.owner?.name ?? <span className="text-slate-400">No owner</span>}</Detail>
              <Detail label="Channels">{c.channels.length ? c.channels.map((ch) => channelLabels[ch]).join(", ") : <span className="text-slate-400">None yet</span>}</Detail>
              <Detail label="Tags">{c.tags.length ? c.tags.map((t) => `#${t}`).join(" ") : <span className="text-slate-400">None</span>}</Detail>
              <Detail label="Start">{formatDay(c.startDate)}</Detail>
              <Detail label="Launch">{formatDay(c.launchDate)}</Detail>
              <Detail label="End">{formatDay(c.endDate)}</Detail>
            </dl>
          </Card>
          <Card title="Budget and goals">
            <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3">
              <Detail label="Budget">{c.budget ? formatMoney(c.budget.amountCents, c.budget.currency) : <span className="text-slate-400">Not set</span>}</Detail>
              <Detail label="Revenue goal">{c.goals.revenueCents !== undefined ? formatMoney(c.goals.revenueCents, c.budget?.currency ?? "USD") : <span className="text-slate-400">Not set</span>}</Detail>
              {goals.map(([label, v]) => <Detail key={label} label={`${label} goal`}>{formatCount(v)}</Detail>)}
            </dl>
            {goals.length === 0 && c.goals.revenueCents === undefined ? <p className="mt-4 text-sm text-slate-500">No KPI targets yet: add impressions, clicks, leads, conversions or revenue goals when editing.</p> : null}
          </Card>
          <MilestonesCard milestones={timeline} hasLaunchDate={Boolean(c.launchDate)} />
          <TasksCard campaignId={c.id} counts={taskCounts} time={time} />
          <Card title="Activity">
            <ActivityFeed items={activity} />
          </Card>
        </div>
        <div>
          <ReadinessCard readiness={detail.readiness} threshold={detail.readinessThreshold} />
          <RiskCard risk={detail.risk} className="mt-6" />
        </div>
      </div>
    </>
  );
}
