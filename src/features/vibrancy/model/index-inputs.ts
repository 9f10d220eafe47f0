/**
 * Assembles the raw inputs of the computed index from the API's observations. For each index
 * input: one edition (never mixed) and one data year, optionally per capita.
 * Edition rule: src/domain/editions.ts `nearestEdition` (a release with one edition, such as the
 * GVT 2022 indicators, is read in that edition).
 * Year rule: the latest year with country data, capped at the Year filter when one is set; an
 * input with `minCountries` only in a year where that many countries have a figure; an input
 * with `sameYear` only for the year the index speaks for (its annual flow's), never older.
 */
import type { EditionId, IndicatorId, Observation } from '../../../api/schemas'
import type { RawValues } from './composite-index'

export type PerCapitaRule = 'per-person' | 'per-million' | 'already'

export interface IndexInput {
  /** The index's own id (weights in the URL use it). */
  readonly id: string
  /** The API indicator it reads. */
  readonly indicator: IndicatorId
  readonly pillar: 'economy' | 'research'
  readonly label: string
  readonly perCapita: PerCapitaRule
  /** Fewest countries with a figure a data year needs to be used (coverage); default 1. */
  readonly minCountries?: number
  /** Used only with figures for the index's own data year (a release of fixed data years). */
  readonly sameYear?: boolean
  /** Stands in for another input of the same measure, only where that one is not used. */
  readonly replaces?: string
}

/**
 * The one declared list of the computed index's inputs: what it reads, its pillar and label,
 * how it goes per capita, and when its coverage allows it in.
 */
export const INDEX_INPUTS: readonly IndexInput[] = [
  {
    id: 'investment-latest',
    indicator: 'private-investment',
    pillar: 'economy',
    label: 'Private AI investment, latest year',
    perCapita: 'per-person',
    // A min–max over the US and China alone (AI Index 2026 before 2025) ranks China last.
    minCountries: 5,
  },
  {
    id: 'investment-cumulative',
    indicator: 'private-investment-cumulative',
    pillar: 'economy',
    label: 'Private AI investment, cumulative since 2013',
    perCapita: 'per-person',
  },
  {
    id: 'newly-funded',
    indicator: 'newly-funded-ai-companies',
    pillar: 'economy',
    label: 'Newly funded AI companies',
    perCapita: 'per-million',
    // By country only for 2025 (15 countries); earlier years list the US and China alone.
    minCountries: 10,
  },
  {
    id: 'job-postings',
    indicator: 'ai-job-postings-share',
    pillar: 'economy',
    label: 'AI job postings, share of all postings',
    perCapita: 'already',
  },
  {
    id: 'data-centres',
    indicator: 'data-centres',
    pillar: 'economy',
    label: 'Data centres (Cloudscene count)',
    perCapita: 'per-million',
  },
  {
    id: 'gvt-investment',
    indicator: 'gvt-private-investment',
    pillar: 'economy',
    label: 'Private AI investment (GVT 2022 release)',
    // In US$ (not bn): per million people, the scale of a count.
    perCapita: 'per-million',
    sameYear: true,
    replaces: 'investment-latest',
  },
  {
    id: 'gvt-newly-funded',
    indicator: 'gvt-newly-funded-companies',
    pillar: 'economy',
    label: 'Newly funded AI companies (GVT 2022 release)',
    perCapita: 'per-million',
    sameYear: true,
  },
  {
    id: 'gvt-skill-penetration',
    indicator: 'gvt-relative-ai-skill-penetration',
    pillar: 'economy',
    label: 'Relative AI skill penetration (GVT 2022 release)',
    perCapita: 'already',
    sameYear: true,
  },
  {
    id: 'gvt-talent',
    indicator: 'gvt-ai-talent-concentration',
    pillar: 'economy',
    label: 'AI talent concentration (GVT 2022 release)',
    perCapita: 'already',
    sameYear: true,
  },
  {
    id: 'patents-per-100k',
    indicator: 'ai-patents-per-100k',
    pillar: 'research',
    label: 'Granted AI patents per 100k inhabitants',
    perCapita: 'already',
  },
  {
    id: 'models-cumulative',
    indicator: 'notable-models-cumulative',
    pillar: 'research',
    label: 'Notable ML models, cumulative',
    perCapita: 'per-million',
  },
  {
    id: 'gvt-journal',
    indicator: 'gvt-journal-publications',
    pillar: 'research',
    label: 'AI journal publications (GVT 2022 release)',
    perCapita: 'per-million',
    sameYear: true,
  },
  {
    id: 'gvt-conference',
    indicator: 'gvt-conference-publications',
    pillar: 'research',
    label: 'AI conference publications (GVT 2022 release)',
    perCapita: 'per-million',
    sameYear: true,
  },
  {
    id: 'gvt-repository',
    indicator: 'gvt-repository-publications',
    pillar: 'research',
    label: 'AI repository publications (GVT 2022 release)',
    perCapita: 'per-million',
    sameYear: true,
  },
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
  /** Fewest countries an input's year needs; default: the input's `minCountries`, else 1. */
  readonly minCountries?: (input: IndexInput) => number
}

/** The unit of an index input after the per-capita switch. */
export function unitOf(rule: PerCapitaRule, unit: string, perCapita: boolean): string {
  if (!perCapita || rule === 'already') return unit
  return rule === 'per-person' ? 'US$ per person' : `${unit} per million people`
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
  {
    perCapita,
    population,
    maxYear,
    isCountry,
    minCountries = (i: IndexInput) => i.minCountries ?? 1,
  }: InputOptions,
): { raw: RawValues; used: InputColumn[] } {
  const raw = new Map<string, Map<string, number | null>>()
  const used: InputColumn[] = []
  const take = (column: (typeof columns)[number], spec: IndexInput, onlyYear: number | null) => {
    const withData = column.observations.filter(
      (o) =>
        o.value !== null &&
        o.edition === column.edition &&
        isCountry(o.entityId) &&
        (maxYear === null || o.year <= maxYear) &&
        (onlyYear === null || o.year === onlyYear),
    )
    // The latest year with enough countries (coverage).
    const counts = new Map<number, number>()
    for (const o of withData) counts.set(o.year, (counts.get(o.year) ?? 0) + 1)
    const years = [...counts].filter(([, n]) => n >= minCountries(spec)).map(([y]) => y)
    if (years.length === 0) return
    const year = Math.max(...years)
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
  const specOf = (id: string) => INDEX_INPUTS.find((s) => s.id === id)
  for (const column of columns) {
    const spec = specOf(column.id)
    if (spec && !spec.sameYear) take(column, spec, null)
  }
  // Inputs of fixed data years only for the year the index speaks for.
  const year = referenceYear(used)
  for (const column of columns) {
    const spec = specOf(column.id)
    if (spec?.sameYear && year !== null && !(spec.replaces && raw.has(spec.replaces)))
      take(column, spec, year)
  }
  // In the declared order, whatever the order of the answers.
  const order = (id: string) => INDEX_INPUTS.findIndex((s) => s.id === id)
  used.sort((a, b) => order(a.id) - order(b.id))
  return { raw, used }
}

/** The year the index speaks for: that of its one annual flow (investment in the latest year). */
export function referenceYear(used: readonly InputColumn[]): number | null {
  const flow = used.find((u) => u.id === 'investment-latest')
  if (flow) return flow.year
  return used.length > 0 ? Math.max(...used.map((u) => u.year)) : null
}
