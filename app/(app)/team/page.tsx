import type { Metadata } from "next";
import { Grid3x3, SearchX, Users } from "lucide-react";
import { HolidayButton } from "@/components/team/bulk-dialogs";
import { TeamFilters } from "@/components/team/team-filters";
import { TeamTable } from "@/components/team/team-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { webContext } from "@/lib/auth/session";
import { hasRole } from "@/lib/core/context";
import { listTeam } from "@/lib/team/service";
import { isSkill } from "@/lib/timeline/templates/skills";

export const metadata: Metadata = { title: "Team" };

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function TeamPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await webContext();
  const sp = await searchParams;
  const q = one(sp.q).trim().slice(0, 100);
  // an unknown skill or level in a hand-edited URL is ignored rather than an error page
  const skill = isSkill(one(sp.skill)) ? one(sp.skill) : "";
  const level = Number(one(sp.minLevel));
  const minLevel = skill && Number.isInteger(level) && level >= 1 && level <= 5 ? level : undefined;
  const members = await listTeam(ctx, { q: q || undefined, skill: (skill || undefined) as never, minLevel });
  const canManage = hasRole(ctx.actor, "manager") && ctx.actor.scope === "read_write";
  const filtered = Boolean(q || skill);

  return (
    <>
      <PageHeader
        title="Team"
        description="Who does what, how busy they are over the next 4 weeks and when they are away."
        actions={
          <>
            <ButtonLink href="/team/utilization" variant="secondary"><Grid3x3 className="size-4" aria-hidden />Utilisation heatmap</ButtonLink>
            {canManage ? <HolidayButton /> : null}
          </>
        }
      />
      <TeamFilters q={q} skill={skill} minLevel={minLevel ? String(minLevel) : ""} />
      {members.length ? (
        <TeamTable members={members} canManage={canManage} />
      ) : filtered ? (
        <EmptyState icon={<SearchX className="size-8" />} title="No members match" action={<ButtonLink href="/team" variant="secondary">Clear filters</ButtonLink>}>
          Try another name or skill, or a lower minimum level.
        </EmptyState>
      ) : (
        <EmptyState icon={<Users className="size-8" />} title="No team members yet">An admin can invite people from Settings → Members.</EmptyState>
      )}
    </>
  );
}
