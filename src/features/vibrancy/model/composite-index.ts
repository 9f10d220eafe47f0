/**
 * The open composite index, computed here from AI Index indicators, following the method the
 * Global AI Vibrancy Tool describes: min–max normalise each indicator over the countries in
 * view, pillar = weighted mean of its available indicators, index = weighted mean of pillars
 * × 100. A country missing more than half of the indicators is not ranked ("insufficient data").
 */

export type PillarId = 'economy' | 'research'

export interface IndexIndicator {
  readonly id: string
  readonly pillar: PillarId
  readonly label: string
}

export const PILLARS: readonly { readonly id: PillarId; readonly label: string }[] = [
  { id: 'economy', label: 'Economy' },
  { id: 'research', label: 'R&D' },
]

export const INDEX_INDICATORS: readonly IndexIndicator[] = [
  { id: 'investment-latest', pillar: 'economy', label: 'Private AI investment, latest year' },
  {
    id: 'investment-cumulative',
    pillar: 'economy',
    label: 'Private AI investment, cumulative since 2013',
  },
  { id: 'patents-per-100k', pillar: 'research', label: 'Granted AI patents per 100k inhabitants' },
  { id: 'models-cumulative', pillar: 'research', label: 'Notable ML models, cumulative' },
]

/** Weights by pillar id and indicator id; a missing key weighs 1. */
export type Weights = Readonly<Record<string, number>>

/** Raw values: indicator id → country id → value (null or absent = no data). */
export type RawValues = ReadonlyMap<string, ReadonlyMap<string, number | null>>

export interface IndexRow {
  readonly entityId: string
  /** 0–100. */
  readonly index: number
  readonly rank: number
  /** Pillar scores 0–100 (null where the pillar has no figure). */
  readonly pillars: Readonly<Record<PillarId, number | null>>
  /** Each pillar's contribution to the index (points of the 0–100 scale). */
  readonly contributions: Readonly<Record<PillarId, number>>
  readonly missing: readonly string[]
}

export interface IndexResult {
  readonly ranked: readonly IndexRow[]
  /** Countries missing more than half of the indicators: not ranked. */
  readonly insufficient: readonly {
    readonly entityId: string
    readonly missing: readonly string[]
  }[]
}

const weightOf = (weights: Weights, id: string) => {
  const w = weights[id]
  return w === undefined ? 1 : Math.max(0, w)
}

/** Min–max normalisation to 0–1 over the values given; one distinct value maps to 1. */
export function minMax(values: ReadonlyMap<string, number>): Map<string, number> {
  const list = [...values.values()]
  const min = Math.min(...list)
  const max = Math.max(...list)
  const out = new Map<string, number>()
  for (const [id, v] of values) out.set(id, max === min ? 1 : (v - min) / (max - min))
  return out
}

/** Normalised values per indicator over the given countries (those with a figure). */
export function normaliseAll(
  raw: RawValues,
  countries: readonly string[],
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>()
  for (const indicator of INDEX_INDICATORS) {
    const present = new Map<string, number>()
    const column = raw.get(indicator.id)
    for (const id of countries) {
      const v = column?.get(id)
      if (typeof v === 'number' && Number.isFinite(v)) present.set(id, v)
    }
    out.set(indicator.id, present.size > 0 ? minMax(present) : new Map<string, number>())
  }
  return out
}

/** Index of pre-normalised values under weights (fast path for sliders and Monte Carlo). */
export function scoreNormalised(
  normalised: ReadonlyMap<string, ReadonlyMap<string, number>>,
  countries: readonly string[],
  weights: Weights,
): IndexResult {
  const rows: Omit<IndexRow, 'rank'>[] = []
  const insufficient: { entityId: string; missing: string[] }[] = []
  for (const entityId of countries) {
    const missing = INDEX_INDICATORS.filter((i) => !normalised.get(i.id)?.has(entityId)).map(
      (i) => i.id,
    )
    if (missing.length * 2 > INDEX_INDICATORS.length) {
      insufficient.push({ entityId, missing })
      continue
    }
    const pillars = { economy: null, research: null } as Record<PillarId, number | null>
    for (const pillar of PILLARS) {
      let sum = 0
      let total = 0
      for (const ind of INDEX_INDICATORS)
        if (ind.pillar === pillar.id) {
          const v = normalised.get(ind.id)?.get(entityId)
          if (v === undefined) continue
          const w = weightOf(weights, ind.id)
          sum += w * v
          total += w
        }
      pillars[pillar.id] = total > 0 ? (sum / total) * 100 : null
    }
    let sum = 0
    let total = 0
    for (const pillar of PILLARS) {
      const score = pillars[pillar.id]
      if (score === null) continue
      const w = weightOf(weights, pillar.id)
      sum += w * score
      total += w
    }
    const index = total > 0 ? sum / total : 0
    const contributions = { economy: 0, research: 0 } as Record<PillarId, number>
    for (const pillar of PILLARS) {
      const score = pillars[pillar.id]
      contributions[pillar.id] =
        score === null || total === 0 ? 0 : (weightOf(weights, pillar.id) * score) / total
    }
    rows.push({ entityId, index, pillars, contributions, missing })
  }
  rows.sort((a, b) => b.index - a.index || a.entityId.localeCompare(b.entityId))
  return { ranked: rows.map((r, i) => ({ ...r, rank: i + 1 })), insufficient }
}

/**
 * The index from raw values. Countries with too little data are set aside first, so they do
 * not stretch the min–max scale of the countries that are ranked.
 */
export function computeIndex(
  raw: RawValues,
  countries: readonly string[],
  weights: Weights,
): IndexResult {
  const missingOf = (id: string) =>
    INDEX_INDICATORS.filter((i) => typeof raw.get(i.id)?.get(id) !== 'number').map((i) => i.id)
  const withAny = countries.filter((id) => missingOf(id).length < INDEX_INDICATORS.length)
  const eligible = withAny.filter((id) => missingOf(id).length * 2 <= INDEX_INDICATORS.length)
  const result = scoreNormalised(normaliseAll(raw, eligible), eligible, weights)
  const insufficient = withAny
    .filter((id) => !eligible.includes(id))
    .map((entityId) => ({ entityId, missing: missingOf(entityId) }))
  return { ranked: result.ranked, insufficient }
}
