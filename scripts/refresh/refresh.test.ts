// @vitest-environment node
/**
 * `npm run data:refresh` end to end on the recorded responses (msw node server) and a scratch
 * copy of data/sources: the dry run's diff, a new vintage written as a new edition and built
 * as one, the vintage recognised on a second run, and failures that leave the data untouched.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { http, HttpResponse } from 'msw'
import { server } from '../../mocks/node'
import { buildFixtureData, SOURCES_DIR, type FixtureData } from '../build-data'
import { ManifestSchema, readVintages } from '../data/vintage-manifest'
import { renderEditionModule, vintageEditionEntry } from '../data/vintages'
import type { FetchLike } from './http'
import { recordedHandlers } from './recorded'
import { runRefresh, type RefreshOptions } from './refresh'
import { FIXTURES, fingerprint, recording, scratchData, spyingFetch } from './test-helpers'

const NOW = new Date('2026-12-03T09:30:00.000Z')
/** The recorded vintages' editions: plain strings, as the contract's types do not list them. */
const WDI_NEW: string = 'wdi-2025-07'
const OWID_NEW: string = 'owid-2026-04'
const OWID = 'https://ourworldindata.org/grapher/private-investment-in-artificial-intelligence'

let data: ReturnType<typeof scratchData>
let logged: string[]
let printed: string[]

beforeEach(() => {
  server.use(...recordedHandlers(FIXTURES))
  data = scratchData()
  logged = []
  printed = []
})
afterEach(() => data.dispose())

function refresh(options: Partial<RefreshOptions> = {}) {
  return runRefresh({
    fetch: spyingFetch().fetch,
    dataDir: data.dir,
    now: NOW,
    dryRun: false,
    origin: 'recorded',
    from: 'the recorded responses',
    out: (text) => printed.push(text),
    log: (line) => logged.push(line),
    ...options,
  })
}

const reference = (
  d: FixtureData,
  indicatorId: string,
  edition: string,
  id: string,
  year: number,
) => {
  const s = d.referenceSeries.find((r) => r.indicatorId === indicatorId && r.edition === edition)
  return s?.values[id]?.[year - s.startYear]
}
const observed = (d: FixtureData, edition: string, id: string, year: number) =>
  d.observations.find(
    (o) =>
      o.indicatorId === 'private-investment-real' &&
      o.edition === edition &&
      o.entityId === id &&
      o.year === year,
  )?.value

describe('a dry run on the recorded responses', () => {
  it('prints the diff against the newest editions and writes nothing', async () => {
    const before = fingerprint(data.dir)
    const outcome = await refresh({ dryRun: true })
    expect(outcome).toMatchObject({ exitCode: 0, written: [] })
    expect(fingerprint(data.dir)).toEqual(before)
    const report = printed.join('')
    expect(report).toBe(outcome.report)
    const lines = report.split('\n')
    expect(lines.slice(0, 3)).toEqual([
      '# Data refresh: what the new vintages change',
      '',
      'Retrieved 2026-12-03T09:30:00.000Z from the recorded responses. Dry run: nothing was written.',
    ])
    for (const line of [
      '## `wdi-2025-07`: World Bank WDI (population, GDP), updated 2025-07-01',
      'A new edition, compared with `wdi` (dry run: not written).',
      '- SP.POP.TOTL → population.csv: https://api.worldbank.org/v2/country/all/indicator/SP.POP.TOTL?format=json&date=2010:2026&per_page=20000 (2 pages, 80 records, 64 kept; aggregates dropped: EUU; updated 2025-07-01)',
      '### Population (`population`): `wdi` → `wdi-2025-07`',
      '| years with data | 2010–2024 | 2010–2025 |',
      '**Years added:** 2025 (3 figures for entities already there)',
      '| United States (USA) | 2024 | 340110988 | 340110990 |',
      '### GDP (current US$) (`gdp`): `wdi` → `wdi-2025-07`',
      '**Years added:** 2024 (4 figures for entities already there)',
      '| China (CHN) | 2023 | 17794781986104 | 18270356654533.4 |',
      '## `owid-2026-04`: Our World in Data, constant 2021 US$ (updated 2026-04-20)',
      'A new edition, compared with `owid-2025` (dry run: not written).',
      '**Years added:** 2025 (4 figures for entities already there)',
      '**Entities added (1, 1 figure):** United Kingdom (GBR)',
      '| United States (USA) | 2023 | 64.353633104 | 69.272531201 |',
    ]) {
      expect(lines).toContain(line)
    }
    // One revision per series, as recorded; population's dropped entities are the ones the
    // small recording lacks (212 of the 216 with data in `wdi`).
    expect(lines.filter((l) => l === '**Figures revised (1):**')).toHaveLength(3)
    expect(lines.find((l) => l.startsWith('**Entities dropped (212):** ABW, AFG,'))).toBeDefined()
  })
})

describe('a refresh that writes', () => {
  it('writes each new vintage as a new edition, with its provenance, the old data untouched', async () => {
    const before = fingerprint(data.dir)
    const outcome = await refresh()
    expect(outcome).toMatchObject({ exitCode: 0, written: ['wdi-2025-07', 'owid-2026-04'] })
    const after = fingerprint(data.dir)
    // Every file that was there is byte for byte the same; only the two folders are new.
    for (const [file, hash] of Object.entries(before)) expect(after[file], file).toBe(hash)
    expect(
      Object.keys(after)
        .filter((f) => !(f in before))
        .sort(),
    ).toEqual([
      'refresh/owid-2026-04/diff.md',
      'refresh/owid-2026-04/manifest.json',
      'refresh/owid-2026-04/private-investment-in-artificial-intelligence.csv',
      'refresh/owid-2026-04/private-investment-in-artificial-intelligence.metadata.json',
      'refresh/wdi-2025-07/diff.md',
      'refresh/wdi-2025-07/gdp.csv',
      'refresh/wdi-2025-07/manifest.json',
      'refresh/wdi-2025-07/population.csv',
    ])
    const folder = join(data.dir, 'refresh', 'wdi-2025-07')
    const manifest = ManifestSchema.parse(
      JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')),
    )
    expect(manifest).toMatchObject({
      edition: { id: 'wdi-2025-07', kind: 'reference', year: 2025, published: '2025-07-01' },
      licence: 'CC BY 4.0',
      retrievedAt: '2026-12-03T09:30:00.000Z',
      origin: 'recorded',
      adapter: 'world-bank',
    })
    if (manifest.adapter !== 'world-bank') throw new Error('not a World Bank vintage')
    expect(manifest.files.map((f) => [f.file, f.records, f.kept, f.dropped])).toEqual([
      ['population.csv', 80, 64, ['EUU']],
      ['gdp.csv', 75, 60, ['EUU']],
    ])
    expect(readFileSync(join(folder, 'population.csv'), 'utf8').split('\n')).toContain(
      '2025,Germany,DEU,',
    )
    // The OWID files are the answers, byte for byte.
    expect(
      readFileSync(
        join(data.dir, 'refresh/owid-2026-04/private-investment-in-artificial-intelligence.csv'),
        'utf8',
      ),
    ).toBe(recording('owid/private-investment-in-artificial-intelligence.csv'))
    expect(readFileSync(join(folder, 'diff.md'), 'utf8')).toContain(
      '| United States (USA) | 2024 | 340110988 | 340110990 |',
    )
  })

  it('`npm run data` then serves each vintage under its own edition, beside the old ones', async () => {
    await refresh()
    const built = buildFixtureData(data.dir)
    expect(built.editions.map((e) => e.id).slice(-3)).toEqual([
      'wdi',
      'owid-2026-04',
      'wdi-2025-07',
    ])
    expect(built.editions.find((e) => e.id === WDI_NEW)?.note).toContain(
      'FROM RECORDED TEST RESPONSES',
    )
    // New vintage: revised, added, null kept as a gap; old edition: as supplied.
    expect(reference(built, 'population', 'wdi-2025-07', 'USA', 2024)).toBe(340110990)
    expect(reference(built, 'population', 'wdi', 'USA', 2024)).toBe(340110988)
    expect(reference(built, 'population', 'wdi-2025-07', 'USA', 2025)).toBe(342034432)
    expect(reference(built, 'population', 'wdi-2025-07', 'DEU', 2025)).toBeNull()
    expect(reference(built, 'population', 'wdi-2025-07', 'EUU', 2024)).toBeUndefined()
    expect(reference(built, 'gdp', 'wdi-2025-07', 'CHN', 2023)).toBe(18270356654533.4)
    expect(reference(built, 'gdp', 'wdi', 'CHN', 2023)).toBe(17794781986104)
    expect(observed(built, 'owid-2026-04', 'USA', 2023)).toBe(69.272531201)
    expect(observed(built, 'owid-2025', 'USA', 2023)).toBe(64.353633104)
    expect(observed(built, 'owid-2026-04', 'EUROPE', 2025)).toBe(18.204)
    expect(observed(built, 'owid-2026-04', 'WLD', 2021)).toBe(145.4)
    const wdiSource = built.sources.find((s) => s.id === 'wdi-2025-07-population')
    expect(wdiSource).toMatchObject({
      citation:
        'World Bank WDI, population (SP.POP.TOTL), last updated 2025-07-01, retrieved 2026-12-03',
      url: 'https://api.worldbank.org/v2/country/all/indicator/SP.POP.TOTL?format=json&date=2010:2026&per_page=20000',
      licence: 'CC BY 4.0',
    })
    // Everything else is what the committed data builds to.
    const committed = buildFixtureData(SOURCES_DIR)
    expect(built.observations.filter((o) => o.edition !== OWID_NEW)).toEqual(committed.observations)
    expect(built.referenceSeries.slice(0, 2)).toEqual(committed.referenceSeries)
    // The one entry per vintage that the edition list spreads in.
    expect(renderEditionModule(readVintages(data.dir).map(vintageEditionEntry))).toBe(
      [
        '// Generated by scripts/build-data.ts from data/sources/refresh/<edition>/manifest.json — do not edit by hand.',
        '/** The vintages `npm run data:refresh` added, one entry each, spread into ./edition-list.ts. */',
        'export const REFRESHED_EDITIONS = [',
        '  {"id":"owid-2026-04","kind":"owid","year":2026,"label":"Our World in Data, constant 2021 US$ (updated 2026-04-20)","published":"2026-04-20"},',
        '  {"id":"wdi-2025-07","kind":"reference","year":2025,"label":"World Bank WDI (population, GDP), updated 2025-07-01","published":"2025-07-01"},',
        '] as const',
        '',
      ].join('\n'),
    )
  })

  it('a second run recognises the vintages and writes nothing', async () => {
    await refresh()
    const before = fingerprint(data.dir)
    const outcome = await refresh()
    expect(outcome).toMatchObject({ exitCode: 0, written: [] })
    expect(fingerprint(data.dir)).toEqual(before)
    expect(printed.at(-1)).toContain('Not written: this edition is already in data/sources.')
    expect(logged.at(-1)).toBe('Nothing new: no vintage written.')
  })

  it('compares a later vintage with the newest one there, and skips one no newer', async () => {
    await refresh({ adapters: ['owid'] })
    const metadata = recording('owid/private-investment-in-artificial-intelligence.metadata.json')
    /** OWID's metadata as if the chart had been updated on `date`, its data unchanged. */
    const updatedOn = (date: string) =>
      server.use(
        http.get(
          `${OWID}.metadata.json`,
          () => new HttpResponse(metadata.replace('2026-04-20', date)),
        ),
      )
    updatedOn('2026-05-11')
    const same = await refresh({ adapters: ['owid'] })
    expect(same.written).toEqual([])
    expect(same.report).toContain('Not written: its figures are exactly those of `owid-2026-04`.')
    updatedOn('2025-04-08')
    const older = await refresh({ adapters: ['owid'] })
    expect(older.written).toEqual([])
    expect(older.report).toContain(
      'Not written: not newer than `owid-2026-04` (published 2026-04-20).',
    )
  })
})

describe('a second update within a month', () => {
  it('is a new edition with a day-precise id, compared with the first', async () => {
    await refresh({ adapters: ['owid'] })
    const csv = recording('owid/private-investment-in-artificial-intelligence.csv')
    const metadata = recording('owid/private-investment-in-artificial-intelligence.metadata.json')
    server.use(
      http.get(
        `${OWID}.csv`,
        () => new HttpResponse(csv.replace(',2025,180337000000', ',2025,181000000000')),
      ),
      http.get(
        `${OWID}.metadata.json`,
        () => new HttpResponse(metadata.replace('2026-04-20', '2026-04-28')),
      ),
    )
    const outcome = await refresh({ adapters: ['owid'] })
    expect(outcome.written).toEqual(['owid-2026-04-28'])
    expect(outcome.report).toContain('A new edition, compared with `owid-2026-04`.')
    expect(outcome.report).toContain('| United States (USA) | 2025 | 180.337 | 181 |')
    expect(readVintages(data.dir).map((v) => v.manifest.edition.id)).toEqual([
      'owid-2026-04',
      'owid-2026-04-28',
    ])
  })
})

describe('failures leave data/sources untouched', () => {
  it('no network: fetch rejects, the refresh stops with a clear message and exit code 1', async () => {
    const before = fingerprint(data.dir)
    const offline: FetchLike = () =>
      Promise.reject(
        new TypeError('fetch failed', {
          cause: new Error('getaddrinfo ENOTFOUND api.worldbank.org'),
        }),
      )
    const outcome = await refresh({ fetch: offline })
    expect(outcome).toEqual({ exitCode: 1, written: [], report: null })
    expect(fingerprint(data.dir)).toEqual(before)
    expect(printed).toEqual([])
    expect(logged.slice(-2)).toEqual([
      'data:refresh: could not reach api.worldbank.org (fetch failed: getaddrinfo ENOTFOUND api.worldbank.org) for https://api.worldbank.org/v2/country/all/indicator/SP.POP.TOTL?format=json&date=2010:2026&per_page=20000&page=1',
      `Nothing was written: ${data.dir} is as it was.`,
    ])
  })

  it('a network error on the last request, after the World Bank answered, writes nothing either', async () => {
    server.use(http.get(`${OWID}.metadata.json`, () => HttpResponse.error()))
    const before = fingerprint(data.dir)
    const outcome = await refresh()
    expect(outcome.exitCode).toBe(1)
    expect(fingerprint(data.dir)).toEqual(before)
    expect(logged.at(-2)).toMatch(
      /^data:refresh: could not reach ourworldindata\.org \(.+\) for https:\/\/ourworldindata\.org\/grapher\/private-investment-in-artificial-intelligence\.metadata\.json\?v=1/,
    )
  })

  it('a vintage that would not build is refused before anything is written', async () => {
    const csv = recording('owid/private-investment-in-artificial-intelligence.csv')
    server.use(
      http.get(`${OWID}.csv`, () => new HttpResponse(`${csv}Atlantis,ATL,2025,1000000000\n`)),
    )
    const before = fingerprint(data.dir)
    const outcome = await refresh()
    expect(outcome.exitCode).toBe(1)
    expect(fingerprint(data.dir)).toEqual(before)
    expect(logged.at(-2)).toBe(
      'data:refresh: the new vintage does not build: refresh/owid-2026-04/private-investment-in-artificial-intelligence.csv:55: unknown code ATL',
    )
  })
})
