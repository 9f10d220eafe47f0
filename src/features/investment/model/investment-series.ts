/**
 * The series the Private Investment panel draws, before labels: the ranked entries of one year
 * and the trend lines, normalised and transformed. Pure: no React, no pixels.
 */
import type { Observation } from '../../../api/schemas'
import type { Normalisation } from '../../../domain/view'
import { latestYear } from '../../../lib/years'
import { cumulate, indexToBase, normaliseValue, type NormaliseInputs } from './normalise-series'

export interface YearEntry {
  readonly entityId: string
  readonly value: number | null
  /** The figure before normalisation (US$ bn), for tooltips and exports. */
  readonly raw: number | null
  readonly origin: Observation['origin']
  readonly coverage: Observation['coverage']
  readonly sourceId: string | null
}

export interface TrendSeries {
  readonly entityId: string
  readonly values: readonly (number | null)[]
}

export interface InvestmentSeries {
  readonly year: number
  readonly years: readonly number[]
  readonly ranked: readonly YearEntry[]
  readonly trend: readonly TrendSeries[]
}

export interface ViewOptions {
  readonly year: number | null
  readonly range: readonly [number, number] | null
  readonly norm: Normalisation
  readonly cumulative: boolean
  readonly base: number | null
  readonly includes: (entityId: string) => boolean
  /** Countries picked explicitly: listed even without a figure ("no data"). */
  readonly picked?: readonly string[]
}

function byValueDesc(a: YearEntry, b: YearEntry): number {
  if (a.value === null && b.value === null) return a.entityId.localeCompare(b.entityId)
  if (a.value === null) return 1
  if (b.value === null) return -1
  return b.value - a.value
}

/** Builds the panel's view; null when the edition has no figure at all. */
export function buildInvestmentSeries(
  observations: readonly Observation[],
  groupObservations: readonly Observation[],
  inputs: NormaliseInputs,
  options: ViewOptions,
): InvestmentSeries | null {
  const withData = observations.filter((o) => o.value !== null)
  if (withData.length === 0) return null
  const allYears = [...new Set(withData.map((o) => o.year))].sort((a, b) => a - b)
  const latest = allYears[allYears.length - 1] ?? 0
  // A single year obeys the Year filter: the year itself, else the latest with data before it.
  const year = latestYear(withData, options.year) ?? options.year ?? latest
  const [from, to] = options.range ?? [allYears[0] ?? year, latest]
  const years = allYears.filter((y) => y >= from && y <= to)

  const entry = (o: Observation): YearEntry => ({
    entityId: o.entityId,
    value: normaliseValue(o, options.norm, inputs),
    raw: o.value,
    origin: o.origin,
    coverage: o.coverage,
    sourceId: o.sourceId,
  })
  const reportedRows = observations
    .filter((o) => o.year === year && options.includes(o.entityId))
    .map(entry)
  const present = new Set(reportedRows.map((r) => r.entityId))
  const gaps: YearEntry[] = (options.picked ?? [])
    .filter((id) => !present.has(id))
    .map((entityId) => ({
      entityId,
      value: null,
      raw: null,
      origin: 'reported',
      coverage: null,
      sourceId: null,
    }))
  const ranked = [
    ...groupObservations.filter((o) => o.year === year).map(entry),
    ...[...reportedRows, ...gaps].sort(byValueDesc),
  ]

  // Trend lines: entities in scope with at least two years of figures in the range.
  const byEntity = new Map<string, Map<number, Observation>>()
  for (const o of [...groupObservations, ...observations]) {
    if (o.origin === 'reported' && !options.includes(o.entityId)) continue
    const m = byEntity.get(o.entityId) ?? new Map<number, Observation>()
    m.set(o.year, o)
    byEntity.set(o.entityId, m)
  }
  const trend: TrendSeries[] = []
  for (const [entityId, points] of byEntity) {
    let values = years.map((y) => {
      const o = points.get(y)
      return o ? normaliseValue(o, options.norm, inputs) : null
    })
    if (values.filter((v) => v !== null).length < 2) continue
    if (options.cumulative) values = cumulate(values)
    if (options.base !== null) values = indexToBase(values, years.indexOf(options.base))
    trend.push({ entityId, values })
  }
  trend.sort(
    (a, b) =>
      (b.values[b.values.length - 1] ?? -Infinity) - (a.values[a.values.length - 1] ?? -Infinity),
  )
  return { year, years, ranked, trend }
}
