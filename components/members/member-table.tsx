import type { MemberView } from "@/lib/members/service";
import { MemberRow } from "./member-row";

export function MemberTable({ members, selfId }: { members: MemberView[]; selfId: string | null }) {
  const th = "px-4 py-2.5 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase";
  const active = members.filter((m) => m.active).length;
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Members: {active} active, {members.length - active} deactivated</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>Member</th>
            <th scope="col" className={th}>Title</th>
            <th scope="col" className={th}>Role</th>
            <th scope="col" className={th}>Approver stages</th>
            <th scope="col" className={th}>Status</th>
            <th scope="col" className={th}><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((m) => <MemberRow key={m.id} member={m} isSelf={m.id === selfId} />)}
        </tbody>
      </table>
    </div>
  );
}
