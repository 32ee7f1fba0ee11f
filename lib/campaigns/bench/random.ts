/** A small seeded generator: the same seed gives the same data set on every run and machine. */
export function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    // mulberry32
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  /** Early items are picked far more often than late ones (weight 1/rank), like word use. */
  const zipf = <T>(items: readonly T[]): T => {
    const total = items.reduce((s, _, i) => s + 1 / (i + 1), 0);
    let r = next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= 1 / (i + 1);
      if (r <= 0) return items[i]!;
    }
    return items[items.length - 1]!;
  };
  const weighted = <T extends string>(weights: Record<T, number>): T => {
    const entries = Object.entries(weights) as [T, number][];
    let r = next() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [key, w] of entries) {
      r -= w;
      if (r <= 0) return key;
    }
    return entries[entries.length - 1]![0];
  };
  const distinct = <T>(count: number, draw: () => T): T[] => {
    const out = new Set<T>();
    for (let i = 0; i < count * 3 && out.size < count; i++) out.add(draw());
    return [...out];
  };
  /** A version-4 shaped UUID from the seeded stream, so ids (and session cookies) survive a reseed. */
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
    hex[12] = "4";
    hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    const s = hex.join("");
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  return { next, int, pick, zipf, weighted, distinct, uuid, chance: (p: number) => next() < p };
}

export type Random = ReturnType<typeof createRandom>;
