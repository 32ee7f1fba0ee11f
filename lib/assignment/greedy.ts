/**
 * Suggest one assignee, or auto-assign many tasks greedily (DESIGN §3 "Team"). Pure.
 *
 * autoAssign takes tasks by due date (undated last), then priority (critical first), then id,
 * places each with the same tiers and score as suggest, and adds its hours to the chosen
 * member's days before the next task, so nobody is loaded up while others are free. Input
 * order never matters: tasks and members are sorted first.
 */
import type { CampaignPriority } from "@/db/schema/values";
import type { AssignTask, CandidateMember, EngineClock } from "./model";
import { choose, type Excluded, type Scored, type Suggestion } from "./score";
import { addWork, prepareState, windowFor } from "./state";

export type MemberRef = { id: string; name: string };

export type SuggestResult = Suggestion & { task: Pick<AssignTask, "id" | "title"> };

export function suggest(task: AssignTask, members: readonly CandidateMember[], clock: EngineClock): SuggestResult {
  const state = prepareState([task], members, clock);
  return { task: { id: task.id, title: task.title }, ...choose(task, state) };
}

export type Proposal = {
  taskId: string;
  title: string;
  version: number;
  dueDate: string | null;
  member: MemberRef;
  reasons: string[];
  runnerUp: (MemberRef & { reasons: string[] }) | null;
};

export type Unassignable = { taskId: string; title: string; version: number; why: string; excluded: Excluded[] };

export type AutoAssignPlan = { proposals: Proposal[]; unassignable: Unassignable[] };

const priorityRank: Record<CampaignPriority, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/** Greedy order: due date (undated last), priority (critical first), id. */
export function greedyOrder(a: AssignTask, b: AssignTask) {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  const p = priorityRank[a.priority] - priorityRank[b.priority];
  if (p) return p;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const ref = (s: Scored): MemberRef => ({ id: s.memberId, name: s.name });

export function autoAssign(tasks: readonly AssignTask[], members: readonly CandidateMember[], clock: EngineClock): AutoAssignPlan {
  const state = prepareState(tasks, members, clock);
  const byId = new Map(state.members.map((m) => [m.id, m]));
  const proposals: Proposal[] = [];
  const unassignable: Unassignable[] = [];
  for (const task of [...tasks].sort(greedyOrder)) {
    const { best, runnerUp, excluded, why } = choose(task, state, "top");
    if (!best) {
      unassignable.push({ taskId: task.id, title: task.title, version: task.version, why: why!, excluded });
      continue;
    }
    const m = byId.get(best.memberId)!;
    // the member's days now carry this task too (scaled by their estimate accuracy, as scored)
    addWork(state, m, best.needHours, windowFor(state, m.today, task));
    m.campaigns.add(task.campaignId);
    proposals.push({
      taskId: task.id, title: task.title, version: task.version, dueDate: task.dueDate, member: ref(best), reasons: best.reasons,
      runnerUp: runnerUp ? { ...ref(runnerUp), reasons: runnerUp.reasons } : null,
    });
  }
  return { proposals, unassignable };
}
