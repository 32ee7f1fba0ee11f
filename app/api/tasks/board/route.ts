// GET /api/tasks/board - the kanban board (one campaign or across campaigns), for client refetches
import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { currentUser } from "@/lib/auth/session";
import { toProblemResponse, Unauthorized } from "@/lib/core/errors";
import { actorFromUser } from "@/lib/members/actor";
import { getBoard } from "@/lib/tasks/board";
import { boardQueryFromSearchParams } from "@/lib/tasks/board-params";

export async function GET(req: NextRequest): Promise<Response> {
  try {
    const user = await currentUser();
    if (!user) throw new Unauthorized("Sign in to see the board.");
    const ctx = { db: await getDb(), actor: actorFromUser(user, "web") };
    const board = await getBoard(ctx, boardQueryFromSearchParams(req.nextUrl.searchParams));
    return Response.json(board, { headers: { "cache-control": "private, no-store" } });
  } catch (e) {
    return toProblemResponse(e, "api:tasks/board");
  }
}
