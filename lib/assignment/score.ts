/**
 * Scoring one candidate for one task, and choosing among candidates (DESIGN §3 "Team",
 * auto-assignment). Pure: plain data in, plain data out.
 *
 * The choice is made in tiers before any score counts, so the hard rules hold whatever the
 * weights are:
 *   1. out: time off covers the task's whole window, or no working hours in it;
 *   2. skills: only those covering the most required skills stay (anyone qualified beats anyone not);
 *   3. capacity: if anyone left stays at or under 100 % utilisation after taking the task, only
 *      they stay; otherwise only the least overloaded stay (nobody is pushed further than needed);
 *   4. the weighted score below decides; ties go to the lower utilisation after, then the lower id.
 */
import type { AssignTask } from "./model";
import {
  awayWholeWindow, capacityIn, dayOf, hoursNeeded, windowFor, workloadIn, type EngineState, type PreparedMember, type Window,
} from "./state";

/** The weights of the score, in one place (they add up to 100). */
export const SCORE_WEIGHTS = {
  /** levels of the required skills (5/5 on all of them is full marks) */
  skills: 35,
  /** free hours in the window against what the task needs (twice the need is full marks) */
  freeHours: 25,
  /** utilisation after assigning (0 % full marks, 150 % or more none) */
  utilisation: 15,
  /** on-time rate over 90 days, smoothed so one task is not 100 % (no history: half marks) */
  onTime: 15,
  /** already has tasks in the campaign */
  continuity: 10,
} as const;

/** Estimate accuracy only scales the hours a task is expected to take within these bounds. */
const ACCURACY_BOUNDS = [0.5, 2] as const;
/** A task without an estimate still wants someone with a day free for it. */
const UNESTIMATED_FREE_HOURS = 8;
/** Scores closer than this are a tie (floating-point noise must not decide). */
const EPSILON = 1e-9;

export type Scored = {
  memberId: string;
  name: string;
  score: number;
  /** required skills the member has */
  covered: number;
  freeHours: number;
  /** the hours the task is expected to take this member (estimate scaled by their accuracy) */
  needHours: number;
  utilisationAfter: number;
  reasons: string[];
};

export type Excluded = { memberId: string; name: string; why: string };

const pct = (r: number) => (Number.isFinite(r) ? `${Math.round(r * 100)} %` : "over capacity (no hours free)");
const hours = (h: number) => `${Math.round(h * 10) / 10} h`;
const dayFmt = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
const formatted = new Map<string, string>();
/** "2020-12-11" → "Fri 11 Dec" */
export function formatEngineDay(date: string) {
  let s = formatted.get(date);
  if (s === undefined) formatted.set(date, (s = dayFmt.format(new Date(`${date}T00:00:00Z`)).replace(",", "")));
  return s;
}

/** "paid_media" reads as "paid media" */
const words = (skill: string) => skill.replaceAll("_", " ");

function listAnd(items: string[]) {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function clamp01(x: number) {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** Why a member cannot take the task at all, or null. */
export function exclusionOf(state: EngineState, task: AssignTask, m: PreparedMember, w: Window = windowFor(state, m.today, task)): string | null {
  const away = awayWholeWindow(m, w);
  if (!away && capacityIn(m, w) > 0) return null;
  const span = `${formatEngineDay(dayOf(state, w.from))} – ${formatEngineDay(dayOf(state, w.to))}`;
  return away ? `On time off for the whole window (${span})` : `No working hours in the window (${span})`;
}

type Measured = Omit<Scored, "reasons"> & {
  reasons: string[] | null; free: number; accuracy: number; continuity: boolean; to: number; m: PreparedMember; inTier: boolean;
};

/** The numbers behind a score; the reasons are written only for those shown (explain). */
function measure(task: AssignTask, m: PreparedMember, w: Window, baseNeed: number): Measured {
  const req = task.requiredSkills;
  let covered = 0;
  let levels = 0;
  for (const s of req) {
    const level = m.skillLevels.get(s) ?? 0;
    if (level > 0) covered++;
    levels += level / 5;
  }
  const skillScore = req.length ? levels / req.length : 0.5;

  const capacity = capacityIn(m, w);
  const free = capacity - workloadIn(m, w);
  const accuracy = m.estimateAccuracy === null ? 1 : Math.min(Math.max(m.estimateAccuracy, ACCURACY_BOUNDS[0]), ACCURACY_BOUNDS[1]);
  const need = baseNeed * accuracy;
  const freeScore = free <= 0 ? 0 : clamp01(free / (2 * (need || UNESTIMATED_FREE_HOURS / 2)));
  const after = capacity > 0 ? (capacity - free + need) / capacity : Number.POSITIVE_INFINITY;
  const utilScore = Number.isFinite(after) ? 1 - clamp01(after / 1.5) : 0;
  const onTimeScore = (m.onTime.onTime + 1) / (m.onTime.done + 2);
  const continuity = m.campaigns.has(task.campaignId);

  const score =
    SCORE_WEIGHTS.skills * skillScore +
    SCORE_WEIGHTS.freeHours * freeScore +
    SCORE_WEIGHTS.utilisation * utilScore +
    SCORE_WEIGHTS.onTime * onTimeScore +
    SCORE_WEIGHTS.continuity * (continuity ? 1 : 0);
  return {
    memberId: m.id, name: m.name, score, covered, freeHours: free, needHours: need, utilisationAfter: after,
    reasons: null, free, accuracy, continuity, to: w.to, m, inTier: false,
  };
}

function explain(task: AssignTask, m: PreparedMember, x: Measured, state: EngineState): string[] {
  const reasons: string[] = [];
  const have = task.requiredSkills.filter((s) => (m.skills[s] ?? 0) > 0);
  const missing = task.requiredSkills.filter((s) => !((m.skills[s] ?? 0) > 0));
  if (have.length) reasons.push(`Has ${listAnd(have.map((s) => `${words(s)} ${m.skills[s]}/5`))}`);
  if (missing.length) reasons.push(`Lacks ${listAnd(missing.map(words))}`);
  if (!task.requiredSkills.length) reasons.push("No skills required");
  const day = formatEngineDay(dayOf(state, x.to));
  const until = task.dueDate ? `before ${day}` : `by ${day} (no due date)`;
  reasons.push(`${hours(Math.max(x.free, 0))} free ${until}${x.free < 0 ? `, already ${hours(-x.free)} over` : ""}`);
  const base = hoursNeeded(task);
  if (m.estimateAccuracy !== null && base > 0 && Math.abs(x.accuracy - 1) >= 0.1) {
    reasons.push(`Usually takes ${x.accuracy.toFixed(1)}× the estimate: counted as ${hours(x.needHours)}`);
  }
  if (base === 0) reasons.push("Not estimated: counted as 0 h");
  reasons.push(`Utilisation after: ${pct(x.utilisationAfter)}`);
  const { onTime, done } = m.onTime;
  reasons.push(done ? `On time ${onTime} of ${done} in 90 days` : "No finished tasks with a due date in 90 days");
  if (x.continuity) reasons.push("Already on this campaign");
  return reasons;
}

const toScored = (x: Measured): Scored => ({
  memberId: x.memberId, name: x.name, score: x.score, covered: x.covered, freeHours: x.freeHours, needHours: x.needHours,
  utilisationAfter: x.utilisationAfter, reasons: x.reasons ?? [],
});

/** Scores a member for a task, with the reasons (assumes exclusionOf said null). */
export function scoreCandidate(task: AssignTask, m: PreparedMember, state: EngineState): Scored {
  const x = measure(task, m, windowFor(state, m.today, task), hoursNeeded(task));
  return toScored({ ...x, reasons: explain(task, m, x, state) });
}

/** Best first: the final tier, then more required skills, then score, then lower utilisation after, then id. */
function compare(a: Measured, b: Measured) {
  if (a.inTier !== b.inTier) return a.inTier ? -1 : 1;
  if (a.covered !== b.covered) return b.covered - a.covered;
  if (Math.abs(a.score - b.score) > EPSILON) return b.score - a.score;
  if (a.utilisationAfter !== b.utilisationAfter) return a.utilisationAfter < b.utilisationAfter ? -1 : 1;
  return a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0;
}

export type Suggestion = {
  best: Scored | null;
  runnerUp: Scored | null;
  /** everyone who could take it, best first (those outside the final tier say why they were not chosen) */
  considered: Scored[];
  excluded: Excluded[];
  /** when there is no best: why nobody */
  why: string | null;
};

/** The first two in `compare` order, in one pass (bulk runs need no full sort). */
function topTwo(xs: Measured[]): Measured[] {
  let a: Measured | undefined;
  let b: Measured | undefined;
  for (const x of xs) {
    if (!a || compare(x, a) < 0) [a, b] = [x, a];
    else if (!b || compare(x, b) < 0) b = x;
  }
  return [a, b].filter((x): x is Measured => x !== undefined);
}

/**
 * Applies the tiers and the score to the prepared members. `explainWho` "all" writes reasons for
 * everyone considered (one task's suggestion); "top" only for the best and the runner-up (bulk).
 */
export function choose(task: AssignTask, state: EngineState, explainWho: "all" | "top" = "all", members: readonly PreparedMember[] = state.members): Suggestion {
  const baseNeed = hoursNeeded(task);
  // members share a handful of "today"s (timezones): one window each
  const windows: Window[] = [];
  const out: PreparedMember[] = [];
  const eligible: { m: PreparedMember; w: Window; covered: number }[] = [];
  let most = 0;
  const look = (list: readonly PreparedMember[], skip?: ReadonlySet<PreparedMember>) => {
    for (const m of list) {
      if (skip?.has(m)) continue;
      const w = (windows[m.today] ??= windowFor(state, m.today, task));
      if (awayWholeWindow(m, w) || capacityIn(m, w) <= 0) {
        out.push(m);
        continue;
      }
      let covered = 0;
      for (const s of task.requiredSkills) if ((m.skillLevels.get(s) ?? 0) > 0) covered++;
      if (covered > most) most = covered;
      eligible.push({ m, w, covered });
    }
  };
  // in bulk, look first at those with a required skill (the skill index): unless none of them is
  // available, nobody else can be chosen, and the rest are looked at only to find a runner-up
  let looked: readonly PreparedMember[] | null = null;
  if (explainWho === "top" && task.requiredSkills.length && members === state.members) {
    const lists = task.requiredSkills.map((s) => state.bySkill.get(s) ?? []);
    looked = lists.length === 1 ? lists[0]! : [...new Set(lists.flat())];
    look(looked);
    if (most === 0) {
      look(members, new Set(looked));
      looked = null;
    }
  } else look(members);
  const lookAtRest = () => {
    if (!looked) return;
    const from = eligible.length;
    look(members, new Set(looked));
    looked = null;
    for (const e of eligible.slice(from)) scored.push(measure(task, e.m, e.w, baseNeed));
  };

  // only those with the most skills can be chosen; the others are scored only when shown
  const scored: Measured[] = [];
  for (const e of eligible) if (e.covered === most) scored.push(measure(task, e.m, e.w, baseNeed));
  const excludedList = () => out.map((m) => ({ memberId: m.id, name: m.name, why: exclusionOf(state, task, m)! }));
  if (!scored.length) {
    const why = members.length ? "Nobody is available in the task's window: everyone is on time off or has no working hours then" : "There are no active members to assign";
    return { best: null, runnerUp: null, considered: [], excluded: excludedList(), why };
  }
  // tier 2 (skills), then tier 3 (capacity): who stays in the running
  let fits = false;
  let least = Number.POSITIVE_INFINITY;
  for (const x of scored) {
    if (x.covered !== most) continue;
    if (x.utilisationAfter <= 1 + EPSILON) fits = true;
    if (x.utilisationAfter < least) least = x.utilisationAfter;
  }
  for (const x of scored) {
    x.inTier = x.covered === most && (fits ? x.utilisationAfter <= 1 + EPSILON : x.utilisationAfter <= least + EPSILON || x.utilisationAfter === least);
  }
  if (explainWho === "all" || scored.filter((x) => x.inTier).length < 2) {
    for (const e of eligible) if (e.covered !== most) scored.push(measure(task, e.m, e.w, baseNeed));
    // the runner-up is the next most qualified: members without any required skill only if nobody else
    if (scored.length < 2) lookAtRest();
  }
  const considered = explainWho === "all" ? scored.sort(compare) : topTwo(scored);
  for (const x of considered) {
    x.reasons = explain(task, x.m, x, state);
    if (x.inTier) continue;
    x.reasons.unshift(
      x.covered < most
        ? `Not chosen: covers ${x.covered} of ${task.requiredSkills.length} required skills; others cover ${most}`
        : fits ? "Not chosen: would go over capacity while someone else has room" : "Not chosen: more overloaded than the chosen member",
    );
  }
  const best = considered[0]!;
  if (best.utilisationAfter > 1 + EPSILON) best.reasons!.unshift("Everyone qualified is at capacity: the least loaded was chosen");
  if (most < task.requiredSkills.length) {
    best.reasons!.unshift(most === 0 ? "Nobody available has the required skills: chosen on capacity" : `Nobody available has all required skills; covers ${most} of ${task.requiredSkills.length}`);
  }
  return {
    best: toScored(best), runnerUp: considered[1] ? toScored(considered[1]) : null,
    considered: explainWho === "all" ? considered.map(toScored) : [], excluded: explainWho === "all" ? excludedList() : [], why: null,
  };
}
