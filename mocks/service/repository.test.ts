/**
 * Bloc arithmetic of the mock service (docs/DESIGN.md §4): a group's figure is the sum of its reporting
 * members (money, counts) or their population-weighted mean (per-100k rates), with the coverage
 * kept. Checked exhaustively over the sourced fixtures, then as a property over random data.
 */
import fc from 'fast-check'
import type { EditionId, IndicatorId } from '../../src/api/schemas'
import { REFERENCE_EDITION } from '../../src/domain/editions'
import type { FixtureObservation } from '../data/types'
import type { Dataset } from './dataset'
import { createRepository } from './repository'
import { sourcedDataset } from './sourced-dataset'

const repo = createRepository(sourcedDataset)
const meta = repo.meta()

/** Relative closeness: sums of a few hundred floats differ only in the last bits. */
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b))

/** Population of a member in a year (WDI, its newest vintage), as the service weights it. */
function population(id: string, year: number): number | null {
  const series = sourcedDataset.referenceSeries.find(
    (s) => s.indicatorId === 'population' && s.edition === REFERENCE_EDITION,
  )
  return series?.values[id]?.[year - series.startYear] ?? null
}

describe('group aggregates over the sourced fixtures', () => {
  let checkedTotal = 0
  const cases = meta.indicators
    .filter((i) => i.aggregation !== 'none')
    .flatMap((indicator) =>
      indicator.coverage.map((c) => ({ indicator, edition: c.edition, from: c.from, to: c.to })),
    )

  it('covers every aggregable indicator and edition', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10)
    expect(meta.groups.length).toBeGreaterThan(10)
  })

  it.each(cases.map((c) => [`${c.indicator.id} ${c.edition}`, c] as const))(
    '%s: every group, every year, equals its reporting members',
    (_, { indicator, edition, from, to }) => {
      let checked = 0
      for (const group of meta.groups) {
        const response = repo.indicator(indicator.id, {
          edition,
          from,
          to,
          entities: [group.id, ...group.members],
        })
        for (let year = from; year <= to; year++) {
          const at = response.observations.filter((o) => o.year === year)
          const bloc = at.find((o) => o.entityId === group.id)
          const members = at.filter((o) => o.entityId !== group.id)
          expect(bloc?.origin).toBe('computed')
          expect(members).toHaveLength(group.members.length)
          const reporting =
            indicator.aggregation === 'sum'
              ? members.filter((m) => m.value !== null)
              : members.filter((m) => m.value !== null && (population(m.entityId, year) ?? 0) > 0)
          expect(bloc?.coverage).toEqual({
            reporting: reporting.length,
            members: group.members.length,
            missing: group.members.filter((id) => !reporting.some((m) => m.entityId === id)),
          })
          if (reporting.length === 0) {
            // No member reports: "no data", never zero.
            expect(bloc?.value).toBeNull()
            continue
          }
          const expected =
            indicator.aggregation === 'sum'
              ? reporting.reduce((sum, m) => sum + (m.value ?? 0), 0)
              : reporting.reduce(
                  (sum, m) => sum + (m.value ?? 0) * (population(m.entityId, year) ?? 0),
                  0,
                ) / reporting.reduce((sum, m) => sum + (population(m.entityId, year) ?? 0), 0)
          expect(close(bloc?.value ?? NaN, expected)).toBe(true)
          checked += 1
        }
      }
      checkedTotal += checked
    },
  )

  it('every aggregable series has some group with reporting members', () => {
    expect(checkedTotal).toBeGreaterThan(1000)
  })

  it('G7 private investment 2023 (AI Index 2024) is the hand-checked sum of its 4 reporting members', () => {
    const { observations } = repo.indicator('private-investment', {
      edition: 'aiindex-2024',
      from: 2023,
      to: 2023,
      entities: ['g7'],
    })
    // Canada 1.61 + Germany 1.91 + United Kingdom 3.78 + United States 67.22; FRA, ITA, JPN: no data.
    expect(observations[0]?.value).toBeCloseTo(74.52, 10)
    expect(observations[0]?.coverage).toEqual({
      reporting: 4,
      members: 7,
      missing: ['FRA', 'ITA', 'JPN'],
    })
  })
})

/** A random dataset of one bloc: values (some missing) and populations per member and year. */
const memberArb = fc.record({
  values: fc.array(fc.option(fc.double({ min: 0, max: 1e4, noNaN: true }), { nil: null }), {
    minLength: 3,
    maxLength: 3,
  }),
  population: fc.array(fc.option(fc.integer({ min: 0, max: 2e9 }), { nil: null }), {
    minLength: 3,
    maxLength: 3,
  }),
})

type Member = {
  readonly values: readonly (number | null)[]
  readonly population: readonly (number | null)[]
}

function randomDataset(members: readonly Member[]): Dataset {
  const ids = members.map((_, i) => `M${String(i).padStart(2, '0')}`)
  const years = [2020, 2021, 2022]
  const obs = (indicatorId: IndicatorId, edition: EditionId, pick: 'values') =>
    members.flatMap((m, i) =>
      years.flatMap((year, y): FixtureObservation[] => {
        const value = m[pick][y] ?? null
        return value === null
          ? []
          : [
              {
                indicatorId,
                entityId: ids[i] ?? '',
                year,
                value,
                edition,
                sourceId: 's',
                period: null,
                note: null,
              },
            ]
      }),
    )
  const indicator = (id: IndicatorId, aggregation: 'sum' | 'population-weighted-mean') => ({
    id,
    label: id,
    shortLabel: id,
    unit: 'u',
    pillar: 'economy' as const,
    perCapitaAble: false,
    aggregation,
    description: '',
  })
  return {
    ...sourcedDataset,
    entities: ids.map((id) => ({
      id,
      name: id,
      kind: 'country' as const,
      iso2: null,
      m49: null,
      region: 'R',
      subRegion: 'S',
      note: null,
    })),
    groups: [
      { id: 'bloc', label: 'Bloc', kind: 'bloc', parent: null, members: ids, basis: 'test' },
    ],
    indicators: [
      indicator('private-investment', 'sum'),
      indicator('ai-patents-per-100k', 'population-weighted-mean'),
    ],
    observations: [
      ...obs('private-investment', 'aiindex-2025', 'values'),
      ...obs('ai-patents-per-100k', 'aiindex-2025', 'values'),
    ],
    referenceSeries: [
      {
        indicatorId: 'population',
        // The edition the service weights by (the newest WDI vintage).
        edition: REFERENCE_EDITION,
        sourceId: 'wdi',
        startYear: 2020,
        values: Object.fromEntries(members.map((m, i) => [ids[i] ?? '', m.population])),
      },
    ],
    claims: [],
  }
}

describe('group aggregates as a property over random blocs', () => {
  it('sum of reporting members and population-weighted mean, with coverage', () => {
    fc.assert(
      fc.property(fc.array(memberArb, { minLength: 1, maxLength: 12 }), (members) => {
        const r = createRepository(randomDataset(members))
        for (const [id, rule] of [
          ['private-investment', 'sum'],
          ['ai-patents-per-100k', 'mean'],
        ] as const) {
          const response = r.indicator(id, {
            edition: 'aiindex-2025',
            from: 2020,
            to: 2022,
            entities: ['bloc'],
          })
          response.observations.forEach((o, y) => {
            const usable = members.filter(
              (m) => m.values[y] != null && (rule === 'sum' || (m.population[y] ?? 0) > 0),
            )
            expect(o.coverage?.reporting).toBe(usable.length)
            expect(o.coverage?.members).toBe(members.length)
            if (usable.length === 0) return expect(o.value).toBeNull()
            const expected =
              rule === 'sum'
                ? usable.reduce((s, m) => s + (m.values[y] ?? 0), 0)
                : usable.reduce((s, m) => s + (m.values[y] ?? 0) * (m.population[y] ?? 0), 0) /
                  usable.reduce((s, m) => s + (m.population[y] ?? 0), 0)
            expect(close(o.value ?? NaN, expected)).toBe(true)
            // A weighted mean lies between the smallest and largest member rate.
            if (rule === 'mean') {
              const rates = usable.map((m) => m.values[y] ?? 0)
              expect(o.value).toBeGreaterThanOrEqual(Math.min(...rates) - 1e-9)
              expect(o.value).toBeLessThanOrEqual(Math.max(...rates) + 1e-9)
            }
          })
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('the AI Index 2026 figures and the GVT 2022 release', () => {
  it('serves a GVT 2022 indicator in its own edition, and nothing under another', () => {
    const gvt = repo.indicator('gvt-journal-publications', {
      edition: null,
      from: null,
      to: null,
      entities: null,
    })
    expect(gvt.edition).toBe('gvt-2022')
    expect([gvt.from, gvt.to]).toEqual([2017, 2021])
    expect(gvt.observations).toHaveLength(145)
    expect(gvt.observations.every((o) => o.edition === 'gvt-2022')).toBe(true)
    const other = repo.indicator('gvt-journal-publications', {
      edition: 'aiindex-2026',
      from: null,
      to: null,
      entities: null,
    })
    expect(other.observations).toEqual([])
  })

  it('keeps a year range and reports the publication shares of 2023 as published', () => {
    const { observations } = repo.indicator('ai-publications-share', {
      edition: 'aiindex-2026',
      from: 2023,
      to: 2023,
      entities: null,
    })
    expect(observations.map((o) => [o.entityId, o.value, o.unit])).toEqual([
      ['CHN', Number('23.074004617836122'), '% of world AI publications in CS'],
      ['EUROPE', 15.22259921301666, '% of world AI publications in CS'],
      ['IND', Number('9.209656263888738'), '% of world AI publications in CS'],
      ['ROW', Number('22.682319613518193'), '% of world AI publications in CS'],
      ['UNKNOWN', Number('20.608990688447823'), '% of world AI publications in CS'],
      ['USA', 9.202429603292467, '% of world AI publications in CS'],
    ])
  })

  it('keeps an empty source cell as null with its note, and a missing row as null without', () => {
    const { observations } = repo.indicator('ai-job-postings-share', {
      edition: 'aiindex-2026',
      from: 2013,
      to: 2014,
      entities: ['CHL'],
    })
    expect(observations.map((o) => [o.year, o.value, o.note])).toEqual([
      [2013, null, null],
      [2014, null, 'Lightcast; empty in the source CSV (no data)'],
    ])
    expect(observations[1]?.sourceId).toBe('aiindex-2026-fig-4-4-1')
  })

  it('sums counts over member countries only, never adding a reported aggregate', () => {
    const at2025 = (id: IndicatorId, entity: string) =>
      repo.indicator(id, { edition: 'aiindex-2026', from: 2025, to: 2025, entities: [entity] })
        .observations[0]
    // Eastern Asia holds China (85); the Epoch AI 'East Asia and Pacific' (27) is not added.
    expect(at2025('public-ai-supercomputers', 'eastern-asia')).toMatchObject({
      value: 85,
      origin: 'computed',
      coverage: { reporting: 1, members: 8 },
    })
    expect(at2025('public-ai-supercomputers', 'EPOCH-EAP')?.value).toBe(27)
    // G7 data centres: 168 + 222 + 322 + 337 + 523 + 529 + 5427.
    expect(at2025('data-centres', 'g7')).toMatchObject({
      value: 7528,
      coverage: { reporting: 7, members: 7, missing: [] },
    })
  })

  it('never sums shares: a group has no publication share', () => {
    const [eu] = repo.indicator('ai-publications-share', {
      edition: 'aiindex-2026',
      from: 2023,
      to: 2023,
      entities: ['eu27'],
    }).observations
    expect(eu?.value).toBeNull()
    expect(eu?.note).toMatch(/^Not aggregated/)
  })

  it('files a multi-year value under its period', () => {
    const { observations } = repo.indicator('newly-funded-ai-companies-cumulative', {
      edition: null,
      from: null,
      to: null,
      entities: ['USA'],
    })
    expect(observations.map((o) => [o.year, o.period, o.value])).toEqual([
      [2025, '2013-2025', 8909],
    ])
  })
})

describe('GET /vibrancy semantics', () => {
  it('GVT 2022: its latest data year by default, with scores, pillars and its data years', () => {
    const r = repo.vibrancy('gvt-2022', null)
    expect([r.edition, r.dataYear, r.dataYears, r.publishedTopN]).toEqual([
      'gvt-2022',
      2021,
      [2017, 2018, 2019, 2020, 2021],
      30,
    ])
    expect(r.entries).toHaveLength(29)
    expect(r.entries.slice(0, 3).map((e) => [e.entityId, e.rank, e.score])).toEqual([
      ['USA', 1, 70.09798064],
      ['CHN', 2, 49.1087973],
      ['IND', 3, 37.6884796],
    ])
    expect(r.entries[0]?.pillarScores).toEqual({ economy: 65.1816135, research: 75.01434778 })
  })

  it('GVT 2022 by data year, and a data year alone picks the edition covering it', () => {
    const y2017 = repo.vibrancy('gvt-2022', 2017)
    expect([y2017.dataYear, y2017.entries[0]?.entityId, y2017.entries[0]?.score]).toEqual([
      2017,
      'USA',
      78.15743737,
    ])
    expect(repo.vibrancy(null, 2019)).toMatchObject({ edition: 'gvt-2022', dataYear: 2019 })
    expect(repo.vibrancy(null, 2023)).toMatchObject({
      edition: 'gvt-2024',
      dataYear: 2023,
      dataYears: [2023],
    })
    const latest = repo.vibrancy(null, null)
    expect([latest.edition, latest.dataYear]).toEqual(['gvt-2025', 2024])
    expect(latest.entries.every((e) => e.pillarScores === null)).toBe(true)
  })

  it('404 for a year the edition does not cover, 400 for an edition that is not a ranking', () => {
    expect(() => repo.vibrancy('gvt-2022', 2023)).toThrow(
      expect.objectContaining({ status: 404, parameter: 'year' }),
    )
    expect(() => repo.vibrancy('gvt-2024', 2021)).toThrow(
      expect.objectContaining({ status: 404, parameter: 'year' }),
    )
    expect(() => repo.vibrancy('aiindex-2026', null)).toThrow(
      expect.objectContaining({ status: 400, parameter: 'edition' }),
    )
    expect(() => repo.vibrancy(null, 2022)).toThrow(expect.objectContaining({ status: 404 }))
  })
})

describe('GET /claims', () => {
  const claims = repo.claims().claims
  const claim = (id: string) => claims.find((c) => c.id === id)

  it('resolves each check to its figure, with its role', () => {
    expect(
      claim('us_private_inv_2023')?.checks.map((k) => [k.role, k.edition, k.value, k.sourceId]),
    ).toEqual([
      ['cited', 'aiindex-2024', 67.22, 'aiindex-2024-fig-4-3-8'],
      ['revision', 'aiindex-2026', 72.364764946, 'aiindex-2026-fig-4-2-11'],
    ])
    expect(
      claim('cn_leads_ai_publications_2023')
        ?.checks.filter((k) => k.role === 'other-year')
        .map((k) => [k.indicatorId, k.entityId, k.value]),
    ).toEqual([
      ['gvt-journal-publications', 'CHN', 60066],
      ['gvt-journal-publications', 'USA', 26461],
      ['gvt-conference-publications', 'CHN', 21691],
      ['gvt-conference-publications', 'USA', 13271],
    ])
  })

  it('serves a qualitative claim with no value, and the cited GVT 2024 US patents as no data', () => {
    expect(claim('cn_leads_ai_citations_2023')).toMatchObject({ value: null, unit: '' })
    const cited = claim('cn_ai_patents_2023')?.checks.filter((k) => k.role === 'cited')
    expect(cited?.map((k) => [k.edition, k.entityId, k.value])).toEqual([['gvt-2024', 'USA', null]])
  })
})

describe('reference series vintages', () => {
  it('a reference series joins the other editions of its indicator, never replacing them', () => {
    // Another edition of population next to WDI (as a refreshed vintage would be): both served.
    const other: FixtureObservation = {
      indicatorId: 'population',
      entityId: 'USA',
      year: 2023,
      value: 1,
      edition: 'owid-2025',
      sourceId: 'wdi-population',
      period: null,
      note: null,
    }
    const r = createRepository({
      ...sourcedDataset,
      observations: [...sourcedDataset.observations, other],
    })
    const at = (edition: EditionId) =>
      r
        .indicator('population', { edition, from: 2023, to: 2023, entities: ['USA'] })
        .observations.map((o) => [o.edition, o.value])
    expect(at('wdi')).toEqual([['wdi', 336806231]])
    expect(at('owid-2025')).toEqual([['owid-2025', 1]])
    expect(r.meta().indicators.find((i) => i.id === 'population')?.editions).toEqual(
      expect.arrayContaining(['owid-2025', 'wdi']),
    )
  })
})
