/**
 * Robustness of ranks to the weights: a seeded Monte Carlo in which every weight (each pillar
 * and each indicator) varies independently and uniformly within ±25%; for each country the
 * range of ranks it takes and the share of draws at its most frequent rank. Seeded, so the
 * same view always gives the same answer.
 */
import {
  orderBy,
  reorder,
  scoreInto,
  weightVectors,
  type PreparedIndex,
  type Weights,
} from './composite-index'
import { mulberry32 } from './prng'

export interface RankRange {
  readonly min: number
  readonly max: number
  /** Most frequent rank (the better one on a tie), and the share of draws (0–1) at it. */
  readonly mode: number
  readonly modeShare: number
}

export interface RobustnessOptions {
  readonly draws?: number
  /** Half-width of the uniform perturbation, as a share of each weight (0.25 = ±25%). */
  readonly spread?: number
  readonly seed?: number
}

export const ROBUSTNESS_DRAWS = 1000
export const ROBUSTNESS_SPREAD = 0.25

/** Rank ranges over `draws` perturbed weight sets, by country id. */
export function rankRanges(
  prepared: PreparedIndex,
  weights: Weights,
  { draws = ROBUSTNESS_DRAWS, spread = ROBUSTNESS_SPREAD, seed = 2024 }: RobustnessOptions = {},
): Map<string, RankRange> {
  const { spec, countries } = prepared
  const n = countries.length
  const p = spec.pillars.length
  const random = mulberry32(seed)
  const base = weightVectors(spec, weights)
  const w = weightVectors(spec, weights)
  const scores = new Float64Array(n)
  const pillarScores = new Float64Array(n * p)
  const sums = new Float64Array(p)
  const totals = new Float64Array(p)
  const order = orderBy(new Float64Array(n), new Uint32Array(n))
  // counts[c * n + r]: draws in which country c took rank r + 1.
  const counts = new Uint32Array(n * n)
  const jitter = () => 1 - spread + 2 * spread * random()
  for (let d = 0; d < draws; d++) {
    for (let q = 0; q < p; q++) w.pillar[q] = (base.pillar[q] ?? 0) * jitter()
    for (let j = 0; j < w.indicator.length; j++)
      w.indicator[j] = (base.indicator[j] ?? 0) * jitter()
    scoreInto(prepared, w, scores, pillarScores, sums, totals)
    reorder(scores, order)
    for (let r = 0; r < n; r++) {
      const c = order[r] ?? 0
      counts[c * n + r] = (counts[c * n + r] ?? 0) + 1
    }
  }
  const out = new Map<string, RankRange>()
  countries.forEach((id, c) => {
    let min = 0
    let max = 0
    let mode = 0
    for (let r = 0; r < n; r++) {
      const k = counts[c * n + r] ?? 0
      if (k === 0) continue
      if (min === 0) min = r + 1
      max = r + 1
      if (k > (counts[c * n + mode - 1] ?? 0) || mode === 0) mode = r + 1
    }
    if (draws > 0)
      out.set(id, { min, max, mode, modeShare: (counts[c * n + mode - 1] ?? 0) / draws })
  })
  return out
}

/** "#1 in 100% of draws" or "#3–#5". */
export function describeRange(range: RankRange): string {
  if (range.min === range.max) return `#${range.min} in 100% of draws`
  return `#${range.min}–#${range.max}`
}

/** The longer reading, for the table and tooltips: "#2–#3 (#3 in 80%)". */
export function describeRangeInFull(range: RankRange): string {
  if (range.min === range.max) return describeRange(range)
  return `${describeRange(range)} (#${range.mode} in ${Math.round(range.modeShare * 100)}%)`
}
