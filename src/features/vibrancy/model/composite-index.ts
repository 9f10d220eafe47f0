/**
 * The open composite index, computed here from AI Index indicators, following the method the
 * Global AI Vibrancy Tool describes: min–max normalise each indicator over the countries in
 * view, pillar = weighted mean of its available indicators, index = weighted mean of pillars
 * × 100. A country missing more than half of the indicators is not ranked ("insufficient data").
 *
 * The indicator set is a parameter (`IndexSpec`) so the same code runs the panel's declared
 * inputs (those a view has figures for) and the benchmark's synthetic ten. Normalisation is done once per data change
 * (`prepareIndex`); a weight change only re-scores (`scorePrepared`), which keeps sliders live.
 */

import { INDEX_INPUTS } from './index-inputs'

export interface IndexPillar {
  readonly id: string
  readonly label: string
}

export interface IndexIndicator {
  readonly id: string
  readonly pillar: string
  readonly label: string
}

export interface IndexSpec {
  readonly pillars: readonly IndexPillar[]
  readonly indicators: readonly IndexIndicator[]
}

export const PILLARS: readonly IndexPillar[] = [
  { id: 'economy', label: 'Economy' },
  { id: 'research', label: 'R&D' },
]

/** The panel's indicators: the one declared list of its inputs (./index-inputs.ts). */
export const INDEX_INDICATORS: readonly IndexIndicator[] = INDEX_INPUTS

/** The panel's index: two pillars, every declared input. */
export const DEFAULT_SPEC: IndexSpec = { pillars: PILLARS, indicators: INDEX_INDICATORS }

/**
 * The panel's index over the inputs a view has figures for (a column in `raw`): an input whose
 * coverage keeps it out of a view (no figures up to the Year) is not counted as missing.
 */
export function specFor(raw: RawValues): IndexSpec {
  return { pillars: PILLARS, indicators: INDEX_INDICATORS.filter((i) => raw.has(i.id)) }
}

/** Weights by pillar id and indicator id; a missing key weighs 1, negatives count as 0. */
export type Weights = Readonly<Record<string, number>>

/** Raw values: indicator id → country id → value (null or absent = no data). */
export type RawValues = ReadonlyMap<string, ReadonlyMap<string, number | null>>

export interface IndexRow {
  readonly entityId: string
  /** 0–100. */
  readonly index: number
  readonly rank: number
  /** Pillar scores 0–100 by pillar id (null where the pillar has no figure). */
  readonly pillars: Readonly<Record<string, number | null>>
  /** Each pillar's contribution to the index (points of the 0–100 scale); they sum to `index`. */
  readonly contributions: Readonly<Record<string, number>>
  readonly missing: readonly string[]
}

export interface InsufficientRow {
  readonly entityId: string
  readonly missing: readonly string[]
}

export interface IndexResult {
  readonly ranked: readonly IndexRow[]
  /** Countries missing more than half of the indicators: not ranked. */
  readonly insufficient: readonly InsufficientRow[]
}

/** Normalised inputs of the ranked countries, ready to be scored under any weights. */
export interface PreparedIndex {
  readonly spec: IndexSpec
  /** Eligible countries, sorted by id (the tie-break order of equal scores). */
  readonly countries: readonly string[]
  /** countries × indicators, row-major, 0–1; NaN = no data. */
  readonly matrix: Float64Array
  readonly insufficient: readonly InsufficientRow[]
}

export function weightOf(weights: Weights, id: string): number {
  const w = weights[id]
  return w === undefined ? 1 : Number.isFinite(w) ? Math.max(0, w) : 0
}

/** Min–max normalisation to 0–1 over the values given; one distinct value maps to 1. */
export function minMax(values: ReadonlyMap<string, number>): Map<string, number> {
  let min = Infinity
  let max = -Infinity
  for (const v of values.values()) {
    if (v < min) min = v
    if (v > max) max = v
  }
  const out = new Map<string, number>()
  for (const [id, v] of values) out.set(id, max === min ? 1 : (v - min) / (max - min))
  return out
}

const has = (raw: RawValues, indicator: string, id: string) => {
  const v = raw.get(indicator)?.get(id)
  return typeof v === 'number' && Number.isFinite(v)
}

/** Indicators of the spec without a figure for the country. */
export function missingOf(raw: RawValues, id: string, spec: IndexSpec = specFor(raw)): string[] {
  return spec.indicators.filter((i) => !has(raw, i.id, id)).map((i) => i.id)
}

/**
 * Sets aside countries with too little data (first, so they do not stretch the min–max scale
 * of the ranked ones), then min–max normalises each indicator over the remaining countries.
 */
export function prepareIndex(
  raw: RawValues,
  countries: readonly string[],
  spec: IndexSpec = specFor(raw),
): PreparedIndex {
  const k = spec.indicators.length
  const eligible: string[] = []
  const insufficient: InsufficientRow[] = []
  for (const id of [...new Set(countries)].sort()) {
    const missing = missingOf(raw, id, spec)
    if (missing.length === k) continue // no figure at all: not part of the index
    if (missing.length * 2 > k) insufficient.push({ entityId: id, missing })
    else eligible.push(id)
  }
  const matrix = new Float64Array(eligible.length * k).fill(Number.NaN)
  spec.indicators.forEach((indicator, j) => {
    const present = new Map<string, number>()
    for (const id of eligible) {
      const v = raw.get(indicator.id)?.get(id)
      if (typeof v === 'number' && Number.isFinite(v)) present.set(id, v)
    }
    const normalised = minMax(present)
    eligible.forEach((id, i) => {
      const v = normalised.get(id)
      if (v !== undefined) matrix[i * k + j] = v
    })
  })
  return { spec, countries: eligible, matrix, insufficient }
}

/** Indicator → pillar position, and the flat weight vectors, for the hot loops. */
export function weightVectors(spec: IndexSpec, weights: Weights) {
  return {
    pillarOf: Int32Array.from(
      spec.indicators.map((i) => spec.pillars.findIndex((p) => p.id === i.pillar)),
    ),
    indicator: Float64Array.from(spec.indicators.map((i) => weightOf(weights, i.id))),
    pillar: Float64Array.from(spec.pillars.map((p) => weightOf(weights, p.id))),
  }
}

/**
 * Index scores (0–100) of every prepared country into `out`, pillar scores into `pillarOut`
 * (NaN = no figure). Allocation-free, so the Monte Carlo can call it thousands of times.
 */
export function scoreInto(
  prepared: PreparedIndex,
  w: ReturnType<typeof weightVectors>,
  out: Float64Array,
  pillarOut: Float64Array,
  sums: Float64Array,
  totals: Float64Array,
): void {
  const k = prepared.spec.indicators.length
  const p = prepared.spec.pillars.length
  const { matrix } = prepared
  const { pillarOf, indicator, pillar } = w
  for (let c = 0; c < prepared.countries.length; c++) {
    for (let q = 0; q < p; q++) {
      sums[q] = 0
      totals[q] = 0
    }
    const row = c * k
    for (let j = 0; j < k; j++) {
      const v = matrix[row + j] as number
      const q = pillarOf[j] as number
      if (v !== v || q < 0) continue // NaN: no figure
      const wi = indicator[j] as number
      sums[q] = (sums[q] as number) + wi * v
      totals[q] = (totals[q] as number) + wi
    }
    let sum = 0
    let total = 0
    for (let q = 0; q < p; q++) {
      const t = totals[q] as number
      const score = t > 0 ? ((sums[q] as number) / t) * 100 : Number.NaN
      pillarOut[c * p + q] = score
      if (score !== score) continue
      const wp = pillar[q] as number
      sum += wp * score
      total += wp
    }
    // Floating-point sums can overshoot the bounds by an ulp; the index is defined on 0–100.
    out[c] = total > 0 ? Math.min(100, Math.max(0, sum / total)) : 0
  }
}

/** Order of countries by score, best first; equal scores keep the prepared (id) order. */
export function orderBy(scores: Float64Array, order: Uint32Array): Uint32Array {
  for (let i = 0; i < order.length; i++) order[i] = i
  return order.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b)
}

/**
 * Re-sorts `order` in place by insertion sort. Perturbed draws barely move the order, so
 * starting from the previous draw's order this is close to linear (the Monte Carlo's hot path).
 */
export function reorder(scores: Float64Array, order: Uint32Array): Uint32Array {
  for (let i = 1; i < order.length; i++) {
    const x = order[i] as number
    const sx = scores[x] as number
    let j = i - 1
    while (j >= 0) {
      const y = order[j] as number
      const sy = scores[y] as number
      if (sy > sx || (sy === sx && y < x)) break
      order[j + 1] = y
      j--
    }
    order[j + 1] = x
  }
  return order
}

/** The ranked index under the given weights (fast path for sliders). */
export function scorePrepared(prepared: PreparedIndex, weights: Weights): IndexResult {
  const { spec, countries } = prepared
  const n = countries.length
  const p = spec.pillars.length
  const w = weightVectors(spec, weights)
  const scores = new Float64Array(n)
  const pillarScores = new Float64Array(n * p)
  scoreInto(prepared, w, scores, pillarScores, new Float64Array(p), new Float64Array(p))
  const order = orderBy(scores, new Uint32Array(n))
  const ranked: IndexRow[] = []
  order.forEach((c, position) => {
    const pillars: Record<string, number | null> = {}
    const contributions: Record<string, number> = {}
    let total = 0
    spec.pillars.forEach((pillar, q) => {
      const s = pillarScores[c * p + q] ?? Number.NaN
      pillars[pillar.id] = Number.isNaN(s) ? null : s
      if (!Number.isNaN(s)) total += w.pillar[q] ?? 0
    })
    spec.pillars.forEach((pillar, q) => {
      const s = pillars[pillar.id] ?? null
      contributions[pillar.id] = s === null || total === 0 ? 0 : ((w.pillar[q] ?? 0) * s) / total
    })
    const entityId = countries[c] ?? ''
    ranked.push({
      entityId,
      index: scores[c] ?? 0,
      rank: position + 1,
      pillars,
      contributions,
      missing: spec.indicators
        .filter((_, j) => Number.isNaN(prepared.matrix[c * spec.indicators.length + j]))
        .map((i) => i.id),
    })
  })
  return { ranked, insufficient: prepared.insufficient }
}

/** The index from raw values: prepare (normalise) then score. */
export function computeIndex(
  raw: RawValues,
  countries: readonly string[],
  weights: Weights,
  spec: IndexSpec = specFor(raw),
): IndexResult {
  return scorePrepared(prepareIndex(raw, countries, spec), weights)
}
