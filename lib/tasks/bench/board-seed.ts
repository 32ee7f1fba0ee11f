import { sql } from "drizzle-orm";
import { campaigns, taskDependencies, tasks } from "@/db/schema";
import type { TaskStatus } from "@/db/schema/values";
import type { Db } from "@/db/types";
import { createRandom } from "@/lib/campaigns/bench/random";
import { addDaysIso, todayIso } from "../rules";

const BATCH = 500; // ~15 parameters a row: far below PostgreSQL's 65,535 per statement

export type BoardSeed = { campaignId: string; taskIds: string[]; dependencies: number; byStatus: Record<string, number> };

/**
 * One campaign with `count` tasks spread over the columns (most in To do and In progress), due
 * dates around today, assignees from `assigneeIds`, and about one dependency per task, each on
 * one of the 50 tasks created before it (so the graph is a DAG, as the product requires).
 */
export async function seedBoardCampaign(db: Db, opts: { name: string; ownerId: string; assigneeIds: string[]; count?: number; seed?: number }): Promise<BoardSeed> {
  const count = opts.count ?? 1_000;
  const r = createRandom(opts.seed ?? 20_260_101);
  const today = todayIso();
  const [campaign] = await db
    .insert(campaigns)
    .values({ name: opts.name, description: `A campaign with ${count} tasks, for measuring the board.`, type: "product_launch", priority: "high", ownerId: opts.ownerId, createdById: opts.ownerId, channels: ["email"], launchDate: addDaysIso(today, 60), startDate: today })
    .returning({ id: campaigns.id });
  const positions: Partial<Record<TaskStatus, number>> = {};
  const rows = Array.from({ length: count }, (_, i) => {
    const status = r.weighted<TaskStatus>({ todo: 40, in_progress: 20, blocked: 8, in_review: 10, done: 17, cancelled: 5 });
    positions[status] = (positions[status] ?? 0) + 1;
    return {
      id: r.uuid(),
      campaignId: campaign!.id,
      title: `${r.pick(["Draft", "Review", "Design", "Publish", "Test", "Plan", "Write", "Approve"])} ${r.pick(["landing page", "launch email", "press kit", "ad set", "webinar deck", "blog post", "social copy", "pricing page"])} #${i + 1}`,
      status,
      priority: r.weighted({ low: 20, medium: 45, high: 25, critical: 10 }),
      assigneeId: r.chance(0.85) ? r.pick(opts.assigneeIds) : null,
      estimateHours: r.int(1, 24),
      dueDate: r.chance(0.1) ? null : addDaysIso(today, r.int(-30, 60)),
      position: positions[status]!,
      completedAt: status === "done" ? new Date() : null,
      createdById: opts.ownerId,
    };
  });
  for (let i = 0; i < rows.length; i += BATCH) await db.insert(tasks).values(rows.slice(i, i + BATCH));

  const edges = new Map<string, { predecessorId: string; successorId: string }>();
  for (let i = 1; i < rows.length; i++) {
    const n = r.weighted({ 0: 20, 1: 45, 2: 25, 3: 10 });
    for (let k = 0; k < Number(n); k++) {
      const p = rows[Math.max(0, i - r.int(1, 50))]!.id;
      edges.set(`${p}:${rows[i]!.id}`, { predecessorId: p, successorId: rows[i]!.id });
    }
  }
  const deps = [...edges.values()];
  for (let i = 0; i < deps.length; i += BATCH * 4) await db.insert(taskDependencies).values(deps.slice(i, i + BATCH * 4));
  await db.execute(sql`analyze tasks, task_dependencies`);
  return { campaignId: campaign!.id, taskIds: rows.map((t) => t.id), dependencies: deps.length, byStatus: positions as Record<string, number> };
}
