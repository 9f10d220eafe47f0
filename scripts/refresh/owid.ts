/**
 * Our World in Data grapher adapter: a chart's full CSV with short column names
 * (`entity,code,year,<short name>`) and its metadata JSON (unit, last update). The CSV is kept
 * byte for byte as answered; here it is only checked: the columns, a year per row, a plain
 * decimal or nothing per value, and a unit that is still the series' (owid-series.ts).
 * SOURCES.md warns that the long header changed in the 2026 update, so the value column is
 * found by its short name, or by position when the header has exactly four columns.
 */
import { parse } from 'csv-parse/sync'
import { z } from '../../src/api/zod'
import type { OwidSeries } from '../data/owid-series'
import { fetchText, RefreshError, type FetchLike } from './http'

export const OWID_GRAPHER = 'https://ourworldindata.org/grapher'

const QUERY = 'v=1&csvType=full&useColumnShortNames=true'

export const owidCsvUrl = (slug: string) => `${OWID_GRAPHER}/${slug}.csv?${QUERY}`
export const owidMetadataUrl = (slug: string) => `${OWID_GRAPHER}/${slug}.metadata.json?${QUERY}`

const ColumnSchema = z.looseObject({
  shortName: z.string().optional(),
  unit: z.string(),
  lastUpdated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
})

const MetadataSchema = z.looseObject({
  chart: z.looseObject({ title: z.string() }),
  columns: z.record(z.string(), ColumnSchema),
})

export interface OwidAnswer {
  readonly series: OwidSeries
  readonly url: string
  readonly metadataUrl: string
  /** The CSV and the metadata as answered. */
  readonly csv: string
  readonly metadata: string
  readonly valueColumn: string
  readonly valueColumnBy: 'short-name' | 'position'
  readonly unit: string
  readonly lastUpdated: string
  readonly rows: number
}

const DECIMAL = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/

function checkCsv(series: OwidSeries, text: string, url: string) {
  let records: string[][]
  try {
    records = parse(text, { bom: true, skip_empty_lines: true })
  } catch (error) {
    throw new RefreshError(
      'format',
      `OWID's CSV for ${series.slug} does not parse: ${String(error)}`,
    )
  }
  const [header, ...rows] = records
  const fail = (why: string) => new RefreshError('format', `OWID's CSV at ${url}: ${why}`)
  if (header === undefined) throw fail('empty')
  if (header[0] !== 'entity' || header[1] !== 'code' || header[2] !== 'year') {
    throw fail(`expected entity,code,year first, found ${header.slice(0, 3).join(',')}`)
  }
  const byName = header.indexOf(series.shortName)
  const index = byName !== -1 ? byName : header.length === 4 ? 3 : -1
  const valueColumn = header[index]
  if (valueColumn === undefined) {
    throw fail(`no column ${series.shortName} among ${header.join(',')}`)
  }
  rows.forEach((row, i) => {
    const line = i + 2
    if (row.length !== header.length) throw fail(`line ${line} has ${row.length} cells`)
    if (!/^\d{4}$/.test(row[2] ?? '')) throw fail(`line ${line}: year ${JSON.stringify(row[2])}`)
    const value = row[index] ?? ''
    if (value !== '' && !DECIMAL.test(value)) {
      throw fail(`line ${line}: value ${JSON.stringify(value)} is not a number`)
    }
  })
  return {
    valueColumn,
    valueColumnBy: byName !== -1 ? ('short-name' as const) : ('position' as const),
    rows: rows.length,
  }
}

function checkMetadata(series: OwidSeries, text: string, valueColumn: string, url: string) {
  const fail = (why: string) => new RefreshError('format', `OWID's metadata at ${url}: ${why}`)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw fail('not JSON')
  }
  const parsed = MetadataSchema.safeParse(json)
  if (!parsed.success) throw fail(z.prettifyError(parsed.error))
  const columns = parsed.data.columns
  const column =
    columns[valueColumn] ?? Object.values(columns).find((c) => c.shortName === series.shortName)
  if (column === undefined) throw fail(`no column ${valueColumn}`)
  // A new deflator base or currency is another series: refuse it, never relabel it.
  if (!series.unit.test(column.unit)) {
    throw fail(`the unit is now ${JSON.stringify(column.unit)}, not ${String(series.unit)}`)
  }
  return { unit: column.unit, lastUpdated: column.lastUpdated }
}

/** The chart's CSV and metadata, checked; throws a RefreshError when either will not do. */
export async function fetchOwidSeries(
  fetch: FetchLike,
  series: OwidSeries,
  progress: (line: string) => void = () => undefined,
): Promise<OwidAnswer> {
  const url = owidCsvUrl(series.slug)
  const metadataUrl = owidMetadataUrl(series.slug)
  progress(`OWID ${series.slug}: CSV and metadata`)
  const csv = await fetchText(fetch, url)
  const metadata = await fetchText(fetch, metadataUrl)
  const { valueColumn, valueColumnBy, rows } = checkCsv(series, csv, url)
  const { unit, lastUpdated } = checkMetadata(series, metadata, valueColumn, metadataUrl)
  return {
    series,
    url,
    metadataUrl,
    csv,
    metadata,
    valueColumn,
    valueColumnBy,
    unit,
    lastUpdated,
    rows,
  }
}
