/**
 * Bloc arithmetic of the mock service (docs/DESIGN.md §4): a group's figure is the sum of its reporting
 * members (money, counts) or their population-weighted mean (per-100k rates), shown only when they
 * hold two thirds of its population, with the coverage kept. Checked exhaustively over the
 * sourced fixtures, then as a property over random data.
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

/**
 * The coverage rule, restated for the test: the reporting members' share of the people of the
 * members with a population figure (1 when all report), and whether it reaches two thirds.
 */
function expectedShare(
  members: readonly string[],
  reporting: readonly string[],
  people: (id: string) => number | null,
) {
  if (members.length > 0 && reporting.length === members.length) return 1
  const known = (ids: readonly string[]) =>
    ids.reduce((t, id) => t + Math.max(0, people(id) ?? 0), 0)
  const total = known(members)
  return total > 0 ? known(reporting) / total : null
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
          const reportingIds = group.members.filter((id) =>
            reporting.some((m) => m.entityId === id),
          )
          // A sum judges its coverage by the latest population year at or up to three
          // years before the data year; a weighted mean by the data year's own.
          const popYear =
            indicator.aggregation === 'sum'
              ? ([0, 1, 2, 3]
                  .map((back) => year - back)
                  .find((y) => group.members.some((id) => population(id, y) !== null)) ?? null)
              : year
          const share = expectedShare(group.members, reportingIds, (id) =>
            popYear === null ? null : population(id, popYear),
          )
          const sufficient = reporting.length > 0 && share !== null && share >= 2 / 3
          const partial = share !== null && reporting.length < group.members.length
          expect(bloc?.coverage).toEqual({
            reporting: reporting.length,
            members: group.members.length,
            missing: group.members.filter((id) => !reportingIds.includes(id)),
            reportingIds,
            populationShare: share,
            sufficient,
            populationYear: partial && popYear !== year ? popYear : null,
          })
          if (!sufficient) {
            // No member, or too few, report: "no data", never zero and never a partial total.
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

  it('EU-27 private investment 2023 (AI Index 2024) is Germany alone: too few members report', () => {
    const [eu] = repo.indicator('private-investment', {
      edition: 'aiindex-2024',
      from: 2023,
      to: 2023,
      entities: ['eu27'],
    }).observations
    // Germany's 83,287,273 people of the EU-27's 448,897,545 (WDI 2023): 0.1855 < 2/3, so the
    // 1.91 that is Germany's own figure is never served as the EU's.
    expect(eu?.value).toBeNull()
    expect(eu?.coverage).toMatchObject({
      reporting: 1,
      members: 27,
      reportingIds: ['DEU'],
      sufficient: false,
    })
    expect(eu?.coverage?.populationShare).toBe(83_287_273 / 448_897_545)
  })

  it('G7 private investment 2023 (AI Index 2024) is the hand-checked sum of its 4 reporting members', () => {
    const { observations } = repo.indicator('private-investment', {
      edition: 'aiindex-2024',
      from: 2023,
      to: 2023,
      entities: ['g7'],
    })
    // Canada 1.61 + Germany 1.91 + United Kingdom 3.78 + United States 67.22; FRA, ITA, JPN: no
    // data. The four hold 528,668,988 of the G7's 780,542,140 people in 2023 (WDI): 0.6773,
    // just above two thirds.
    expect(observations[0]?.value).toBeCloseTo(74.52, 10)
    expect(observations[0]?.coverage).toMatchObject({
      reporting: 4,
      members: 7,
      missing: ['FRA', 'ITA', 'JPN'],
      reportingIds: ['CAN', 'DEU', 'GBR', 'USA'],
      sufficient: true,
    })
    expect(observations[0]?.coverage?.populationShare).toBe(528_668_988 / 780_542_140)
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
  it('sum of reporting members and population-weighted mean, with coverage and its rule', () => {
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
            const ids = members.map((_, i) => `M${String(i).padStart(2, '0')}`)
            // A sum judges coverage by the latest year (this one or before) with population.
            const py =
              rule === 'sum'
                ? ([y, y - 1, y - 2].find(
                    (k) => k >= 0 && members.some((m) => m.population[k] != null),
                  ) ?? -1)
                : y
            const share = expectedShare(
              ids,
              ids.filter((_, i) => usable.some((m) => m === members[i])),
              (id) => members[ids.indexOf(id)]?.population[py] ?? null,
            )
            expect(o.coverage?.populationShare).toBe(share)
            // The rule: never a total when the reporting members hold under two thirds.
            if (usable.length === 0 || share === null || share < 2 / 3) {
              expect(o.coverage?.sufficient).toBe(false)
              return expect(o.value).toBeNull()
            }
            expect(o.coverage?.sufficient).toBe(true)
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
    // Eastern Asia: only China reports (85). WDI population ends in 2024, so the coverage is
    // judged by 2024's shares, where China holds 86.8% of the region: the total is China's 85
    // (and the Epoch AI 'East Asia and Pacific', 27, is never added).
    expect(at2025('public-ai-supercomputers', 'eastern-asia')).toMatchObject({
      value: 85,
      origin: 'computed',
      coverage: { reporting: 1, members: 8, sufficient: true, populationYear: 2024 },
    })
    expect(at2025('public-ai-supercomputers', 'EPOCH-EAP')?.value).toBe(27)
    // G7 data centres: 168 + 222 + 322 + 337 + 523 + 529 + 5427; all report, so shown without
    // population figures.
    expect(at2025('data-centres', 'g7')).toMatchObject({
      value: 7528,
      coverage: { reporting: 7, members: 7, missing: [], populationShare: 1, sufficient: true },
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

  /**
   * Every claim of context_claims.csv with the status the rule gives (hand-checked; the
   * reasoning is in scripts/data/claims.ts) and the curator's status text beside it. The rule
   * and the curator's reading agree on all 25; three texts word it otherwise (last column).
   */
  const EXPECTED: readonly (readonly [string, string, string])[] = [
    ['us_notable_models_2023', 'verified', 'verified'], // 61 = 61
    ['us_foundation_models_2023', 'unverified', 'unverified'], // no data point
    ['cn_notable_models_2023', 'verified', 'verified'], // 15 = 15
    ['cn_foundation_models_2023', 'unverified', 'unverified'],
    // 67.22 reads 67 in whole units; 68 is 1.16% above it
    ['us_private_inv_2023', 'approximately-consistent', 'approximately_consistent (first edition)'],
    ['cn_private_inv_2023', 'consistent-with-rounding', 'consistent_with_rounding (first edition)'],
    // EU-27 in AI Index 2024: Germany alone, too few report
    ['eu_private_inv_2023', 'unverified', 'unverified (aggregate definition unknown)'],
    // inside "over 44,000" (GVT), 48% below 85,674 (AI Index 2026)
    ['cn_ai_patents_2023', 'disputed', 'approx. corroborated (GVT); conflicts with AI Index 2026'],
    ['open_fm_share_cn', 'unverified', 'unverified'],
    ['open_fm_share_eu', 'unverified', 'unverified'],
    ['open_fm_share_us', 'unverified', 'unverified'],
    ['gvt_rank_us', 'verified', 'verified'],
    ['gvt_rank_cn', 'verified', 'verified'],
    ['gvt_rank_fr', 'verified', 'verified'],
    ['gvt_rank_de', 'verified', 'verified'],
    ['stargate', 'verified', 'verified'],
    ['apple', 'verified', 'verified'],
    ['investai', 'verified', 'verified'],
    ['gigafactories', 'verified', 'verified'],
    [
      'eu_vs_us_share',
      'unverified',
      'unverified (basis not stated; private-investment data give 10-13%)',
    ],
    // 5.576 reads 6 in whole units
    [
      'deepseek_claimed',
      'consistent-with-rounding',
      'consistent_with_rounding (the claim as made; no independent cost data)',
    ],
    // SemiAnalysis 1.3 = 1.3; its critics' 1.4–1.6 is 7.1% away
    ['deepseek_full', 'disputed', 'consistent (estimate, disputed)'],
    // "nearly three times" (at most 3) vs 85,674 / 16,946 = 5.06
    [
      'cn_us_patent_ratio_2023',
      'disputed',
      'disputed (depends on the patent definition and edition)',
    ],
    // nothing cited for journals and conferences in 2023
    [
      'cn_leads_ai_publications_2023',
      'unverified',
      'consistent (all venues, 2023); the journal/conference split is unverified',
    ],
    [
      'cn_leads_ai_citations_2023',
      'unverified',
      'unverified (no 2023 citation data; China led journal citations in 2020-2021)',
    ],
  ]

  it("gives every claim its status by the stated rule, with the curator's text beside it", () => {
    expect(claims.map((c) => [c.id, c.status, c.statusText])).toEqual(EXPECTED)
    // The curator's reading of each text (kept in the fixtures, not served) agrees.
    expect(sourcedDataset.claims.map((c) => [c.id, c.curatorStatus])).toEqual(
      EXPECTED.map(([id, status]) => [id, status]),
    )
  })

  it('checks against the cited edition and says where the current edition revised it', () => {
    const us = claim('us_private_inv_2023')
    expect(us?.quoted).toBe('68')
    expect(us?.checks.map((k) => [k.role, k.edition, k.value, k.sourceId, k.agreement])).toEqual([
      ['cited', 'aiindex-2024', 67.22, 'aiindex-2024-fig-4-3-8', 'approximate'],
      ['revision', 'aiindex-2026', 72.364764946, 'aiindex-2026-fig-4-2-11', 'beyond'],
    ])
    expect(us?.revision).toEqual({
      citedEdition: 'aiindex-2024',
      citedValue: 67.22,
      edition: 'aiindex-2026',
      value: 72.364764946,
    })
    expect(claim('cn_notable_models_2023')?.revision).toMatchObject({ citedValue: 15, value: 21 })
    // No revision where the current edition has nothing else to say.
    expect(claim('gvt_rank_fr')?.revision).toBeNull()
    expect(claim('eu_private_inv_2023')?.revision).toBeNull()
  })

  it('resolves the EU-27 check to no data, with the coverage that withholds it', () => {
    const [cited] = claim('eu_private_inv_2023')?.checks ?? []
    expect(cited).toMatchObject({ role: 'cited', entityId: 'eu27', value: null, agreement: null })
    expect(cited?.coverage).toMatchObject({
      reporting: 1,
      reportingIds: ['DEU'],
      sufficient: false,
    })
  })

  it('divides ratios live, with both figures, and quotes external evidence with its source', () => {
    const ratio = claim('cn_us_patent_ratio_2023')?.checks
    expect(ratio?.[0]).toMatchObject({
      kind: 'external',
      role: 'cited',
      value: null,
      range: { min: null, max: 3 },
      quote: 'granting nearly three times as many AI patents as the United States',
      sourceId: 'gvt-2024-via-meritalk',
      agreement: 'approximate',
    })
    expect(ratio?.[1]).toMatchObject({ kind: 'ratio', value: 85674 / 16946, agreement: 'beyond' })
    expect(ratio?.[1]?.ratio).toMatchObject({
      numerator: { entityId: 'CHN', value: 85674 },
      denominator: { entityId: 'USA', value: 16946 },
      percent: false,
    })
    // EU-27 (25 of 27 report in AI Index 2025) as % of the US, 2024.
    const [share] = claim('eu_vs_us_share')?.checks ?? []
    expect(share?.value).toBe((14.111472530999999 / 109.0773255) * 100)
    expect(share?.ratio?.numerator.coverage).toMatchObject({ reporting: 25, sufficient: true })
    // External evidence is never data: no /indicators series holds DeepSeek's cost.
    const deepseek = claim('deepseek_claimed')?.checks
    expect(deepseek?.map((k) => [k.kind, k.value, k.unit, k.agreement])).toEqual([
      ['external', 5.576, 'USD m', 'rounding'],
    ])
  })

  it('ranks a qualitative claim among named areas', () => {
    const pubs = claim('cn_leads_ai_publications_2023')
    expect(pubs).toMatchObject({ value: null, quoted: null, unit: '' })
    const [allVenues] = pubs?.checks ?? []
    expect(allVenues?.comparison).toEqual({
      claimedRank: 1,
      rank: 1,
      among: ['CHN', 'USA', 'EUROPE', 'IND'].map((id) => ({
        entityId: id,
        value: allVenues?.comparison?.among.find((p) => p.entityId === id)?.value,
        sourceId: 'aiindex-2026-fig-1-6-6',
        coverage: null,
      })),
    })
    expect(allVenues?.comparison?.among.map((p) => p.value)).toEqual([
      23.07400461783612, 9.202429603292467, 15.22259921301666, 9.209656263888737,
    ])
    expect(allVenues?.agreement).toBe('equal')
    // Top-100 cited papers of 2023: US 50, China 34 — China is second, so that check fails.
    const topCited = claim('cn_leads_ai_citations_2023')?.checks.at(-1)
    expect([topCited?.comparison?.rank, topCited?.comparison?.among.length]).toEqual([2, 10])
    expect(topCited?.agreement).toBe('beyond')
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
