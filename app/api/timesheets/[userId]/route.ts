// GET /api/timesheets/[userId]?week=YYYY-MM-DD - a member's week of time entries as a CSV download
import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { currentUser } from "@/lib/auth/session";
import { toProblemResponse, Unauthorized } from "@/lib/core/errors";
import { actorFromUser } from "@/lib/members/actor";
import { timesheetCsv, timesheetFilename } from "@/lib/time/csv";
import { getTimesheet } from "@/lib/time/timesheet";

export async function GET(req: NextRequest, { params }: { params: Promise<{ userId: string }> }): Promise<Response> {
  try {
    const user = await currentUser();
    if (!user) throw new Unauthorized("Sign in to export a timesheet.");
    const ctx = { db: await getDb(), actor: actorFromUser(user, "web") };
    const { userId } = await params;
    const sheet = await getTimesheet(ctx, { userId, week: req.nextUrl.searchParams.get("week") ?? undefined });
    return new Response(timesheetCsv(sheet.entries), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${timesheetFilename(sheet.member.name, sheet.weekStart)}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (e) {
    return toProblemResponse(e, "api:timesheets");
  }
}
