/**
 * What the Models & Patents panel draws: per-year trend series, the headline rows of one year,
 * and patents per 100k ranked. Pure: observations in, rows out.
 */
import type { Observation } from '../../../api/schemas'
import { perMillion } from '../../../lib/normalise'

export interface Series {
  readonly entityId: string
  readonly values: readonly (number | null)[]
}

/** Series of entities in scope with at least two figures, over the years present. */
export function trendSeries(
  observations: readonly Observation[],
  include: (entityId: string) => boolean,
  population: ((entityId: string, year: number) => number | null) | null,
): { years: number[]; series: Series[] } {
  const inScope = observations.filter((o) => o.value !== null && include(o.entityId))
  const years = [...new Set(inScope.map((o) => o.year))].sort((a, b) => a - b)
  const byEntity = new Map<string, Map<number, number | null>>()
  for (const o of inScope) {
    const m = byEntity.get(o.entityId) ?? new Map<number, number | null>()
    m.set(o.year, population ? perMillion(o.value, population(o.entityId, o.year)) : o.value)
    byEntity.set(o.entityId, m)
  }
  const series: Series[] = []
  for (const [entityId, m] of byEntity)
    if (m.size >= 2) series.push({ entityId, values: years.map((y) => m.get(y) ?? null) })
  series.sort((a, b) => (b.values.at(-1) ?? -1) - (a.values.at(-1) ?? -1))
  return { years, series }
}

export interface RankedEntry {
  readonly entityId: string
  readonly value: number
}

/** Figures of one year, largest first (rows without a figure are left out: "no data"). */
export function rankedForYear(
  observations: readonly Observation[],
  year: number,
  include: (entityId: string) => boolean,
): RankedEntry[] {
  return observations
    .filter((o) => o.year === year && o.value !== null && include(o.entityId))
    .map((o) => ({ entityId: o.entityId, value: o.value ?? 0 }))
    .sort((a, b) => b.value - a.value || a.entityId.localeCompare(b.entityId))
}
