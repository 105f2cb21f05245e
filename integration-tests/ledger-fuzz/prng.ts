/**
 * The seeded random source of a history: mulberry32 (the same generator as
 * bench/lib/report.mjs's `seededRandom`), so a seed replays the same choices
 * on every machine.
 */
export type Rng = {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max]. */
  int(min: number, max: number): number
  /** True with probability p. */
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** A choice among weighted options ([value, weight] pairs, weights > 0). */
  weighted<T>(options: readonly (readonly [T, number])[]): T
  shuffle<T>(items: readonly T[]): T[]
}

export function createRng(seed: number): Rng {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (!items.length) {
        throw new Error("pick from an empty list")
      }
      return items[int(0, items.length - 1)]
    },
    weighted: (options) => {
      const total = options.reduce((s, [, w]) => s + w, 0)
      let r = next() * total
      for (const [value, weight] of options) {
        r -= weight
        if (r < 0) {
          return value
        }
      }
      return options[options.length - 1][0]
    },
    shuffle: (items) => {
      const out = [...items]
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i)
        ;[out[i], out[j]] = [out[j], out[i]]
      }
      return out
    },
  }
}
