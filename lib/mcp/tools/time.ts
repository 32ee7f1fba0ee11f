import { z } from "zod";
import { logTimeInput, timesheetInput } from "@/lib/time/schemas";
import { logTime } from "@/lib/time/service";
import { getTimesheet } from "@/lib/time/timesheet";
import { tool } from "../tool";

const getTimesheetInput = timesheetInput.extend({
  userId: z.uuid("User id must be a UUID").optional().describe("Member whose timesheet to read; defaults to you (see whoami)"),
});

export const timeTools = [
  tool("log_time", {
    title: "Log time on a task",
    description:
      "Record hours you worked on a task, as a manual time entry: taskId, hours (more than 0, at most 24, two decimals kept), " +
      "workDate (YYYY-MM-DD, defaults to today in your timezone; days after today are refused) and an optional note. You may log on " +
      "tasks assigned to you or on campaigns you own; managers and admins on any task. Logged time counts as the task's actual " +
      "and lowers its remaining work (estimate minus logged). Returns the entry with its id and version.",
    input: logTimeInput,
    // every call adds an entry: repeating it logs the hours twice
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
    run: (ctx, input) => logTime(ctx, input),
  }),

  tool("get_timesheet", {
    title: "Get a timesheet",
    description:
      "A member's week (Monday to Sunday; pass any day of it as week, default this week): rows per task with hours per day " +
      "(days[0] is Monday) and a total, dayTotals, the week's total against capacity (their weekly hours minus time off and " +
      "organisation holidays), and every entry (id, workDate, task, campaign, hours, note). Members and viewers see their own " +
      "timesheet; managers and admins anyone's. Running timers are not counted until stopped.",
    input: getTimesheetInput,
    annotations: { readOnlyHint: true },
    run: (ctx, input) => getTimesheet(ctx, { ...input, userId: input.userId ?? ctx.actor.userId ?? "" }),
  }),
];
