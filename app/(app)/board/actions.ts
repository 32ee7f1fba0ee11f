"use server";

import { webContext } from "@/lib/auth/session";
import { toActionResult, type ActionResult } from "@/lib/core/action-result";
import type { BoardCard } from "@/lib/tasks/board";
import { moveTask } from "@/lib/tasks/move";
import type { MoveTaskInput } from "@/lib/tasks/schemas";

/** Moves a card on a board (another column and/or between two cards); the board refetches itself. */
export async function moveTaskAction(input: MoveTaskInput): Promise<ActionResult<BoardCard>> {
  const ctx = await webContext();
  return toActionResult(() => moveTask(ctx, input));
}
