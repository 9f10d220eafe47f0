/**
 * World Bank API v2 adapter: an indicator for every economy, as JSON pages
 * (`[ {page, pages, per_page, total, sourceid, lastupdated}, [records…] ]`), all pages followed.
 * The answer mixes countries with the World Bank's aggregates (EUU, HIC, "Arab World" …); only
 * the countries of data/sources/countries.csv are kept, and WLD, the world total the app
 * shows for "World", as data/sources/population.csv is read. A null value stays null.
 */
import { z } from '../../src/api/zod'
import { compare } from '../data/csv'
import { csvText } from './csv-text'
import { fetchText, RefreshError, type FetchLike } from './http'

export const WORLD_BANK_API = 'https://api.worldbank.org/v2'

/** The WDI series the app has, and the file and column each is kept in (as population.csv). */
export const WDI_SERIES = [
  {
    indicatorId: 'population',
    series: 'SP.POP.TOTL',
    file: 'population.csv',
    column: 'population',
  },
  { indicatorId: 'gdp', series: 'NY.GDP.MKTP.CD', file: 'gdp.csv', column: 'gdp_usd_current' },
] as const

export type WdiSeries = (typeof WDI_SERIES)[number]

/** The world total is kept beside the countries: the app's "World" entity (WLD). */
export const WORLD = 'WLD'

const count = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)])

const HeaderSchema = z.object({
  page: count,
  pages: count,
  per_page: count,
  total: count,
  sourceid: z.string().nullable(),
  lastupdated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
})

const RecordSchema = z.object({
  indicator: z.object({ id: z.string(), value: z.string() }),
  country: z.object({ id: z.string(), value: z.string() }),
  countryiso3code: z.string(),
  date: z.string().regex(/^\d{4}$/),
  value: z.number().nullable(),
})

const PageSchema = z.tuple([HeaderSchema, z.array(RecordSchema).nullable()])

/** How the API says it refused a request: `[{"message":[{"id","key","value"}]}]`. */
const ErrorSchema = z.tuple([
  z.object({ message: z.array(z.object({ key: z.string(), value: z.string() })) }),
])

export interface WorldBankRecord {
  /** ISO3 for countries; the World Bank's own code for aggregates (EUU, HIC …), or its id. */
  readonly code: string
  readonly name: string
  readonly year: number
  readonly value: number | null
}

export interface WorldBankAnswer {
  readonly series: string
  /** The request without its page parameter. */
  readonly url: string
  readonly pages: number
  readonly lastUpdated: string
  readonly sourceId: string
  readonly records: readonly WorldBankRecord[]
}

export interface YearRange {
  readonly from: number
  readonly to: number
}

/** Largest page the refresh asks for: the whole series in one or two requests. */
export const PER_PAGE = 20_000

export function worldBankUrl(series: string, years: YearRange, perPage = PER_PAGE): string {
  return `${WORLD_BANK_API}/country/all/indicator/${series}?format=json&date=${years.from}:${years.to}&per_page=${perPage}`
}

function parsePage(text: string, url: string): z.infer<typeof PageSchema> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new RefreshError('format', `the World Bank did not answer JSON for ${url}`)
  }
  const refused = ErrorSchema.safeParse(json)
  if (refused.success) {
    const why = refused.data[0].message.map((m) => `${m.key}: ${m.value}`).join('; ')
    throw new RefreshError('format', `the World Bank refused ${url} (${why})`)
  }
  const page = PageSchema.safeParse(json)
  if (!page.success) {
    throw new RefreshError(
      'format',
      `the World Bank's answer for ${url} is not in its API v2 format: ${z.prettifyError(page.error)}`,
    )
  }
  return page.data
}

/** Every record of `series` for `years`, following the answer's `pages`. */
export async function fetchWorldBankSeries(
  fetch: FetchLike,
  series: string,
  years: YearRange,
  progress: (line: string) => void = () => undefined,
): Promise<WorldBankAnswer> {
  const url = worldBankUrl(series, years)
  const records: WorldBankRecord[] = []
  let first: z.infer<typeof HeaderSchema> | null = null
  for (let page = 1; page <= (first?.pages ?? 1); page++) {
    const pageUrl = `${url}&page=${page}`
    progress(`World Bank ${series}: page ${page}${first ? ` of ${first.pages}` : ''}`)
    const [header, rows] = parsePage(await fetchText(fetch, pageUrl), pageUrl)
    first ??= header
    if (header.page !== page || header.pages !== first.pages || header.total !== first.total) {
      throw new RefreshError('format', `the World Bank's pages disagree at ${pageUrl}`)
    }
    // A database update between two pages would mix vintages in one file.
    if (header.lastupdated !== first.lastupdated) {
      throw new RefreshError(
        'format',
        `WDI was updated while fetching ${series} (${first.lastupdated}, then ${header.lastupdated}); run the refresh again`,
      )
    }
    for (const row of rows ?? []) {
      if (row.indicator.id !== series) {
        throw new RefreshError('format', `${pageUrl} holds ${row.indicator.id}, not ${series}`)
      }
      records.push({
        code: row.countryiso3code === '' ? row.country.id : row.countryiso3code,
        name: row.country.value,
        year: Number(row.date),
        value: row.value,
      })
    }
  }
  if (first === null || records.length !== first.total) {
    throw new RefreshError(
      'format',
      `the World Bank's answer for ${series} is incomplete: ${records.length} of ${first?.total ?? 0} records`,
    )
  }
  if (records.length === 0) throw new RefreshError('format', `the World Bank has no ${series} data`)
  return {
    series,
    url,
    pages: first.pages,
    lastUpdated: first.lastupdated,
    sourceId: first.sourceid ?? '',
    records,
  }
}

export interface KeptRecords {
  readonly kept: readonly WorldBankRecord[]
  /** The aggregates left out, by code, sorted. */
  readonly dropped: readonly string[]
}

/** The countries of countries.csv and WLD; every other code is an aggregate and is dropped. */
export function keepCountries(
  records: readonly WorldBankRecord[],
  countryIds: ReadonlySet<string>,
): KeptRecords {
  const isKept = (r: WorldBankRecord) => r.code === WORLD || countryIds.has(r.code)
  const dropped = new Set(records.filter((r) => !isKept(r)).map((r) => r.code))
  return { kept: records.filter(isKept), dropped: [...dropped].sort(compare) }
}

/**
 * The kept records as data/sources/population.csv has them (year, name, code, value), sorted
 * by code and year; a null is an empty cell. Numbers are written as JavaScript reads them from
 * the JSON (the shortest text of the same double): no rounding.
 */
export function worldBankCsv(records: readonly WorldBankRecord[], column: string): string {
  const sorted = [...records].sort((a, b) => compare(a.code, b.code) || a.year - b.year)
  return csvText(
    ['year', 'name', 'code', column],
    sorted.map((r) => [String(r.year), r.name, r.code, r.value === null ? '' : String(r.value)]),
  )
}
