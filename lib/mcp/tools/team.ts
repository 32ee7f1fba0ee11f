import { addTimeOff, setAvailability } from "@/lib/team/schedule";
import { addTimeOffInput, listTeamInput, setAvailabilityInput } from "@/lib/team/schemas";
import { listTeam } from "@/lib/team/service";
import { tool } from "../tool";

export const teamTools = [
  tool("list_team_members", {
    title: "List team members",
    description:
      "Active team members (viewers last) with title, role, timezone, skills [{skill, level 1-5}], load over the next 4 weeks " +
      "{from, to, capacityHours, workloadHours, utilisation (1 = 100 %), freeHours, openTasks} and nextTimeOff. Filter by skill " +
      "and minLevel, and by text in name, email or title (q). With availableFrom/availableTo (YYYY-MM-DD) each member also gets " +
      "window {capacityHours, workloadHours, freeHours}: hours they can still take on in that window after time off, holidays " +
      "and work already due there. Returns {items}.",
    input: listTeamInput,
    annotations: { readOnlyHint: true },
    run: async (ctx, input) => ({ items: await listTeam(ctx, input) }),
  }),

  tool("set_member_availability", {
    title: "Set a member's weekly hours",
    description:
      "Set how many hours a member works on each weekday (7 numbers, Monday first, 0-24 each). Send the availability version " +
      "you last read (0 when never saved); if someone saved in between, nothing changes and the error gives the current version. " +
      "Members may change only their own; managers and admins anyone's.",
    input: setAvailabilityInput,
    // a retry with the same version is rejected as stale, so it never applies twice
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
    run: (ctx, input) => setAvailability(ctx, input),
  }),

  tool("add_time_off", {
    title: "Add time off",
    description:
      "Record days a member is away (startDate to endDate inclusive, YYYY-MM-DD, with a reason). Ranges may not overlap the " +
      "member's existing time off: the error names the range in the way. Members may add only their own; managers and admins " +
      "anyone's. Returns the range with its id.",
    input: addTimeOffInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
    run: (ctx, input) => addTimeOff(ctx, input),
  }),
];
