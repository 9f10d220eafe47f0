/**
 * Population and GDP as columnar reference series, from a World Bank table (year, code,
 * value): data/sources/population.csv and gdp.csv as supplied, or a vintage the refresh
 * fetched. Countries of countries.csv and WLD, the World Bank's world total, are kept; the
 * World Bank's other aggregates (EUU, HIC …) are not countries and are left out.
 */
import type { FixtureReferenceSeries, FixtureSource } from '../../mocks/data/types'
import { cell, compare, parseNumber, requireInteger, requireNumber, type Table } from './csv'
import type { Context } from './entities'

export interface ReferenceTable {
  readonly table: Table
  readonly indicatorId: FixtureReferenceSeries['indicatorId']
  readonly edition: FixtureReferenceSeries['edition']
  readonly valueColumn: string
  readonly source: FixtureSource
  /**
   * Whether an empty value is kept as null (the API answers null where it has no figure);
   * the supplied files have a figure in every row, so an empty cell there throws.
   */
  readonly nullable: boolean
}

export function buildReferenceSeries(ctx: Context, spec: ReferenceTable): FixtureReferenceSeries {
  const { table, indicatorId, edition, valueColumn, source, nullable } = spec
  const sourceId = ctx.sources.add(source)
  const years = table.rows.map((row, i) =>
    requireInteger(cell(row, 'year'), `${table.file}:${i + 2}`),
  )
  const startYear = Math.min(...years)
  const length = Math.max(...years) - startYear + 1
  const values = new Map<string, (number | null)[]>()
  const seen = new Set<string>()
  table.rows.forEach((row, i) => {
    const where = `${table.file}:${i + 2}`
    const code = cell(row, 'code')
    if (code !== 'WLD' && !ctx.countryIds.has(code)) return
    const year = requireInteger(cell(row, 'year'), where)
    if (seen.has(`${code}|${year}`)) throw new Error(`${where}: duplicate ${code} ${year}`)
    seen.add(`${code}|${year}`)
    const series = values.get(code) ?? new Array<number | null>(length).fill(null)
    const text = cell(row, valueColumn)
    series[year - startYear] = nullable ? parseNumber(text, where) : requireNumber(text, where)
    values.set(code, series)
  })
  const sorted = [...values].sort(([a], [b]) => compare(a, b))
  return { indicatorId, edition, sourceId, startYear, values: Object.fromEntries(sorted) }
}
