/**
 * Assembles the raw inputs of the computed index from the API's observations. For each index
 * indicator: one edition (never mixed) and one data year, optionally per capita.
 * Edition rule: src/domain/editions.ts `nearestEdition`.
 * Year rule: the latest year with country data, capped at the Year filter when one is set.
 */
import type { EditionId, IndicatorId, Observation } from '../../../api/schemas'
import type { RawValues } from './composite-index'

export type PerCapitaRule = 'per-person' | 'per-million' | 'already'

/** Which API indicator feeds each index indicator, and how it goes per capita. */
export const SOURCES: readonly {
  readonly id: string
  readonly indicator: IndicatorId
  readonly perCapita: PerCapitaRule
}[] = [
  { id: 'investment-latest', indicator: 'private-investment', perCapita: 'per-person' },
  {
    id: 'investment-cumulative',
    indicator: 'private-investment-cumulative',
    perCapita: 'per-person',
  },
  { id: 'patents-per-100k', indicator: 'ai-patents-per-100k', perCapita: 'already' },
  { id: 'models-cumulative', indicator: 'notable-models-cumulative', perCapita: 'per-million' },
]

export interface InputColumn {
  readonly id: string
  readonly indicator: IndicatorId
  readonly edition: EditionId
  /** The data year used (for cumulative indicators, the end of the period). */
  readonly year: number
  readonly period: string | null
  readonly unit: string
  /** Source ids of the figures used (usually one). */
  readonly sourceIds: readonly string[]
  /** Per capita: the population year used when the data year has none (WDI ends in 2024). */
  readonly populationYear: number | null
}

export interface InputOptions {
  readonly perCapita: boolean
  readonly population: (entityId: string, year: number) => number | null
  /** Year filter: use the latest year up to it; null = the latest year with data. */
  readonly maxYear: number | null
  /** Which ids are countries (aggregates such as World never set the data year). */
  readonly isCountry: (entityId: string) => boolean
}

/** The unit of an index input after the per-capita switch. */
export function unitOf(rule: PerCapitaRule, unit: string, perCapita: boolean): string {
  if (!perCapita || rule === 'already') return unit
  return rule === 'per-person' ? 'US$ per person' : 'models per million people'
}

/** Population of the data year, or of the nearest earlier year within two (WDI lags). */
function populationFor(
  population: InputOptions['population'],
  entityId: string,
  year: number,
): { value: number; year: number } | null {
  for (let y = year; y >= year - 2; y--) {
    const value = population(entityId, y)
    if (value !== null && value > 0) return { value, year: y }
  }
  return null
}

/** Raw values by index indicator, and what was used for each. */
export function buildRawValues(
  columns: readonly {
    readonly id: string
    readonly edition: EditionId
    readonly observations: readonly Observation[]
  }[],
  { perCapita, population, maxYear, isCountry }: InputOptions,
): { raw: RawValues; used: InputColumn[] } {
  const raw = new Map<string, Map<string, number | null>>()
  const used: InputColumn[] = []
  for (const column of columns) {
    const spec = SOURCES.find((s) => s.id === column.id)
    const withData = column.observations.filter(
      (o) =>
        o.value !== null &&
        o.edition === column.edition &&
        isCountry(o.entityId) &&
        (maxYear === null || o.year <= maxYear),
    )
    if (!spec || withData.length === 0) continue
    const year = Math.max(...withData.map((o) => o.year))
    const values = new Map<string, number | null>()
    let populationYear: number | null = null
    const rows = withData.filter((o) => o.year === year)
    for (const o of rows) {
      if (o.value === null) continue
      if (!perCapita || spec.perCapita === 'already') {
        values.set(o.entityId, o.value)
        continue
      }
      const pop = populationFor(population, o.entityId, year)
      if (pop && pop.year !== year) populationYear = pop.year
      // US$ bn → US$ per person; a count → per million people. No population: no figure.
      const scale = spec.perCapita === 'per-person' ? 1e9 : 1e6
      values.set(o.entityId, pop ? (o.value * scale) / pop.value : null)
    }
    raw.set(column.id, values)
    used.push({
      id: column.id,
      indicator: spec.indicator,
      edition: column.edition,
      year,
      period: rows[0]?.period ?? null,
      unit: unitOf(spec.perCapita, rows[0]?.unit ?? '', perCapita),
      sourceIds: [...new Set(rows.map((o) => o.sourceId).filter((s): s is string => s !== null))],
      populationYear,
    })
  }
  return { raw, used }
}

/** The year the index speaks for: that of its one annual flow (investment in the latest year). */
export function referenceYear(used: readonly InputColumn[]): number | null {
  const flow = used.find((u) => u.id === 'investment-latest')
  if (flow) return flow.year
  return used.length > 0 ? Math.max(...used.map((u) => u.year)) : null
}
