/**
 * What the Research & talent panel draws: per-year series by area or country (gaps stay null,
 * never interpolated), the leading series of a crowded chart, one year's values by country and
 * several measures side by side. Pure; aggregates (Unknown, Rest of the world, Europe) are kept
 * as their own rows and never summed with countries.
 */
import type { Observation } from '../../../api/schemas'
import { fillYears, inRange } from '../../../lib/years'

export interface YearSeries {
  readonly entityId: string
  /** One value per year of `years`; null = no data for that year. */
  readonly values: readonly (number | null)[]
}

/**
 * Series by entity over the years in range, each year of the span present (a gap stays a gap):
 * entities with no figure in range are left out; `order` lists entity ids to put first.
 */
export function yearSeries(
  observations: readonly Observation[],
  include: (entityId: string) => boolean,
  range: readonly [number, number] | null,
  order: readonly string[] = [],
): { years: number[]; series: YearSeries[] } {
  const kept = observations.filter(
    (o) => o.value !== null && include(o.entityId) && inRange(o.year, range),
  )
  const years = fillYears(kept.map((o) => o.year))
  const byEntity = new Map<string, Map<number, number>>()
  for (const o of kept) {
    if (o.value === null) continue
    const m = byEntity.get(o.entityId) ?? new Map<number, number>()
    m.set(o.year, o.value)
    byEntity.set(o.entityId, m)
  }
  const rank = (id: string) => {
    const i = order.indexOf(id)
    return i === -1 ? order.length : i
  }
  const series = [...byEntity.entries()]
    .map(([entityId, m]) => ({ entityId, values: years.map((y) => m.get(y) ?? null) }))
    .sort((a, b) => rank(a.entityId) - rank(b.entityId) || lastOf(b) - lastOf(a))
  return { years, series }
}

/** The last figure of a series (-Infinity when it has none), for ordering. */
function lastOf(s: YearSeries): number {
  for (let i = s.values.length - 1; i >= 0; i--) {
    const v = s.values[i]
    if (v !== null && v !== undefined) return v
  }
  return -Infinity
}

/**
 * The `n` series with the largest last figure, plus `keep` (the highlighted country) when it
 * is not among them; in that order.
 */
export function leadingSeries(
  series: readonly YearSeries[],
  n: number,
  keep: string | null,
): YearSeries[] {
  const ranked = [...series].sort((a, b) => lastOf(b) - lastOf(a))
  const top = ranked.slice(0, n)
  const extra = ranked.find((s) => s.entityId === keep && !top.includes(s))
  return extra ? [...top, extra] : top
}

export interface MeasureRow {
  readonly entityId: string
  /** One value per measure, in the order given; null = no data. */
  readonly values: readonly (number | null)[]
}

/**
 * One year's values of several measures, one row per entity in scope with at least one figure
 * (in the order of first appearance; the caller orders them).
 */
export function measuresForYear(
  measures: readonly (readonly Observation[])[],
  year: number,
  include: (entityId: string) => boolean,
): MeasureRow[] {
  const ids: string[] = []
  const lookup = measures.map((obs) => {
    const m = new Map<string, number>()
    for (const o of obs)
      if (o.year === year && o.value !== null && include(o.entityId)) {
        m.set(o.entityId, o.value)
        if (!ids.includes(o.entityId)) ids.push(o.entityId)
      }
    return m
  })
  return ids.map((entityId) => ({
    entityId,
    values: lookup.map((m) => m.get(entityId) ?? null),
  }))
}
