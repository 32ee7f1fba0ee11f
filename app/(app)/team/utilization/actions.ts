"use server";

import { webContext } from "@/lib/auth/session";
import { toActionResult } from "@/lib/core/action-result";
import { getCellTasks } from "@/lib/team/workload";

/** The tasks behind one heatmap cell (read-only; any signed-in member may look). */
export async function cellTasksAction(userId: string, weekStart: string) {
  const ctx = await webContext();
  return toActionResult(() => getCellTasks(ctx, { userId, weekStart }));
}
