/**
 * Robustness of ranks to the weights: a seeded Monte Carlo in which every weight varies
 * independently by up to ±25%; for each country the range of ranks it takes and the share of
 * draws at its most frequent rank. Seeded, so the same view always gives the same answer.
 */
import { INDEX_INDICATORS, PILLARS, scoreNormalised, type Weights } from './composite-index'

/** mulberry32: a small, fast, seedable PRNG (uniform in [0, 1)). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface RankRange {
  readonly min: number
  readonly max: number
  /** Most frequent rank, and the share of draws (0–1) in which the country takes it. */
  readonly mode: number
  readonly modeShare: number
}

/** Rank ranges over `draws` perturbed weight sets. */
export function rankRanges(
  normalised: ReadonlyMap<string, ReadonlyMap<string, number>>,
  countries: readonly string[],
  weights: Weights,
  { draws = 1000, spread = 0.25, seed = 2024 } = {},
): Map<string, RankRange> {
  const random = mulberry32(seed)
  const keys = [...PILLARS.map((p) => p.id), ...INDEX_INDICATORS.map((i) => i.id)]
  const counts = new Map<string, Map<number, number>>()
  for (let d = 0; d < draws; d++) {
    const perturbed: Record<string, number> = {}
    for (const k of keys) perturbed[k] = (weights[k] ?? 1) * (1 - spread + 2 * spread * random())
    for (const row of scoreNormalised(normalised, countries, perturbed).ranked) {
      const c = counts.get(row.entityId) ?? new Map<number, number>()
      c.set(row.rank, (c.get(row.rank) ?? 0) + 1)
      counts.set(row.entityId, c)
    }
  }
  const out = new Map<string, RankRange>()
  for (const [id, c] of counts) {
    const ranks = [...c.keys()]
    let mode = ranks[0] ?? 0
    for (const r of ranks)
      if (
        (c.get(r) ?? 0) > (c.get(mode) ?? 0) ||
        ((c.get(r) ?? 0) === (c.get(mode) ?? 0) && r < mode)
      )
        mode = r
    out.set(id, {
      min: Math.min(...ranks),
      max: Math.max(...ranks),
      mode,
      modeShare: (c.get(mode) ?? 0) / draws,
    })
  }
  return out
}

/** "#1 in 100% of draws" or "#3–#5". */
export function describeRange(range: RankRange): string {
  if (range.min === range.max) return `#${range.min} in 100% of draws`
  return `#${range.min}–#${range.max}`
}
