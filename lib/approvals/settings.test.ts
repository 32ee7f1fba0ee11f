import { describe, expect, it, beforeAll } from "vitest";
import { auditEventsFor, ctxFor, makeUser, rejectionOf } from "@/db/testing/factories";
import type { Ctx } from "@/lib/core/context";
import { Conflict, Forbidden, ValidationFailed } from "@/lib/core/errors";
import { APPROVAL_SETTINGS_ENTITY_ID, getApprovalSettings, loadBusinessCalendar, updateApprovalSettings } from "./settings";
import { DEFAULT_APPROVAL_CONFIG } from "./settings-schema";

let admin: Ctx, admin2: Ctx, manager: Ctx;
beforeAll(async () => {
  admin = await ctxFor(await makeUser({ role: "admin", name: "Ada Admin" }));
  admin2 = await ctxFor(await makeUser({ role: "admin", name: "Alan Admin" }));
  manager = await ctxFor(await makeUser({ role: "manager" }));
});

describe("approval settings", () => {
  it("start from the defaults, readable by anyone, editable by admins only", async () => {
    const s = await getApprovalSettings(manager);
    expect(s.config).toEqual(DEFAULT_APPROVAL_CONFIG);
    expect(s.canEdit).toBe(false);
    expect((await getApprovalSettings(admin)).canEdit).toBe(true);
    const e = await rejectionOf(updateApprovalSettings(manager, { version: s.version, config: s.config }));
    expect(e).toBeInstanceOf(Forbidden);
  });

  it("save a change with an audit entry naming the sections changed; a stale version is refused naming who saved", async () => {
    const s = await getApprovalSettings(admin);
    const saved = await updateApprovalSettings(admin, {
      version: s.version,
      config: { ...s.config, deadlineHours: { ...s.config.deadlineHours, high: 20 }, escalationIntervalHours: 4 },
    });
    expect(saved.version).toBe(s.version + 1);
    expect(saved.updatedBy).toBe("Ada Admin");
    const [entry] = await auditEventsFor(APPROVAL_SETTINGS_ENTITY_ID, "approval_settings.updated");
    expect(entry!.summary).toBe("Changed approval deadlines, escalation interval");

    const stale = await rejectionOf(updateApprovalSettings(admin2, { version: s.version, config: s.config }));
    expect(stale).toBeInstanceOf(Conflict);
    expect(stale.message).toMatch(/Ada Admin changed the approval settings at .* after you opened them/);
    expect((await getApprovalSettings(admin)).config.deadlineHours.high).toBe(20);
  });

  it("refuse invalid settings with the field named and change nothing", async () => {
    const s = await getApprovalSettings(admin);
    const e = await rejectionOf(updateApprovalSettings(admin, {
      version: s.version, config: { ...s.config, businessHours: { ...s.config.businessHours, timezone: "Nowhere/City" } },
    }));
    expect(e).toBeInstanceOf(ValidationFailed);
    expect(Object.keys((e as ValidationFailed).issues)).toContain("config.businessHours.timezone");
    expect((await getApprovalSettings(admin)).version).toBe(s.version);
  });

  it("give the business calendar the working hours and the organisation's holidays", async () => {
    const cal = await loadBusinessCalendar(admin.db);
    expect(cal).toMatchObject({ timezone: "UTC", startMinute: 540, endMinute: 1020 });
    expect(cal.holidays).toBeInstanceOf(Set);
  });
});
