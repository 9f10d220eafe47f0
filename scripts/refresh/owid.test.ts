// @vitest-environment node
/**
 * The OWID grapher adapter on a recorded CSV (short column names) and metadata JSON, served
 * by the msw node server: the value column by short name or position, the unit check, and
 * OWID's refusal of anonymous clients.
 */
import { http, HttpResponse } from 'msw'
import { server } from '../../mocks/node'
import { owidSeries } from '../data/owid-series'
import { fetchText } from './http'
import { fetchOwidSeries, owidCsvUrl, owidMetadataUrl } from './owid'
import { recordedHandlers } from './recorded'
import { FIXTURES, recording, spyingFetch } from './test-helpers'

const SLUG = 'private-investment-in-artificial-intelligence'
const SERIES = owidSeries(SLUG)
const CSV = `https://ourworldindata.org/grapher/${SLUG}.csv`
const METADATA = `https://ourworldindata.org/grapher/${SLUG}.metadata.json`

beforeEach(() => server.use(...recordedHandlers(FIXTURES)))

function answer(url: string, body: string) {
  server.use(http.get(url, () => new HttpResponse(body)))
}

describe('OWID grapher', () => {
  it('asks for the full CSV with short column names, and its metadata', () => {
    expect(owidCsvUrl(SLUG)).toBe(`${CSV}?v=1&csvType=full&useColumnShortNames=true`)
    expect(owidMetadataUrl(SLUG)).toBe(`${METADATA}?v=1&csvType=full&useColumnShortNames=true`)
  })

  it('keeps the CSV as answered and reads unit and update date from the metadata', async () => {
    const { fetch, requests } = spyingFetch()
    const a = await fetchOwidSeries(fetch, SERIES)
    expect(requests.map((r) => r.url)).toEqual([owidCsvUrl(SLUG), owidMetadataUrl(SLUG)])
    expect(a.csv).toBe(recording(`owid/${SLUG}.csv`))
    expect(a.metadata).toBe(recording(`owid/${SLUG}.metadata.json`))
    expect(a).toMatchObject({
      valueColumn: 'private_investment',
      valueColumnBy: 'short-name',
      unit: 'constant 2021 US$',
      lastUpdated: '2026-04-20',
      rows: 53,
    })
  })

  it('takes the 4th column by position when the header carries a long title', async () => {
    const long = 'Private investment in AI by region'
    answer(CSV, recording(`owid/${SLUG}.csv`).replace('private_investment', long))
    const metadata = JSON.parse(recording(`owid/${SLUG}.metadata.json`)) as {
      columns: Record<string, unknown>
    }
    // With long names the metadata is keyed by the title; the short name is inside.
    metadata.columns = { [long]: metadata.columns.private_investment }
    answer(METADATA, JSON.stringify(metadata))
    const a = await fetchOwidSeries(spyingFetch().fetch, SERIES)
    expect(a).toMatchObject({ valueColumn: long, valueColumnBy: 'position', rows: 53 })
  })

  it('refuses a changed unit: another deflator base is another series', async () => {
    answer(
      METADATA,
      recording(`owid/${SLUG}.metadata.json`).replace('"constant 2021 US$"', '"constant 2024 US$"'),
    )
    await expect(fetchOwidSeries(spyingFetch().fetch, SERIES)).rejects.toThrow(
      `OWID's metadata at ${owidMetadataUrl(SLUG)}: the unit is now "constant 2024 US$", not /^constant 2021 US\\$/`,
    )
  })

  it.each([
    [
      'entity,code,day,private_investment\nChina,CHN,2024-01-01,1\n',
      /expected entity,code,year first/,
    ],
    ['entity,code,year,private_investment\nChina,CHN,2024,1.2bn\n', /line 2: value "1.2bn"/],
    ['entity,code,year,a,b\nChina,CHN,2024,1,2\n', /no column private_investment among/],
  ])('refuses a CSV not in the expected shape: %j', async (csv, message) => {
    answer(CSV, csv)
    await expect(fetchOwidSeries(spyingFetch().fetch, SERIES)).rejects.toThrow(message)
  })

  it('sends a descriptive User-Agent, which OWID requires (it refuses generic ones)', async () => {
    const generic = (url: string, init: RequestInit) =>
      fetch(url, { ...init, headers: { 'User-Agent': 'node' } })
    await expect(fetchText(generic, owidCsvUrl(SLUG))).rejects.toThrow(
      `ourworldindata.org answered HTTP 403 Forbidden for ${owidCsvUrl(SLUG)}: Forbidden`,
    )
    const { fetch: ours, requests } = spyingFetch()
    await expect(fetchText(ours, owidCsvUrl(SLUG))).resolves.toContain('entity,code,year')
    expect(requests[0]?.userAgent).toMatch(/^AI-Monitor-data-refresh\/0\.1 \(/)
  })
})
