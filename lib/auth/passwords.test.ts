import { describe, expect, it } from "vitest";
import { burnPasswordCheck, hashPassword, verifyPassword } from "./passwords";

async function median(fn: () => Promise<unknown>, runs = 5) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

describe("passwords", () => {
  it("verifies the right password and rejects a wrong one", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^\$2[aby]\$04\$/);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("Correct horse battery", hash)).toBe(false);
  });

  it("burns about as long for an unknown account as a real check takes", async () => {
    const hash = await hashPassword("correct horse battery");
    await burnPasswordCheck("warm-up");
    const real = await median(() => verifyPassword("a wrong guess", hash));
    const burn = await median(() => burnPasswordCheck("a wrong guess"));
    // same cost factor: a fixed cost-11 decoy would take ~128× as long as these cost-4 hashes
    expect(burn).toBeLessThan(real * 10 + 20);
  });
});
