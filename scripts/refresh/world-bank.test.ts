// @vitest-environment node
/**
 * The World Bank adapter on recorded API v2 answers (scripts/refresh/fixtures/worldbank),
 * served by the msw node server of the test setup: paging, aggregates, nulls, and the ways an
 * answer can be wrong.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { http, HttpResponse } from 'msw'
import { server } from '../../mocks/node'
import { readCsv } from '../data/csv'
import { recordedHandlers } from './recorded'
import { FIXTURES, recording, spyingFetch } from './test-helpers'
import {
  fetchWorldBankSeries,
  keepCountries,
  worldBankCsv,
  worldBankUrl,
  type WorldBankRecord,
} from './world-bank'

const YEARS = { from: 2010, to: 2026 }
const BASE = 'https://api.worldbank.org/v2/country/all/indicator/SP.POP.TOTL'
const COUNTRIES = new Set(['CHN', 'DEU', 'USA'])

beforeEach(() => server.use(...recordedHandlers(FIXTURES)))

/** Answers SP.POP.TOTL page n with the recording of page n edited by `edit`. */
function editedPages(edit: (page: unknown[], n: number) => unknown[]) {
  server.use(
    http.get(BASE, ({ request }) => {
      const n = Number(new URL(request.url).searchParams.get('page'))
      const page = JSON.parse(recording(`worldbank/SP.POP.TOTL.page-${n}.json`)) as unknown[]
      return HttpResponse.json(edit(page, n))
    }),
  )
}

describe('World Bank API v2', () => {
  it('asks for every economy, as JSON, in one large page at a time', () => {
    expect(worldBankUrl('SP.POP.TOTL', YEARS)).toBe(
      `${BASE}?format=json&date=2010:2026&per_page=20000`,
    )
  })

  it('follows the pages the answer announces, with its User-Agent', async () => {
    const { fetch, requests } = spyingFetch()
    const answer = await fetchWorldBankSeries(fetch, 'SP.POP.TOTL', YEARS)
    expect(requests.map((r) => r.url)).toEqual([
      `${BASE}?format=json&date=2010:2026&per_page=20000&page=1`,
      `${BASE}?format=json&date=2010:2026&per_page=20000&page=2`,
    ])
    expect(requests.every((r) => r.userAgent?.startsWith('AI-Monitor-data-refresh/'))).toBe(true)
    expect(answer).toMatchObject({ pages: 2, lastUpdated: '2025-07-01', sourceId: '2' })
    expect(answer.records).toHaveLength(80)
    // Germany starts on page 1 (2025, 2024) and ends on page 2 (2023 … 2010).
    const germany = answer.records.filter((r) => r.code === 'DEU')
    expect(germany.map((r) => r.year)).toEqual([
      2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015, 2014, 2013, 2012, 2011,
      2010,
    ])
  })

  it('keeps the countries and World, drops the aggregates, and keeps a null as null', async () => {
    const { fetch } = spyingFetch()
    const answer = await fetchWorldBankSeries(fetch, 'SP.POP.TOTL', YEARS)
    const { kept, dropped } = keepCountries(answer.records, COUNTRIES)
    expect(dropped).toEqual(['EUU'])
    expect(kept).toHaveLength(64)
    expect([...new Set(kept.map((r) => r.code))].sort()).toEqual(['CHN', 'DEU', 'USA', 'WLD'])
    expect(kept.find((r) => r.code === 'DEU' && r.year === 2025)?.value).toBeNull()
    expect(kept.find((r) => r.code === 'USA' && r.year === 2024)?.value).toBe(340110990)
    const lines = worldBankCsv(kept, 'population').split('\n')
    expect(lines[0]).toBe('year,name,code,population')
    expect(lines).toContain('2025,Germany,DEU,')
    expect(lines).toContain('2024,United States,USA,340110990')
    expect(lines[1]).toBe('2010,China,CHN,1337705000')
  })

  it('writes GDP with the decimals the API gives, exactly', async () => {
    const { fetch } = spyingFetch()
    const answer = await fetchWorldBankSeries(fetch, 'NY.GDP.MKTP.CD', YEARS)
    expect(answer.pages).toBe(1)
    const { kept } = keepCountries(answer.records, COUNTRIES)
    expect(worldBankCsv(kept, 'gdp_usd_current').split('\n')).toContain(
      '2023,China,CHN,18270356654533.4',
    )
  })

  it('quotes names with commas and quotes, so the build reads them back cell for cell', () => {
    const records: WorldBankRecord[] = [
      { code: 'KOR', name: 'Korea, Rep.', year: 2024, value: 51751065 },
      { code: 'CIV', name: 'Cote d"Ivoire', year: 2024, value: null },
    ]
    const text = worldBankCsv(records, 'population')
    expect(text).toBe(
      'year,name,code,population\n2024,"Cote d""Ivoire",CIV,\n2024,"Korea, Rep.",KOR,51751065\n',
    )
    const dir = mkdtempSync(join(tmpdir(), 'wb-csv-'))
    try {
      writeFileSync(join(dir, 'population.csv'), text)
      expect(readCsv(dir, 'population.csv', ['year', 'name', 'code', 'population']).rows).toEqual([
        { year: '2024', name: 'Cote d"Ivoire', code: 'CIV', population: '' },
        { year: '2024', name: 'Korea, Rep.', code: 'KOR', population: '51751065' },
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses an answer with fewer records than its total', async () => {
    editedPages((page) => {
      const [header, rows] = page as [Record<string, unknown>, unknown[]]
      return [{ ...header, total: 81 }, rows]
    })
    const { fetch } = spyingFetch()
    await expect(fetchWorldBankSeries(fetch, 'SP.POP.TOTL', YEARS)).rejects.toThrow(
      "the World Bank's answer for SP.POP.TOTL is incomplete: 80 of 81 records",
    )
  })

  it('refuses pages of two vintages (WDI updated while fetching)', async () => {
    editedPages((page, n) => {
      const [header, rows] = page as [Record<string, unknown>, unknown[]]
      return n === 2 ? [{ ...header, lastupdated: '2025-07-15' }, rows] : page
    })
    const { fetch } = spyingFetch()
    await expect(fetchWorldBankSeries(fetch, 'SP.POP.TOTL', YEARS)).rejects.toThrow(
      'WDI was updated while fetching SP.POP.TOTL (2025-07-01, then 2025-07-15); run the refresh again',
    )
  })

  it("reports the World Bank's own refusal and an HTTP error in words", async () => {
    const { fetch } = spyingFetch()
    await expect(fetchWorldBankSeries(fetch, 'XX.NOT.THERE', YEARS)).rejects.toThrow(
      /the World Bank refused .*XX\.NOT\.THERE.* \(Invalid value: No recording for this request\)/,
    )
    server.use(http.get(BASE, () => new HttpResponse('busy', { status: 503 })))
    await expect(fetchWorldBankSeries(fetch, 'SP.POP.TOTL', YEARS)).rejects.toThrow(
      `api.worldbank.org answered HTTP 503 Service Unavailable for ${BASE}?format=json&date=2010:2026&per_page=20000&page=1: busy`,
    )
  })
})
