import { getMemberWorkload, getTeamUtilization } from "@/lib/team/workload";
import { memberWorkloadInput, teamUtilizationInput } from "@/lib/team/workload-schemas";
import { tool } from "../tool";

const model =
  "Workload on a day: up to and including the member's today (in their timezone), the hours they logged; from today on, the " +
  "remaining work of their open tasks (their own remaining estimate, else estimate minus logged), spread over each task's " +
  "window from max(start, today) to the due date in proportion to their available hours; undated and overdue tasks count in " +
  "the current week. Capacity: their weekly hours (default 8 h Monday to Friday) minus time off and organisation holidays. " +
  "utilisation = workload / capacity (1 = 100 %), null when there is no capacity; band is none (no capacity, no work), low " +
  "(< 50 %), healthy (50-85 %), busy (85-100 %) or over (> 100 %, or work with no capacity).";

export const workloadTools = [
  tool("get_member_workload", {
    title: "Get a member's workload",
    description:
      "One member's workload in a window of days (from, to: YYYY-MM-DD, both included, at most 366 days): capacityHours, " +
      "workloadHours, utilisation and band for the window, and the tasks behind it (id, title, status, dueDate, campaignId, " +
      "campaignName, hoursInWindow, remainingHours), most hours first. " + model,
    input: memberWorkloadInput,
    annotations: { readOnlyHint: true },
    run: (ctx, input) => getMemberWorkload(ctx, input),
  }),

  tool("get_team_utilization", {
    title: "Get team utilisation by week",
    description:
      "The team's utilisation heatmap: every active member (or those with a skill) × weeks starting on Monday (default the last " +
      "4 and the next 12; from and weeks to choose). Per member: id, name, title, timezone, today, weeklyHours, and per week " +
      "weekStart, when (past, current or future for that member), capacityHours, workloadHours, utilisation, band and the " +
      "tasks behind it (taskId, hours). Past weeks show the hours actually logged; future weeks the planned remaining work. " +
      "Use get_member_workload for task titles. " + model,
    input: teamUtilizationInput.omit({ userIds: true }),
    annotations: { readOnlyHint: true },
    run: (ctx, input) => getTeamUtilization(ctx, input),
  }),
];
