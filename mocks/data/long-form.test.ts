// @vitest-environment node
/**
 * The long-form files (the AI Index 2026 figures of SOURCES.md S12 and the GVT 2022 release of
 * S13) against their fixtures, re-read here with an independent mapping: every row is exactly
 * one observation with its value (null where the cell is empty), note, period, edition and
 * source, except the two chart rows of fig 4.2.9 that repeat fig 4.2.14. Values below are
 * hand-checked against the CSVs and SOURCES.md.
 */
import { describe, expect, it } from 'vitest'
import { col, find, readCsv, type Row } from './csv-test-helpers'
import { entities } from './entities'
import { indicators } from './indicators'
import { observations } from './observations'
import { sources } from './sources'
import type { EditionId, IndicatorId } from './types'
import { vibrancy } from './vibrancy'

const GVT_LABEL = 'GVT 2022 release (AI Index 2022, data years 2017-2021)'

/** CSV indicator → indicator id; by edition label where one CSV name feeds two ids. */
const INDICATOR_OF: Record<string, IndicatorId | Record<string, IndicatorId>> = {
  ai_publications_in_cs: 'ai-publications',
  ai_share_of_all_cs_publications: 'ai-share-of-cs-publications',
  ai_publications_in_cs_journal: 'ai-publications-journal',
  ai_publications_in_cs_conference: 'ai-publications-conference',
  ai_publications_in_cs_repository: 'ai-publications-repository',
  ai_publications_in_cs_book: 'ai-publications-book',
  ai_publications_in_cs_dissertation: 'ai-publications-dissertation',
  ai_publications_in_cs_other: 'ai-publications-other',
  ai_publications_in_cs_share_pct: {
    'AI Index 2026 (fig 1.6.6)': 'ai-publications-share',
    'AI Index 2026 (fig 1.6.7)': 'ai-publications-share-by-region',
  },
  highly_cited_publications_in_top100: 'top-cited-ai-publications',
  newly_funded_ai_companies: 'newly-funded-ai-companies',
  newly_funded_genai_companies: 'newly-funded-genai-companies',
  genai_private_investment_usd_bn: 'genai-private-investment',
  top_ai_authors_and_inventors: 'top-ai-authors-inventors',
  top_ai_authors_and_inventors_per_100k: 'top-ai-authors-inventors-per-100k',
  ai_job_postings_pct: 'ai-job-postings-share',
  relative_ai_hiring_rate_yoy_ratio: 'ai-hiring-rate-growth',
  ai_talent_concentration: {
    'AI Index 2026 (fig 4.4.21)': 'ai-talent-concentration',
    [GVT_LABEL]: 'gvt-ai-talent-concentration',
  },
  net_ai_talent_migration_per_10k: {
    'AI Index 2026 (fig 4.4.24)': 'net-ai-talent-migration',
    'AI Index 2026 (fig 4.4.23)': 'net-ai-talent-migration-fig-4-4-23',
  },
  data_centers: 'data-centres',
  public_ai_supercomputers_cumulative: 'public-ai-supercomputers',
  ai_models_released_cumulative: 'ai-models-released',
  notable_models_access_open_weights_unrestricted: 'notable-models-open-weights-unrestricted',
  notable_models_access_open_weights_restricted_use: 'notable-models-open-weights-restricted',
  notable_models_access_open_weights_noncommercial: 'notable-models-open-weights-noncommercial',
  notable_models_access_api_access: 'notable-models-api-access',
  notable_models_access_hosted_access_no_api: 'notable-models-hosted-access',
  notable_models_access_unreleased: 'notable-models-unreleased',
  notable_models_access_unknown: 'notable-models-access-unknown',
  hf_top_model_downloads_share_pct: 'hf-downloads-share',
  github_ai_projects_10stars_share_pct: 'github-ai-projects-share',
  github_ai_stars_cumulative: 'github-ai-stars',
  ai_diffusion_h1_pct: 'ai-diffusion-h1',
  ai_diffusion_h2_pct: 'ai-diffusion-h2',
  orgs_using_ai_pct: 'organisations-using-ai',
  intentional_ai_use_at_work_pct: 'ai-use-at-work',
  trust_in_ai_at_work_pct: 'ai-trust-at-work',
  ai_bills_passed_into_law: 'ai-bills-passed',
  newly_funded_ai_companies_sum: 'newly-funded-ai-companies-cumulative',
  ai_bills_passed_into_law_sum: 'ai-bills-passed-cumulative',
  relative_ai_skill_penetration: 'relative-ai-skill-penetration',
  ai_talent_concentration_change_pct: 'ai-talent-concentration-change',
  private_investment: 'gvt-private-investment',
  number_of_newly_funded_companies: 'gvt-newly-funded-companies',
  number_of_total_journal_publications: 'gvt-journal-publications',
  number_of_total_conference_publications: 'gvt-conference-publications',
  number_of_total_repository_publications: 'gvt-repository-publications',
  number_of_total_journal_citations: 'gvt-journal-citations',
  number_of_total_conference_citations: 'gvt-conference-citations',
  number_of_total_repository_citations: 'gvt-repository-citations',
  number_of_total_patent_fillings: 'gvt-patent-filings',
  number_of_total_patent_grants: 'gvt-patent-grants',
  year_h_index: 'gvt-year-h-index',
  relative_ai_skill_pen: 'gvt-relative-ai-skill-penetration',
}

/** The GVT ranking columns, served by /vibrancy rather than as indicators. */
const RANKING = new Set(['econ_pillar', 'rd_pillar', 'vibrancy', 'rank'])

/** What an aggregate label means, by figure (the same label differs between schemes). */
const AGGREGATE_OF: Record<string, Record<string, string>> = {
  default: { World: 'WLD', Europe: 'EUROPE', 'Rest of the world': 'ROW', Unknown: 'UNKNOWN' },
  'AI Index 2026 (fig 1.6.7)': {
    'East Asia and Pacific': 'WB-EAP',
    'Europe and Central Asia': 'WB-ECA',
    'Latin America and the Caribbean': 'WB-LAC',
    'Middle East and North Africa': 'WB-MENA',
    'North America': 'WB-NAC',
    'South Asia': 'WB-SAS',
    'Sub-Saharan Africa': 'WB-SSA',
    Unknown: 'UNKNOWN',
  },
  'AI Index 2026 (fig 8.3.1)': {
    'East Asia and Pacific': 'EPOCH-EAP',
    'Europe and Central Asia': 'EPOCH-ECA',
    'Latin America and Caribbean': 'EPOCH-LAC',
    'Middle East and North Africa': 'EPOCH-MENA',
    'North America': 'EPOCH-NAC',
    'South Asia': 'EPOCH-SAS',
  },
  'AI Index 2026 (fig 4.3.2)': {
    'All geographies': 'MCK-ALL',
    'Asia-Pacific': 'MCK-APAC',
    'Developing markets (incl. India, Central/South America, MENA)': 'MCK-DEVELOPING',
    Europe: 'MCK-EUROPE',
    'Greater China (incl. Hong Kong, Taiwan, Macau)': 'MCK-GREATER-CHINA',
    'North America': 'MCK-NAC',
  },
  'AI Index 2026 (fig 9.1.10)': { Global: 'KPMG-GLOBAL' },
  'AI Index 2026 (fig 1.5.7)': {
    'International/Online': 'HF-INTERNATIONAL',
    Others: 'HF-OTHERS',
    'Unaffiliated user': 'HF-UNAFFILIATED',
  },
  'AI Index 2026 (fig 8.4.1)': { 'G20 countries': 'G20' },
}
AGGREGATE_OF['AI Index 2026 (fig 8.3.4)'] = AGGREGATE_OF['AI Index 2026 (fig 8.3.1)'] ?? {}

function indicatorOf(row: Row): IndicatorId {
  const mapped = INDICATOR_OF[col(row, 'indicator')]
  const id = typeof mapped === 'string' ? mapped : mapped?.[col(row, 'edition')]
  if (id === undefined) throw new Error(`unmapped ${col(row, 'indicator')}`)
  return id
}

function entityOf(row: Row): string {
  if (col(row, 'iso3') !== '') return col(row, 'iso3')
  const scheme = AGGREGATE_OF[col(row, 'edition')] ?? AGGREGATE_OF.default
  const id = scheme?.[col(row, 'country')]
  if (id === undefined) throw new Error(`unmapped ${col(row, 'country')}`)
  return id
}

const editionOf = (row: Row): EditionId =>
  col(row, 'edition') === GVT_LABEL ? 'gvt-2022' : 'aiindex-2026'
const yearOf = (row: Row): number =>
  Number('period' in row ? col(row, 'period').slice(-4) : col(row, 'year'))
const valueOf = (row: Row): number | null =>
  col(row, 'value') === '' ? null : Number(col(row, 'value'))

const obs = (indicatorId: IndicatorId, entityId: string, year: number, edition: EditionId) =>
  find(indicatorId, entityId, year, edition)?.value

const sourceById = new Map(sources.map((s) => [s.id, s]))

const FILES: readonly (readonly [string, number])[] = [
  ['publications.csv', 304],
  ['companies.csv', 100],
  ['talent.csv', 595],
  ['compute.csv', 209],
  ['models_open_source.csv', 386],
  ['adoption.csv', 291],
  ['policy.csv', 10],
  ['period_values.csv', 59],
  ['gvt_2022_release.csv', 2465],
]

/** Chart 4.2.9 repeats fig 4.2.14 for these two points (US 1953, China 161 in 2025). */
const REPEATS = 'AI Index 2026 (fig 4.2.9, chart)'

describe('long-form files: every row is one observation', () => {
  it.each(FILES)('%s: %i rows, each with its value, note, period and source', (file, count) => {
    const rows = readCsv(file)
    expect(rows).toHaveLength(count)
    const kept = rows.filter((row) => !RANKING.has(col(row, 'indicator')))
    let repeated = 0
    for (const row of kept) {
      const o = find(indicatorOf(row), entityOf(row), yearOf(row), editionOf(row))
      const label = `${file} ${JSON.stringify(row).slice(0, 160)}`
      expect(o, label).toBeDefined()
      expect(o?.value, label).toBe(valueOf(row))
      const source = sourceById.get(o?.sourceId ?? '')
      if (col(row, 'edition') === REPEATS && source?.reference !== col(row, 'source')) {
        // Kept once, as fig 4.2.14's observation, with the same value.
        expect(source?.citation.startsWith('AI Index 2026 (fig 4.2.14)')).toBe(true)
        repeated += 1
        continue
      }
      expect(source?.reference, label).toBe(col(row, 'source'))
      expect(o?.note, label).toBe(col(row, 'notes') === '' ? null : col(row, 'notes'))
      expect(o?.period, label).toBe('period' in row ? col(row, 'period') : null)
    }
    const ids = new Set(kept.map(indicatorOf))
    const generated = observations.filter((o) => ids.has(o.indicatorId))
    expect(generated).toHaveLength(kept.length - repeated)
    expect(repeated).toBe(file === 'companies.csv' ? 2 : 0)
  })

  it('keeps empty cells as null observations, never 0, and nowhere else', () => {
    const nulls: Record<string, number> = {}
    for (const o of observations) {
      if (o.value === null) nulls[o.indicatorId] = (nulls[o.indicatorId] ?? 0) + 1
    }
    expect(nulls).toEqual({
      'ai-job-postings-share': 64,
      'gvt-relative-ai-skill-penetration': 55,
      'gvt-year-h-index': 30,
      'gvt-ai-talent-concentration': 30,
      // The pre-existing GVT 2024 patents row ("over 15,000").
      'ai-patents-granted': 1,
    })
    expect(find('ai-job-postings-share', 'CHL', 2014, 'aiindex-2026')?.value).toBeNull()
    expect(find('ai-job-postings-share', 'CHL', 2014, 'aiindex-2026')?.note).toContain(
      'empty in the source CSV (no data)',
    )
  })

  it('files multi-year values under their period, not as a year', () => {
    const periods = new Map<IndicatorId, Set<string | null>>()
    for (const o of observations) {
      const set = periods.get(o.indicatorId) ?? new Set()
      set.add(o.period)
      periods.set(o.indicatorId, set)
    }
    expect([...(periods.get('newly-funded-ai-companies-cumulative') ?? [])]).toEqual(['2013-2025'])
    expect([...(periods.get('ai-bills-passed-cumulative') ?? [])]).toEqual(['2016-2025'])
    expect([...(periods.get('relative-ai-skill-penetration') ?? [])]).toEqual(['2015-2025'])
    expect([...(periods.get('ai-talent-concentration-change') ?? [])]).toEqual(['2019-2025'])
    expect([...(periods.get('newly-funded-ai-companies') ?? [])]).toEqual([null])
  })
})

describe('long-form files: hand-checked values', () => {
  // CSV texts with 17 significant digits are compared as the double they parse to.
  it('publication shares 2023 (fig 1.6.6), as SOURCES.md quotes them', () => {
    const share = (id: string) => obs('ai-publications-share', id, 2023, 'aiindex-2026')
    expect(share('CHN')).toBe(Number('23.074004617836122'))
    expect(share('USA')).toBe(9.202429603292467)
    expect(share('EUROPE')).toBe(15.22259921301666)
    expect(share('IND')).toBe(Number('9.209656263888738'))
    expect(share('ROW')).toBe(Number('22.682319613518193'))
    expect(share('UNKNOWN')).toBe(Number('20.608990688447823'))
    expect(obs('ai-publications', 'WLD', 2024, 'aiindex-2026')).toBe(257891)
  })

  it('top-100 cited papers 2023 and notable models by access type 2023', () => {
    expect(obs('top-cited-ai-publications', 'USA', 2023, 'aiindex-2026')).toBe(50)
    expect(obs('top-cited-ai-publications', 'CHN', 2023, 'aiindex-2026')).toBe(34)
    const access = (id: IndicatorId) => obs(id, 'WLD', 2023, 'aiindex-2026')
    expect(access('notable-models-open-weights-unrestricted')).toBe(22)
    expect(access('notable-models-open-weights-restricted')).toBe(19)
    expect(access('notable-models-open-weights-noncommercial')).toBe(18)
    expect(access('notable-models-api-access')).toBe(20)
    expect(access('notable-models-hosted-access')).toBe(4)
    expect(access('notable-models-unreleased')).toBe(36)
  })

  it('companies, data centres and talent migration', () => {
    expect(obs('newly-funded-ai-companies', 'USA', 2025, 'aiindex-2026')).toBe(1953)
    expect(obs('newly-funded-ai-companies', 'CHN', 2025, 'aiindex-2026')).toBe(161)
    expect(obs('newly-funded-ai-companies-cumulative', 'USA', 2025, 'aiindex-2026')).toBe(8909)
    expect(obs('data-centres', 'USA', 2025, 'aiindex-2026')).toBe(5427)
    expect(obs('data-centres', 'DEU', 2025, 'aiindex-2026')).toBe(529)
    // Fig 4.4.24 dates 1.21862 1/1/24; fig 4.4.23 calls the same value 2025: two series.
    expect(obs('net-ai-talent-migration', 'USA', 2024, 'aiindex-2026')).toBe(1.21862)
    expect(obs('net-ai-talent-migration', 'USA', 2025, 'aiindex-2026')).toBe(0.91968)
    expect(obs('net-ai-talent-migration-fig-4-4-23', 'USA', 2025, 'aiindex-2026')).toBe(1.21862)
  })

  it('GVT 2022 raw indicators for China and the US (SOURCES.md S13)', () => {
    const gvt = (id: IndicatorId, entity: string, year: number) => obs(id, entity, year, 'gvt-2022')
    expect(gvt('gvt-private-investment', 'USA', 2021)).toBe(52872119257)
    expect(gvt('gvt-private-investment', 'CHN', 2021)).toBe(17210048199)
    expect(gvt('gvt-newly-funded-companies', 'USA', 2021)).toBe(299)
    expect(gvt('gvt-journal-publications', 'CHN', 2021)).toBe(60066)
    expect(gvt('gvt-journal-publications', 'USA', 2021)).toBe(26461)
    expect(gvt('gvt-conference-publications', 'CHN', 2021)).toBe(21691)
    expect(gvt('gvt-conference-publications', 'USA', 2021)).toBe(13271)
    expect(gvt('gvt-journal-citations', 'CHN', 2021)).toBe(52960)
    expect(gvt('gvt-journal-citations', 'CHN', 2020)).toBe(258767)
    expect(gvt('gvt-journal-citations', 'USA', 2021)).toBe(33187)
    expect(gvt('gvt-ai-talent-concentration', 'IND', 2021)).toBe(0.0913)
    expect(gvt('gvt-year-h-index', 'IND', 2021)).toBe(1.303513419)
  })
})

describe('the aggregates and units of the new indicators', () => {
  it('gives each source label of the long-form files an entity with a definition', () => {
    const ids = new Set(entities.map((e) => e.id))
    for (const scheme of Object.values(AGGREGATE_OF)) {
      for (const id of Object.values(scheme)) expect(ids.has(id), id).toBe(true)
    }
  })

  it('never sums a share, ratio or rate over members', () => {
    const rate = /%|ratio|fraction|per |index|not stated|100 most cited/
    // Shares of world patents were summable before this rule; left as they were (report).
    const earlier = new Set(['ai-patents-share'])
    for (const i of indicators) {
      if (earlier.has(i.id) || !rate.test(i.unit) || i.id === 'gvt-private-investment') continue
      expect(i.aggregation, i.id).not.toBe('sum')
    }
    const weighted = indicators.filter((i) => i.aggregation === 'population-weighted-mean')
    for (const i of weighted) expect(i.unit, i.id).toMatch(/inhabitants/)
  })

  it('states the units the sources state, and says so where they do not', () => {
    const unit = (id: IndicatorId) => indicators.find((i) => i.id === id)?.unit
    expect(unit('gvt-private-investment')).toBe('US$ (unit not stated in the file)')
    expect(unit('genai-private-investment')).toBe('US$ bn (nominal)')
    expect(unit('ai-publications-share')).toBe('% of world AI publications in CS')
    expect(unit('ai-share-of-cs-publications')).toBe(
      'fraction of all CS publications (as given; the CSV states no unit)',
    )
    expect(unit('gvt-year-h-index')).toBe('index (unit not stated)')
    expect(indicators.find((i) => i.id === 'gvt-year-h-index')?.description).toContain(
      'probably LinkedIn',
    )
  })

  it('gives every new source a citation, a URL and a licence', () => {
    const cited = new Set(
      observations
        .filter((o) => o.edition === 'gvt-2022' || o.indicatorId.startsWith('ai-publications'))
        .map((o) => o.sourceId),
    )
    for (const id of cited) {
      const source = sourceById.get(id)
      expect(source?.url, id).toMatch(/^https:\/\//)
      expect(source?.licence.length, id).toBeGreaterThan(5)
    }
    const gvt = sourceById.get('gvt-2022-release')
    expect(gvt?.licence).toMatch(/^No data licence found/)
    expect(gvt?.url).toBe(
      'https://github.com/jackoluciano/TubesLiDIA/blob/07e10a2d4faac47f2279d5393392f3b12fac1ba2/DATASET/AI_VIBRANCY.xlsx',
    )
    expect(sourceById.get('aiindex-2026-fig-1-6-6')?.licence).toBe(
      'CC BY-ND 4.0 (AI Index public data)',
    )
  })
})

describe('GVT 2022 release: the published ranking', () => {
  const rows = readCsv('gvt_2022_release.csv').filter((row) => RANKING.has(col(row, 'indicator')))
  const entries = vibrancy.filter((v) => v.edition === 'gvt-2022')

  it('has one entry per country and data year with the stored rank, score and pillars', () => {
    expect(entries).toHaveLength(145)
    const cellOf = (iso3: string, year: number, indicator: string) =>
      rows.find(
        (r) =>
          col(r, 'iso3') === iso3 &&
          Number(col(r, 'year')) === year &&
          col(r, 'indicator') === indicator,
      )
    for (const e of entries) {
      const value = (indicator: string) =>
        Number(col(cellOf(e.entityId, e.dataYear, indicator) ?? {}, 'value'))
      expect(e.rank).toBe(value('rank'))
      expect(e.score).toBe(value('vibrancy'))
      expect(e.pillarScores).toEqual({
        economy: value('econ_pillar'),
        research: value('rd_pillar'),
      })
    }
    expect([...new Set(entries.map((e) => e.dataYear))]).toEqual([2017, 2018, 2019, 2020, 2021])
  })

  it('ranks the US, China and India 1–3 in 2021 with the scores the UI shows as 70.1, 49.1, 37.7', () => {
    const top = entries.filter((e) => e.dataYear === 2021).slice(0, 3)
    expect(top.map((e) => [e.entityId, e.rank, e.score])).toEqual([
      ['USA', 1, 70.09798064],
      ['CHN', 2, 49.1087973],
      ['IND', 3, 37.6884796],
    ])
    expect(top[0]?.pillarScores).toEqual({ economy: 65.1816135, research: 75.01434778 })
  })

  it('misses one ranked country each year, as the edition note says', () => {
    const missing = [2017, 2018, 2019, 2020, 2021].map((year) => {
      const ranks = new Set(entries.filter((e) => e.dataYear === year).map((e) => e.rank))
      return Array.from({ length: 30 }, (_, i) => i + 1).filter((r) => !ranks.has(r))
    })
    expect(missing).toEqual([[9], [11], [9], [19], [15]])
  })
})
