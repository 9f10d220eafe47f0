/**
 * Assembles the raw inputs of the computed index from the API's observations: for each index
 * indicator, one edition (the selected AI Index edition when it has the indicator, otherwise the
 * newest that does — never mixed) and its latest year, optionally per capita.
 */
import type { EditionId, Indicator, IndicatorId, Observation } from '../../../api/schemas'
import type { RawValues } from './composite-index'

/** Which API indicator feeds each index indicator, and how it goes per capita. */
export const SOURCES: readonly {
  readonly id: string
  readonly indicator: IndicatorId
  readonly perCapita: 'per-person' | 'per-million' | 'already'
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

/** The edition an index indicator uses: the selected one if it has data, else the newest. */
export function editionFor(
  indicator: Indicator | undefined,
  selected: EditionId,
): EditionId | null {
  if (!indicator) return null
  const aiIndex = indicator.editions.filter(
    (e) => e.startsWith('aiindex-') && e !== 'aiindex-2026-charts',
  )
  return aiIndex.includes(selected) ? selected : (aiIndex[0] ?? null)
}

export interface InputColumn {
  readonly id: string
  readonly edition: EditionId
  /** The data year used (for cumulative indicators, the end of the period). */
  readonly year: number
  readonly period: string | null
}

/** Raw values by index indicator, from the latest year of each indicator's observations. */
export function buildRawValues(
  columns: readonly {
    readonly id: string
    readonly edition: EditionId
    readonly observations: readonly Observation[]
  }[],
  perCapita: boolean,
  population: (entityId: string, year: number) => number | null,
): { raw: RawValues; used: InputColumn[] } {
  const raw = new Map<string, Map<string, number | null>>()
  const used: InputColumn[] = []
  for (const column of columns) {
    const spec = SOURCES.find((s) => s.id === column.id)
    const withData = column.observations.filter((o) => o.value !== null)
    const year = Math.max(...withData.map((o) => o.year))
    if (!spec || !Number.isFinite(year)) continue
    const values = new Map<string, number | null>()
    for (const o of withData) {
      if (o.year !== year || o.value === null) continue
      if (!perCapita || spec.perCapita === 'already') {
        values.set(o.entityId, o.value)
        continue
      }
      // Population of the data year, or the latest year before it (WDI ends in 2024).
      let pop: number | null = null
      for (let y = year; y >= year - 2 && pop === null; y--) pop = population(o.entityId, y)
      values.set(
        o.entityId,
        pop ? (o.value * (spec.perCapita === 'per-person' ? 1e9 : 1e6)) / pop : null,
      )
    }
    raw.set(column.id, values)
    used.push({
      id: column.id,
      edition: column.edition,
      year,
      period: withData.find((o) => o.year === year)?.period ?? null,
    })
  }
  return { raw, used }
}
