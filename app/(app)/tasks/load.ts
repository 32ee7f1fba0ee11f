import type { Ctx } from "@/lib/core/context";
import { ValidationFailed } from "@/lib/core/errors";
import { listTasks, type TaskPage } from "@/lib/tasks/list";
import { taskListInputFromSearchParams, type SearchParams } from "@/lib/tasks/list-params";
import type { ListTasksInput, TaskSortKey } from "@/lib/tasks/schemas";

export type LoadedTasks = { page: TaskPage; sort: TaskSortKey; dir: "asc" | "desc"; notice: string | null };

/**
 * The list a URL asks for, with `fixed` filters on top (the campaign of its tab, "assigned to me").
 * A hand-edited link with a bad filter still shows the list, with a note on what was ignored.
 */
export async function loadTaskList(ctx: Ctx, sp: SearchParams, fixed: Partial<ListTasksInput> = {}): Promise<LoadedTasks> {
  const input = { ...taskListInputFromSearchParams(sp, ctx.actor.userId), ...fixed };
  try {
    return { page: await listTasks(ctx, input), sort: input.sort ?? "due", dir: input.dir ?? "asc", notice: null };
  } catch (e) {
    if (!(e instanceof ValidationFailed)) throw e;
    return {
      page: await listTasks(ctx, fixed),
      sort: "due",
      dir: "asc",
      notice: `Some filters in the link were not understood and were ignored (${e.message.replace(/^Invalid input — /, "")}).`,
    };
  }
}
