import { afterEach, describe, expect, it, vi } from "vitest";
import { Conflict, Forbidden, ValidationFailed } from "@/lib/core/errors";
import { toToolResult } from "./errors";

const textOf = (r: Awaited<ReturnType<typeof toToolResult>>) => (r.content as { text: string }[]).map((c) => c.text).join("\n");

describe("toToolResult", () => {
  afterEach(() => vi.restoreAllMocks());

  it("returns data as structured content and as JSON text", async () => {
    const r = await toToolResult(async () => ({ id: "c1", status: "planning" }), "test");
    expect(r.isError).toBeUndefined();
    expect(r.structuredContent).toEqual({ id: "c1", status: "planning" });
    expect(JSON.parse(textOf(r))).toEqual({ id: "c1", status: "planning" });
  });

  it("keeps a domain error's message and lists validation issues per field", async () => {
    const r = await toToolResult(async () => {
      throw new ValidationFailed("Invalid input — name: Name needs at least 3 characters", { name: ["Name needs at least 3 characters"] });
    }, "test");
    expect(r.isError).toBe(true);
    expect(textOf(r)).toBe("Invalid input — name: Name needs at least 3 characters\nField issues:\n- name: Name needs at least 3 characters");
    expect(r.structuredContent).toEqual({ error: { kind: "validation_failed", message: expect.any(String), issues: { name: ["Name needs at least 3 characters"] } } });

    const forbidden = await toToolResult(async () => { throw new Forbidden("Only managers can do that."); }, "test");
    expect(textOf(forbidden)).toBe("Only managers can do that.");
    const conflict = await toToolResult(async () => { throw new Conflict("Stale.", { currentVersion: 3 }); }, "test");
    expect(conflict.structuredContent).toEqual({ error: { kind: "conflict", message: "Stale.", details: { currentVersion: 3 } } });
  });

  it("logs an unexpected error with a reference and shows neither stack nor SQL", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const r = await toToolResult(async () => { throw new Error('relation "secret_table" does not exist: select * from secret_table'); }, "mcp:test");
    expect(r.isError).toBe(true);
    const text = textOf(r);
    expect(text).toMatch(/^Something went wrong on our side \(reference [0-9a-f]{8}\)\. Nothing was changed/);
    expect(text).not.toContain("secret_table");
    expect(JSON.stringify(r)).not.toMatch(/secret_table|at .*\.ts/);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/\[mcp:test\] unexpected error ref=[0-9a-f]{8}/), expect.any(Error));
  });
});
