/**
 * What the Models & Patents panel draws: per-year trend series, ranked one-year figures and
 * their sort orders. Pure: observations in, rows out.
 */
import type { Observation } from '../../../api/schemas'
import type { SortOrder } from '../../../domain/view'
import { perMillion } from '../../../lib/normalise'
import { fillYears, inRange } from '../../../lib/years'

export interface Series {
  readonly entityId: string
  readonly values: readonly (number | null)[]
}

/** Population lookup (World Bank); null where no figure. */
export type PopulationLookup = (entityId: string, year: number) => number | null

/**
 * Series of entities in scope with at least two figures, over the continuous span of years
 * present (within `range`, when given: the Year range filter). With `population`, counts become per million people (computed here); a missing
 * population gives null, never zero.
 */
export function trendSeries(
  observations: readonly Observation[],
  include: (entityId: string) => boolean,
  population: PopulationLookup | null,
  range: readonly [number, number] | null = null,
): { years: number[]; series: Series[] } {
  const inScope = observations.filter(
    (o) => o.value !== null && include(o.entityId) && inRange(o.year, range),
  )
  const years = fillYears(inScope.map((o) => o.year))
  const byEntity = new Map<string, Map<number, number | null>>()
  for (const o of inScope) {
    const m = byEntity.get(o.entityId) ?? new Map<number, number | null>()
    m.set(o.year, population ? perMillion(o.value, population(o.entityId, o.year)) : o.value)
    byEntity.set(o.entityId, m)
  }
  const series: Series[] = []
  for (const [entityId, m] of byEntity)
    if (m.size >= 2) series.push({ entityId, values: years.map((y) => m.get(y) ?? null) })
  series.sort((a, b) => (lastValue(b.values) ?? -1) - (lastValue(a.values) ?? -1))
  return { years, series }
}

function lastValue(values: readonly (number | null)[]): number | null {
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i]
    if (v !== null && v !== undefined) return v
  }
  return null
}

export interface RankedEntry {
  readonly entityId: string
  readonly value: number
}

/** Figures of one year, largest first (entities without a figure are left out). */
export function rankedForYear(
  observations: readonly Observation[],
  year: number,
  include: (entityId: string) => boolean,
): RankedEntry[] {
  const out: RankedEntry[] = []
  for (const o of observations)
    if (o.year === year && o.value !== null && include(o.entityId))
      out.push({ entityId: o.entityId, value: o.value })
  return out.sort((a, b) => b.value - a.value || a.entityId.localeCompare(b.entityId))
}

/** Sorts ranked entries: by value (either way, ties by name) or by name. */
export function sortEntries(
  entries: readonly RankedEntry[],
  order: SortOrder,
  nameOf: (id: string) => string,
): RankedEntry[] {
  const byName = (a: RankedEntry, b: RankedEntry) =>
    nameOf(a.entityId).localeCompare(nameOf(b.entityId))
  const sorted = [...entries]
  if (order === 'name') return sorted.sort(byName)
  const sign = order === 'value-desc' ? -1 : 1
  return sorted.sort((a, b) => sign * (a.value - b.value) || byName(a, b))
}

/** A count per million people for one entity and year (computed here); null if either is missing. */
export function perMillionFor(
  value: number | null,
  entityId: string,
  year: number,
  population: PopulationLookup,
): number | null {
  return perMillion(value, population(entityId, year))
}
