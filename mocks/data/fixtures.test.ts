// @vitest-environment node
/**
 * Checks the generated fixtures against the CSVs they come from (data/sources, kept in the
 * repository). The CSVs are re-read here with an independent, minimal mapping, so a mistake in
 * scripts/build-data.ts is not simply repeated by the test. Nothing here skips: a missing CSV
 * fails, so a clone without its raw data cannot pass.
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildFixtureData, buildFixtures, SOURCES_DIR } from '../../scripts/build-data'
import { checkFinds } from '../../scripts/data/claims'
import { claims } from './claims'
import { col, csvDir, find, readCsv, type Row } from './csv-test-helpers'
import { editions } from './editions'
import { entities, groups } from './entities'
import { indicators } from './indicators'
import { observations } from './observations'
import { pledges } from './pledges'
import { referenceSeries } from './reference'
import { sources } from './sources'
import type { EditionId, FixtureObservation, IndicatorId } from './types'
import { vibrancy } from './vibrancy'
import { REFRESHED_EDITIONS } from '../../src/domain/refreshed-editions'

const here = dirname(fileURLToPath(import.meta.url))

/** Every file the build reads, and the sources and licences that travel with them. */
const SOURCE_FILES = [
  'SOURCES.md',
  'LICENCES.md',
  'countries.csv',
  'investment.csv',
  'investment_cumulative.csv',
  'models.csv',
  'models_cumulative.csv',
  'patents.csv',
  'population.csv',
  'gdp.csv',
  'vibrancy.csv',
  'pledges.csv',
  'context_claims.csv',
  'publications.csv',
  'companies.csv',
  'talent.csv',
  'compute.csv',
  'models_open_source.csv',
  'adoption.csv',
  'policy.csv',
  'period_values.csv',
  'gvt_2022_release.csv',
]

const AGGREGATE_IDS: Record<string, string> = {
  World: 'WLD',
  Europe: 'EUROPE',
  'European Union': 'EU',
  'Rest of the world': 'ROW',
}

function entityOf(row: Row, nameColumn: string): string {
  const iso3 = col(row, 'iso3')
  const id = iso3 !== '' ? iso3 : AGGREGATE_IDS[col(row, nameColumn)]
  if (id === undefined) throw new Error(`unmapped ${col(row, nameColumn)}`)
  return id
}

function valueOf(indicatorId: IndicatorId, entityId: string, year: number, edition: EditionId) {
  return find(indicatorId, entityId, year, edition)?.value
}

const sourceById = new Map(sources.map((s) => [s.id, s]))
const REFRESHED_IDS = new Set<string>(REFRESHED_EDITIONS.map((e: { id: string }) => e.id))

/** How one CSV maps to observations, restated independently of the generator. */
interface FileSpec {
  readonly file: string
  readonly edition: (label: string) => EditionId | undefined
  readonly columns: readonly (readonly [string, IndicatorId])[]
  readonly entityColumn: string
  readonly year: (row: Row) => number
  readonly period: (row: Row) => string | null
}

const byYear = (row: Row): number => Number(col(row, 'year'))
const byPeriodEnd = (row: Row): number => Number(col(row, 'period').slice(-4))
const noPeriod = (): null => null
const periodCell = (row: Row): string => col(row, 'period')

const SPECS: readonly FileSpec[] = [
  {
    file: 'investment.csv',
    edition: (label) =>
      label.startsWith('AI Index 2026 (fig ')
        ? 'aiindex-2026'
        : label === 'AI Index 2025 (fig 4.3.8)'
          ? 'aiindex-2025'
          : label === 'AI Index 2024 (fig 4.3.8)'
            ? 'aiindex-2024'
            : label.startsWith('OWID grapher ')
              ? 'owid-2025'
              : undefined,
    columns: [
      ['usd_billion_nominal', 'private-investment'],
      ['usd_billion_constant_2021', 'private-investment-real'],
    ],
    entityColumn: 'country_or_region',
    year: byYear,
    period: noPeriod,
  },
  {
    file: 'investment_cumulative.csv',
    edition: (label) =>
      (
        ({
          'AI Index 2026 (fig 4.2.12)': 'aiindex-2026',
          'AI Index 2025 (fig 4.3.9)': 'aiindex-2025',
          'AI Index 2024 (as quoted by third parties)': 'aiindex-2024',
        }) as Record<string, EditionId>
      )[label],
    columns: [['usd_billion_nominal', 'private-investment-cumulative']],
    entityColumn: 'country_or_region',
    year: byPeriodEnd,
    period: periodCell,
  },
  {
    file: 'models.csv',
    edition: (label) =>
      (
        ({
          'AI Index 2024': 'aiindex-2024',
          'AI Index 2025': 'aiindex-2025',
          'AI Index 2026 (CSV fig 1.1.2)': 'aiindex-2026',
          'AI Index 2026 (chart fig 1.1.1)': 'aiindex-2026-charts',
          'AI Index 2026 (chart fig 1.1.2)': 'aiindex-2026-charts',
        }) as Record<string, EditionId>
      )[label],
    columns: [
      ['notable_ml_models', 'notable-models'],
      ['foundation_models', 'foundation-models'],
    ],
    entityColumn: 'country',
    year: byYear,
    period: noPeriod,
  },
  {
    file: 'models_cumulative.csv',
    edition: (label) =>
      label === 'AI Index 2026 (CSV fig 1.1.3, sum 2003-25)' ? 'aiindex-2026' : undefined,
    columns: [['notable_ml_models', 'notable-models-cumulative']],
    entityColumn: 'country',
    year: byPeriodEnd,
    period: periodCell,
  },
  {
    file: 'patents.csv',
    edition: (label) =>
      label.startsWith('AI Index 2026 (')
        ? 'aiindex-2026'
        : label === 'AI Index 2025' || label === 'AI Index 2025 (fig 1.2.4)'
          ? 'aiindex-2025'
          : label === 'GVT 2024 via MeriTalk'
            ? 'gvt-2024'
            : undefined,
    columns: [
      ['granted_ai_patents', 'ai-patents-granted'],
      ['share_pct', 'ai-patents-share'],
      ['per_100k_inhabitants', 'ai-patents-per-100k'],
    ],
    entityColumn: 'country',
    year: byYear,
    period: noPeriod,
  },
]

/** Non-claim rows and their numeric cells, each of which must be exactly one observation. */
function cellsOf(spec: FileSpec) {
  const rows = readCsv(spec.file)
  const kept = rows.filter((row) => col(row, 'source_type') !== 'context_article_claim')
  const cells = kept.flatMap((row) =>
    spec.columns
      .filter(([column]) => col(row, column) !== '')
      .map(([column, indicatorId]) => ({ row, column, indicatorId })),
  )
  const emptyRows = kept.filter((row) => spec.columns.every(([column]) => col(row, column) === ''))
  return { rows, kept, cells, emptyRows }
}

describe('the raw data is in the repository', () => {
  it('the build reads data/sources and nothing else', () => {
    expect(SOURCES_DIR).toBe(csvDir)
  })

  it.each(SOURCE_FILES)('data/sources/%s exists', (file) => {
    expect(existsSync(join(csvDir, file)), `data/sources/${file} is missing`).toBe(true)
  })
})

describe('fixtures match the CSVs', () => {
  it.each(SPECS)('$file: every non-claim figure is exactly one observation', (spec) => {
    const { cells, emptyRows } = cellsOf(spec)
    const indicatorIds = new Set(spec.columns.map(([, id]) => id))
    for (const { row, column, indicatorId } of cells) {
      const edition = spec.edition(col(row, 'edition'))
      expect(edition, col(row, 'edition')).toBeDefined()
      if (edition === undefined) continue
      const o = find(indicatorId, entityOf(row, spec.entityColumn), spec.year(row), edition)
      expect(o, `${spec.file} ${JSON.stringify(row)}`).toBeDefined()
      expect(o?.value).toBe(Number(col(row, column)))
      expect(o?.period).toBe(spec.period(row))
      expect(o?.note).toBe(col(row, 'notes') === '' ? null : col(row, 'notes'))
      expect(sourceById.get(o?.sourceId ?? '')?.reference).toBe(col(row, 'source'))
    }
    // Refreshed vintages (data/sources/refresh) are editions of their own, read from elsewhere.
    const generated = observations.filter(
      (o) => indicatorIds.has(o.indicatorId) && !REFRESHED_IDS.has(o.edition),
    )
    expect(generated).toHaveLength(cells.length + emptyRows.length)
  })

  it('investment.csv: the 3 ING context rows are excluded and no figure is null', () => {
    const { rows, kept } = cellsOf(SPECS[0] as FileSpec)
    expect(rows.length - kept.length).toBe(3)
    const money = observations.filter((o) => o.indicatorId.startsWith('private-investment'))
    expect(money.every((o) => o.value !== null)).toBe(true)
  })

  it('patents.csv: the GVT/MeriTalk row without a figure is a null observation', () => {
    const { rows, kept, emptyRows } = cellsOf(SPECS[4] as FileSpec)
    expect(rows.length - kept.length).toBe(1)
    expect(emptyRows).toHaveLength(1)
    const o = find('ai-patents-granted', 'USA', 2023, 'gvt-2024')
    expect(o?.value).toBeNull()
    expect(o?.note).toBe("reported only as 'over 15,000'; exact value not found")
  })

  it('vibrancy.csv: 18 entries with ranks and scores as in the CSV, no pillar scores', () => {
    const rows = readCsv('vibrancy.csv')
    const press = vibrancy.filter((v) => v.edition === 'gvt-2024' || v.edition === 'gvt-2025')
    expect(press).toHaveLength(rows.length)
    expect(press).toHaveLength(18)
    expect(press.every((v) => v.pillarScores === null)).toBe(true)
    for (const row of rows) {
      const edition = col(row, 'edition').startsWith('GVT 2024') ? 'gvt-2024' : 'gvt-2025'
      const entry = vibrancy.find((v) => v.edition === edition && v.entityId === col(row, 'iso3'))
      expect(entry?.rank).toBe(Number(col(row, 'rank')))
      expect(entry?.score).toBe(col(row, 'score') === '' ? null : Number(col(row, 'score')))
      expect(entry?.dataYear).toBe(Number(col(row, 'year')))
    }
  })

  it('pledges.csv: 7 pledges in CSV order with the amounts as given', () => {
    const rows = readCsv('pledges.csv')
    expect(pledges.map((p) => p.id)).toEqual([
      'stargate',
      'stargate-immediate',
      'apple',
      'investai',
      'investai-gigafactories',
      'france-ai-plan',
      'eu-ai-factories',
    ])
    rows.forEach((row, i) => {
      expect(pledges[i]?.amount).toBe(Number(col(row, 'amount')))
      expect(pledges[i]?.horizonText).toBe(col(row, 'horizon_years'))
      expect(pledges[i]?.description).toBe(col(row, 'description'))
      expect(sourceById.get(pledges[i]?.sourceId ?? '')?.reference).toBe(col(row, 'source'))
    })
  })

  it('context_claims.csv: 25 claims in CSV order with values and status text verbatim', () => {
    const rows = readCsv('context_claims.csv')
    expect(claims).toHaveLength(25)
    rows.forEach((row, i) => {
      expect(claims[i]?.id).toBe(col(row, 'claim_id'))
      // A qualitative claim has no figure: null, never 0.
      expect(claims[i]?.value).toBe(col(row, 'value') === '' ? null : Number(col(row, 'value')))
      expect(claims[i]?.unit).toBe(col(row, 'unit'))
      expect(claims[i]?.statusText).toBe(col(row, 'status'))
      expect(claims[i]?.year).toBe(col(row, 'year') === '' ? null : Number(col(row, 'year')))
    })
  })

  it('countries.csv: 249 countries plus 29 reported aggregates, each with its definition', () => {
    const rows = readCsv('countries.csv')
    expect(rows).toHaveLength(249)
    expect(entities.filter((e) => e.kind === 'country')).toHaveLength(249)
    const aggregates = entities.filter((e) => e.kind === 'reported-aggregate')
    expect(aggregates.map((e) => e.id)).toEqual([
      ...['WLD', 'EUROPE', 'EU', 'ROW', 'UNKNOWN'],
      ...['WB-EAP', 'WB-ECA', 'WB-LAC', 'WB-MENA', 'WB-NAC', 'WB-SAS', 'WB-SSA'],
      ...['EPOCH-EAP', 'EPOCH-ECA', 'EPOCH-LAC', 'EPOCH-MENA', 'EPOCH-NAC', 'EPOCH-SAS'],
      ...['MCK-ALL', 'MCK-APAC', 'MCK-DEVELOPING', 'MCK-EUROPE', 'MCK-GREATER-CHINA', 'MCK-NAC'],
      ...['KPMG-GLOBAL', 'HF-INTERNATIONAL', 'HF-OTHERS', 'HF-UNAFFILIATED', 'G20'],
    ])
    for (const a of aggregates) expect(a.note?.length ?? 0, a.id).toBeGreaterThan(40)
    // An aggregate is never a member of a computed group: bloc figures sum countries only.
    const members = new Set(groups.flatMap((g) => g.members))
    for (const a of aggregates) expect(members.has(a.id), a.id).toBe(false)
  })

  it('population.csv and gdp.csv: values copied for countries and WLD only', () => {
    const population = referenceSeries.find((r) => r.indicatorId === 'population')
    const gdp = referenceSeries.find((r) => r.indicatorId === 'gdp')
    const popRow = readCsv('population.csv').find((r) => r.code === 'USA' && r.year === '2023')
    const gdpRow = readCsv('gdp.csv').find((r) => r.code === 'USA' && r.year === '2023')
    expect(popRow).toBeDefined()
    expect(population?.values.USA?.[2023 - (population?.startYear ?? 0)]).toBe(
      Number(popRow?.population),
    )
    expect(gdp?.values.USA?.[2023 - (gdp?.startYear ?? 0)]).toBe(Number(gdpRow?.gdp_usd_current))
    expect(population?.values.WLD).toBeDefined()
    expect(population?.values.EUU).toBeUndefined()
    expect(gdp?.values.HIC).toBeUndefined()
  })
})

describe('sample values', () => {
  it('keeps each edition’s own figures', () => {
    expect(valueOf('notable-models', 'USA', 2023, 'aiindex-2024')).toBe(61)
    expect(valueOf('notable-models', 'USA', 2023, 'aiindex-2026')).toBe(87)
    expect(valueOf('notable-models', 'USA', 2025, 'aiindex-2026')).toBe(50)
    expect(valueOf('notable-models', 'USA', 2025, 'aiindex-2026-charts')).toBe(59)
    expect(valueOf('private-investment', 'USA', 2023, 'aiindex-2024')).toBe(67.22)
    expect(valueOf('private-investment', 'USA', 2023, 'aiindex-2026')).toBe(72.364764946)
    expect(valueOf('private-investment', 'CHN', 2023, 'aiindex-2024')).toBe(7.76)
    expect(valueOf('ai-patents-granted', 'CHN', 2023, 'aiindex-2026')).toBe(85674)
  })

  it('US private investment 2024 in AI Index 2025 is the CSV value', () => {
    const row = readCsv('investment.csv').find(
      (r) => r.iso3 === 'USA' && r.year === '2024' && r.edition === 'AI Index 2025 (fig 4.3.8)',
    )
    expect(row).toBeDefined()
    expect(valueOf('private-investment', 'USA', 2024, 'aiindex-2025')).toBe(
      Number(row?.usd_billion_nominal),
    )
  })

  it('GVT 2024 ranks and the one published score', () => {
    const gvt = (id: string) => vibrancy.find((v) => v.edition === 'gvt-2024' && v.entityId === id)
    expect(gvt('USA')?.rank).toBe(1)
    expect(gvt('CHN')?.rank).toBe(2)
    expect(gvt('FRA')?.rank).toBe(6)
    expect(gvt('DEU')?.rank).toBe(8)
    expect(gvt('USA')?.score).toBe(70)
    expect(gvt('CHN')?.score).toBeNull()
  })
})

describe('fixture integrity', () => {
  it('has no duplicate (indicator, entity, year, edition) key', () => {
    const keys = observations.map((o) => `${o.indicatorId}|${o.entityId}|${o.year}|${o.edition}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('resolves every source, edition, entity and indicator id', () => {
    const editionIds = new Set(editions.map((e) => e.id))
    const entityIds = new Set(entities.map((e) => e.id))
    const indicatorIds = new Set(indicators.map((i) => i.id))
    const cited = [
      ...observations.map((o) => o.sourceId),
      ...referenceSeries.map((r) => r.sourceId),
      ...vibrancy.map((v) => v.sourceId),
      ...pledges.map((p) => p.sourceId),
      ...claims.map((c) => c.sourceId),
    ]
    for (const id of cited) expect(sourceById.has(id), id).toBe(true)
    for (const o of observations) {
      expect(editionIds.has(o.edition), o.edition).toBe(true)
      expect(entityIds.has(o.entityId), o.entityId).toBe(true)
      expect(indicatorIds.has(o.indicatorId), o.indicatorId).toBe(true)
    }
    for (const v of vibrancy) expect(entityIds.has(v.entityId), v.entityId).toBe(true)
    for (const r of referenceSeries) {
      for (const code of Object.keys(r.values)) expect(entityIds.has(code), code).toBe(true)
    }
  })

  it('never turns a quoted claim into an observation', () => {
    for (const o of observations) {
      expect(sourceById.get(o.sourceId)?.sourceType).not.toBe('context_article_claim')
    }
    // The ING foundation-model counts (US 109, China 20) exist only as claims.
    expect(find('foundation-models', 'USA', 2023, 'aiindex-2024')).toBeUndefined()
    expect(find('foundation-models', 'CHN', 2023, 'aiindex-2024')).toBeUndefined()
    expect(claims.find((c) => c.id === 'us_foundation_models_2023')?.value).toBe(109)
    expect(valueOf('foundation-models', 'WLD', 2023, 'aiindex-2024')).toBe(149)
  })

  it('checks each claim against the edition it cites, with revisions and other measures apart', () => {
    const checks = (id: string) =>
      claims
        .find((c) => c.id === id)
        ?.checks.map((k) => {
          switch (k.kind) {
            case 'indicator':
              return [k.role, k.indicatorId, k.entityId, k.year, k.edition]
            case 'vibrancy-rank':
              return [k.role, 'rank', k.entityId, k.edition]
            case 'pledge':
              return [k.role, 'pledge', k.pledgeId]
            case 'ratio':
              return [k.role, 'ratio', k.indicatorId, k.numeratorId, k.denominatorId, k.edition]
            case 'comparison':
              return [k.role, 'comparison', k.indicatorId, k.entityId, k.year, k.edition]
            case 'external':
              return [k.role, 'external', k.sourceId, k.value, k.range]
          }
        })
    expect(checks('us_private_inv_2023')).toEqual([
      ['cited', 'private-investment', 'USA', 2023, 'aiindex-2024'],
      ['revision', 'private-investment', 'USA', 2023, 'aiindex-2026'],
    ])
    expect(valueOf('private-investment', 'USA', 2023, 'aiindex-2024')).toBe(67.22)
    expect(checks('eu_private_inv_2023')).toEqual([
      ['cited', 'private-investment', 'eu27', 2023, 'aiindex-2024'],
      ['other-definition', 'private-investment', 'EUROPE', 2023, 'aiindex-2026'],
    ])
    expect(checks('cn_ai_patents_2023')).toEqual([
      ['cited', 'external', 'gvt-2024-via-meritalk', null, { min: 44000, max: null }],
      ['context', 'ai-patents-granted', 'USA', 2023, 'gvt-2024'],
      ['other-definition', 'ai-patents-granted', 'CHN', 2023, 'aiindex-2026'],
      ['context', 'ai-patents-granted', 'USA', 2023, 'aiindex-2026'],
      ['other-year', 'gvt-patent-grants', 'CHN', 2021, 'gvt-2022'],
      ['context', 'gvt-patent-grants', 'USA', 2021, 'gvt-2022'],
      ['other-year', 'gvt-patent-filings', 'CHN', 2021, 'gvt-2022'],
      ['context', 'gvt-patent-filings', 'USA', 2021, 'gvt-2022'],
    ])
    expect(checks('cn_us_patent_ratio_2023')).toEqual([
      ['cited', 'external', 'gvt-2024-via-meritalk', null, { min: null, max: 3 }],
      ['other-definition', 'ratio', 'ai-patents-granted', 'CHN', 'USA', 'aiindex-2026'],
      ['other-year', 'ratio', 'gvt-patent-grants', 'CHN', 'USA', 'gvt-2022'],
      ['other-year', 'ratio', 'gvt-patent-filings', 'CHN', 'USA', 'gvt-2022'],
    ])
    expect(checks('deepseek_full')).toEqual([
      ['cited', 'external', 'semianalysis-deepseek-capex-estimate', 1.3, null],
      [
        'other-definition',
        'external',
        'semianalysis-deepseek-capex-estimate',
        null,
        { min: 1.4, max: 1.6 },
      ],
      ['other-definition', 'external', 'tom-s-hardware-citing-semianalysis', 1.6, null],
    ])
    expect(checks('cn_leads_ai_citations_2023')).toEqual([
      ['other-year', 'comparison', 'gvt-journal-citations', 'CHN', 2020, 'gvt-2022'],
      ['other-year', 'comparison', 'gvt-journal-citations', 'CHN', 2021, 'gvt-2022'],
      ['other-definition', 'comparison', 'top-cited-ai-publications', 'CHN', 2023, 'aiindex-2026'],
    ])
    expect(checks('gvt_rank_fr')).toEqual([['cited', 'rank', 'FRA', 'gvt-2024']])
    expect(checks('stargate')).toEqual([['cited', 'pledge', 'stargate']])
    // No data point exists for these: quoted statements, nothing else.
    for (const id of ['us_foundation_models_2023', 'cn_foundation_models_2023'])
      expect(checks(id)).toEqual([])
  })

  it('keeps the quoted figure as written, and reads every status text of the CSV', () => {
    const claim = (id: string) => claims.find((c) => c.id === id)
    expect(claim('open_fm_share_us')?.quoted).toBe('60.5')
    expect(claim('us_private_inv_2023')?.quoted).toBe('68')
    expect(claim('deepseek_full')?.quoted).toBe('1.3')
    expect(claim('us_private_inv_2023')?.curatorStatus).toBe('approximately-consistent')
    expect(claim('cn_private_inv_2023')?.curatorStatus).toBe('consistent-with-rounding')
    expect(claim('cn_us_patent_ratio_2023')?.curatorStatus).toBe('disputed')
    expect(claim('cn_leads_ai_publications_2023')?.curatorStatus).toBe('unverified')
    expect(claim('cn_leads_ai_citations_2023')?.curatorStatus).toBe('unverified')
    const qualitative = claims.filter((c) => c.value === null).map((c) => [c.id, c.unit, c.quoted])
    expect(qualitative).toEqual([
      ['cn_leads_ai_publications_2023', '', null],
      ['cn_leads_ai_citations_2023', '', null],
    ])
  })

  it('builds EU-27 and G7 from known countries', () => {
    const eu27 = groups.find((g) => g.id === 'eu27')
    const g7 = groups.find((g) => g.id === 'g7')
    expect(eu27?.members).toHaveLength(27)
    expect(g7?.members).toHaveLength(7)
    expect(eu27?.members).not.toContain('GBR')
    const countryIds = new Set(entities.filter((e) => e.kind === 'country').map((e) => e.id))
    for (const g of groups) for (const m of g.members) expect(countryIds.has(m), m).toBe(true)
  })

  it('contains no NaN or infinite number anywhere', () => {
    const bad: string[] = []
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'number' && !Number.isFinite(value)) bad.push(path)
      else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`))
      else if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`)
      }
    }
    walk({ observations, referenceSeries, vibrancy, pledges, claims }, 'fixtures')
    expect(bad).toEqual([])
  })

  it('points every claim check at an existing figure, group or source', () => {
    const groupIds = new Set(groups.map((g) => g.id))
    const targets = {
      hasFigure: (indicatorId: IndicatorId, entityId: string, year: number, edition: EditionId) =>
        groupIds.has(entityId) || find(indicatorId, entityId, year, edition) !== undefined,
      sourceIds: new Set(sources.map((s) => s.id)),
      vibrancy,
      pledges,
    }
    for (const claim of claims)
      for (const check of claim.checks)
        expect(checkFinds(check, targets), `${claim.id} ${JSON.stringify(check)}`).toBe(true)
  })

  it('sorts observations by indicator, edition, entity and year', () => {
    const key = (o: FixtureObservation) =>
      [o.indicatorId, o.edition, o.entityId, String(o.year).padStart(4, '0')].join('\u0000')
    const keys = observations.map(key)
    expect(keys).toEqual([...keys].sort())
  })
})

describe('generator', () => {
  it('re-running it gives the committed fixtures', () => {
    expect(buildFixtureData(csvDir)).toEqual({
      editions,
      sources,
      entities,
      groups,
      indicators,
      observations,
      referenceSeries,
      vibrancy,
      pledges,
      claims,
    })
  })

  it('renders one module per committed file, each with the generated-file header', () => {
    const files = buildFixtures(csvDir)
    for (const [file, text] of Object.entries(files)) {
      expect(existsSync(join(here, file)), file).toBe(true)
      expect(text.startsWith('// Generated by scripts/build-data.ts')).toBe(true)
    }
    expect(Object.keys(files).sort()).toEqual([
      'claims.ts',
      'editions.ts',
      'entities.ts',
      'indicators.ts',
      'observations.ts',
      'pledges.ts',
      'reference.ts',
      'sources.ts',
      'vibrancy.ts',
    ])
  })
})
