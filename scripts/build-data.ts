/**
 * Builds the typed fixture modules in mocks/data/ from the sourced CSVs kept in the repository
 * (data/sources/, and nothing outside it, so a fresh clone rebuilds the same bytes). Run with
 * `npm run data`, which also runs prettier on the output. The readers of the long-form files
 * live in scripts/data/ (AI Index 2026 figures, GVT 2022 release, claims), and so does the
 * reader of the vintages `npm run data:refresh` fetched into data/sources/refresh/ (vintages.ts):
 * each is an edition of its own, and `main` writes their entries of the edition list
 * (src/domain/refreshed-editions.ts).
 *
 * Honesty rules enforced here (see data/sources/SOURCES.md):
 * - figures are copied exactly as parsed: no rounding, interpolation or estimation;
 *   a missing cell becomes null, never 0;
 * - every observation keeps its source id and edition, and editions are never merged;
 * - rows whose source_type is `context_article_claim` are quoted claims, never observations;
 * - output is deterministic (fixed sort orders, no timestamps).
 * Anything the tables below do not expect (unknown edition label, iso3, status …) throws.
 *
 * The core is `buildFixtureData` (structured data) and `buildFixtures` (module texts), both
 * side-effect free apart from reading the CSVs, so the tests can re-run them in memory.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type {
  FixtureClaim,
  FixtureEdition,
  FixtureEntity,
  FixtureGroup,
  FixtureIndicator,
  FixtureObservation,
  FixturePledge,
  FixtureReferenceSeries,
  FixtureSource,
  FixtureVibrancyEntry,
  IndicatorId,
} from '../mocks/data/types'
import { AI_INDEX_2026_FILES, AI_INDEX_2026_INDICATORS } from './data/ai-index-2026-figures'
import { buildClaims, checkFinds } from './data/claims'
import {
  cell,
  compare,
  isClaimRow,
  lastYearOfPeriod,
  noteOf,
  NUMBER_TEXT,
  parseNumber,
  readCsv,
  requireInteger,
  requireNumber,
  type Table,
} from './data/csv'
import { editionFor, type EditionRule } from './data/editions'
import { buildEntities, buildGroups, resolveEntity, type Context } from './data/entities'
import {
  buildGvt2022Vibrancy,
  GVT_2022_EDITION,
  GVT_2022_FILE,
  GVT_2022_INDICATORS,
} from './data/gvt-2022'
import { longFormDrafts, readLongForm } from './data/long-form'
import { buildReferenceSeries } from './data/reference-series'
import {
  assertNoDuplicates,
  compareObservations,
  observationKey,
  observationSeries,
  type Draft,
} from './data/observations'
import { LICENCE_WDI, rowSource, SourceRegistry } from './data/sources'
import { readVintages, type Vintage } from './data/vintage-manifest'
import {
  EDITION_MODULE,
  renderEditionModule,
  vintageDrafts,
  vintageEdition,
  vintageEditionEntry,
  vintageReferenceSeries,
} from './data/vintages'

// ---------------------------------------------------------------------------------------------
// Hand-written tables
// ---------------------------------------------------------------------------------------------

const EDITIONS: readonly FixtureEdition[] = [
  {
    id: 'aiindex-2024',
    label: 'AI Index 2024',
    publisher: 'Stanford HAI (AI Index)',
    published: '2024-04',
    kind: 'ai-index',
    note: 'AI Index 2024 figures are known here only as quoted by third parties (news articles and copies of its highlights), not from its data files.',
  },
  {
    id: 'aiindex-2025',
    label: 'AI Index 2025',
    publisher: 'Stanford HAI (AI Index)',
    published: '2025-04',
    kind: 'ai-index',
    note: 'AI Index 2025 figures come from its web page and from a third-party iso3-keyed extract of its public data, spot-checked against the published text.',
  },
  {
    id: 'aiindex-2026',
    label: 'AI Index 2026',
    publisher: 'Stanford HAI (AI Index)',
    published: '2026-04-13',
    kind: 'ai-index',
    note: 'AI Index 2026 public-data CSVs as found in a third-party GitHub copy of the public-data folder; this edition revises earlier years, so never mix it with older editions.',
  },
  {
    id: 'aiindex-2026-charts',
    label: 'AI Index 2026 (chart labels)',
    publisher: 'Stanford HAI (AI Index)',
    published: '2026-04-13',
    kind: 'ai-index',
    note: 'Values printed on the AI Index 2026 chart PDFs (figs 1.1.1 and 1.1.2) where they differ from the CSVs in the same folder (e.g. US notable models 2025: 59 on the chart, 50 in the CSV).',
  },
  GVT_2022_EDITION,
  {
    id: 'gvt-2024',
    label: 'Global AI Vibrancy Tool 2024',
    publisher: 'Stanford HAI (Global AI Vibrancy Tool)',
    published: '2024-11-21',
    kind: 'vibrancy',
    note: 'GVT 2024 edition (data year 2023) as reported by the press: the top-10 ranks and one rounded score (US 70) only.',
  },
  {
    id: 'gvt-2025',
    label: 'Global AI Vibrancy Tool 2025',
    publisher: 'Stanford HAI (Global AI Vibrancy Tool)',
    published: '2025-12',
    kind: 'vibrancy',
    note: 'GVT 2025 edition (data year 2024) as reported by the press: ranks 1-8 and scores for the US, China and India only; scores are re-normalised each edition and not comparable with 2024.',
  },
  {
    id: 'owid-2025',
    label: 'Our World in Data, constant 2021 US$ (AI Index 2025 vintage)',
    publisher: 'Our World in Data (data: Quid via the AI Index)',
    published: '2025-04-08',
    kind: 'owid',
    note: "OWID's copy of the AI Index private-investment series for 2013-2024, deflated with the US CPI to constant 2021 US$; the date is OWID's 'last updated' per its data-package README, and the copy used was committed 2025-09-08.",
  },
  {
    id: 'wdi',
    label: 'World Bank WDI (population, GDP)',
    publisher: 'World Bank',
    // SOURCES.md does not document when population.csv and gdp.csv were downloaded.
    published: '',
    kind: 'reference',
    note: 'World Bank WDI population and GDP as supplied with the sourced data (data/sources); the download vintage is not documented.',
  },
]

/** The indicators of the investment, models and patents files and the reference series. */
const CORE_INDICATORS: readonly FixtureIndicator[] = [
  {
    id: 'private-investment',
    label: 'AI private investment',
    shortLabel: 'Private investment',
    unit: 'US$ bn (nominal)',
    pillar: 'economy',
    perCapitaAble: true,
    aggregation: 'sum',
    description:
      'Venture capital and private equity invested in private AI companies that raised more than US$1.5m (Quid data via the AI Index), attributed to the country of the company headquarters, in nominal US$ billions.',
  },
  {
    id: 'private-investment-real',
    label: 'AI private investment (constant 2021 US$)',
    shortLabel: 'Private investment (real)',
    unit: 'US$ bn (constant 2021)',
    pillar: 'economy',
    perCapitaAble: true,
    aggregation: 'sum',
    description:
      'The Quid / AI Index private-investment series as published by Our World in Data, deflated with the US CPI to constant 2021 US$ billions.',
  },
  {
    id: 'private-investment-cumulative',
    label: 'Cumulative AI private investment since 2013',
    shortLabel: 'Cumulative investment',
    unit: 'US$ bn (nominal)',
    pillar: 'economy',
    perCapitaAble: true,
    aggregation: 'sum',
    description:
      'AI private investment (Quid via the AI Index, attribution by headquarters) summed from 2013 to the last year of the stated period, in nominal US$ billions.',
  },
  {
    id: 'notable-models',
    label: 'Notable machine-learning models',
    shortLabel: 'Notable models',
    unit: 'models',
    pillar: 'research',
    perCapitaAble: true,
    aggregation: 'sum',
    description:
      "Models released in the year that Epoch AI's curated database rates as notable, counted by the AI Index by the country of the authors' institutions (a multi-country model may count for each country).",
  },
  {
    id: 'notable-models-cumulative',
    label: 'Notable ML models, cumulative since 2003',
    shortLabel: 'Notable models (cumulative)',
    unit: 'models',
    pillar: 'research',
    perCapitaAble: true,
    aggregation: 'sum',
    description:
      "Notable ML models (Epoch AI via the AI Index) summed over the stated period, by the country of the authors' institutions.",
  },
  {
    id: 'foundation-models',
    label: 'Foundation models released',
    shortLabel: 'Foundation models',
    unit: 'models',
    pillar: 'research',
    perCapitaAble: true,
    aggregation: 'sum',
    description:
      "Foundation models released in the year as counted by the AI Index; country figures are quoted figures whose provenance is given in each observation's note.",
  },
  {
    id: 'ai-patents-granted',
    label: 'Granted AI patents',
    shortLabel: 'AI patents',
    unit: 'patents',
    pillar: 'research',
    perCapitaAble: true,
    aggregation: 'sum',
    description:
      'AI patents granted in the year, attributed to a country or region by the AI Index patent data; recent years are incomplete because of publication lag.',
  },
  {
    id: 'ai-patents-share',
    label: 'Share of world granted AI patents',
    shortLabel: 'AI patent share',
    unit: '% of world',
    pillar: 'research',
    perCapitaAble: false,
    aggregation: 'sum',
    description:
      "A country's or region's share of the world's granted AI patents in the year, in percent, as published by the AI Index.",
  },
  {
    id: 'ai-patents-per-100k',
    label: 'Granted AI patents per 100,000 inhabitants',
    shortLabel: 'AI patents per 100k',
    unit: 'patents per 100k inhabitants',
    pillar: 'research',
    perCapitaAble: false,
    aggregation: 'population-weighted-mean',
    description:
      'Granted AI patents per 100,000 inhabitants as published by the AI Index (not computed by this project).',
  },
]

/** Population and GDP: the weights and denominators of per-capita and share-of-GDP figures. */
const REFERENCE_INDICATORS: readonly FixtureIndicator[] = [
  {
    id: 'population',
    label: 'Population',
    shortLabel: 'Population',
    unit: 'people',
    pillar: 'reference',
    perCapitaAble: false,
    aggregation: 'sum',
    description: 'Total population, World Bank WDI indicator SP.POP.TOTL.',
  },
  {
    id: 'gdp',
    label: 'GDP (current US$)',
    shortLabel: 'GDP',
    unit: 'US$',
    pillar: 'reference',
    perCapitaAble: false,
    aggregation: 'sum',
    description: 'Gross domestic product in current US$, World Bank WDI indicator NY.GDP.MKTP.CD.',
  },
]

const INDICATORS: readonly FixtureIndicator[] = [
  ...CORE_INDICATORS,
  ...AI_INDEX_2026_INDICATORS,
  ...GVT_2022_INDICATORS,
  ...REFERENCE_INDICATORS,
]

const INVESTMENT_EDITIONS: readonly EditionRule[] = [
  { label: /^AI Index 2026 \(fig [^)]+\)$/, edition: 'aiindex-2026' },
  { label: 'AI Index 2025 (fig 4.3.8)', edition: 'aiindex-2025' },
  { label: 'AI Index 2024 (fig 4.3.8)', edition: 'aiindex-2024' },
  { label: /^OWID grapher /, edition: 'owid-2025' },
]

const INVESTMENT_CUMULATIVE_EDITIONS: readonly EditionRule[] = [
  { label: 'AI Index 2026 (fig 4.2.12)', edition: 'aiindex-2026' },
  { label: 'AI Index 2025 (fig 4.3.9)', edition: 'aiindex-2025' },
  { label: 'AI Index 2024 (as quoted by third parties)', edition: 'aiindex-2024' },
]

const MODELS_EDITIONS: readonly EditionRule[] = [
  { label: 'AI Index 2024', edition: 'aiindex-2024' },
  { label: 'AI Index 2025', edition: 'aiindex-2025' },
  { label: 'AI Index 2026 (CSV fig 1.1.2)', edition: 'aiindex-2026' },
  // Caveat 2 of SOURCES.md: the chart PDFs print different 2025 values from the CSVs.
  { label: 'AI Index 2026 (chart fig 1.1.1)', edition: 'aiindex-2026-charts' },
  { label: 'AI Index 2026 (chart fig 1.1.2)', edition: 'aiindex-2026-charts' },
]

const MODELS_CUMULATIVE_EDITIONS: readonly EditionRule[] = [
  { label: 'AI Index 2026 (CSV fig 1.1.3, sum 2003-25)', edition: 'aiindex-2026' },
]

const PATENTS_EDITIONS: readonly EditionRule[] = [
  { label: /^AI Index 2026 \([^)]+\)$/, edition: 'aiindex-2026' },
  { label: 'AI Index 2025 (fig 1.2.4)', edition: 'aiindex-2025' },
  { label: 'AI Index 2025', edition: 'aiindex-2025' },
  // The row exists, but the US figure was reported only as "over 15,000": kept as null.
  { label: 'GVT 2024 via MeriTalk', edition: 'gvt-2024', emptyRowIndicator: 'ai-patents-granted' },
]

const VIBRANCY_EDITIONS: Readonly<
  Record<string, { readonly edition: 'gvt-2024' | 'gvt-2025'; readonly dataYear: number }>
> = {
  'GVT 2024 (released 2024-11-21)': { edition: 'gvt-2024', dataYear: 2023 },
  'GVT 2025 (reported Dec 2025)': { edition: 'gvt-2025', dataYear: 2024 },
}

/** The only vibrancy pillar in the CSV; anything else would need a new fixture field. */
const VIBRANCY_PILLAR = 'overall (expert-weighted index)'

const PLEDGE_ECONOMIES: Readonly<Record<string, string>> = {
  'United States': 'USA',
  'European Union': 'eu27',
  France: 'FRA',
}

const PLEDGE_CURRENCIES: Readonly<Record<string, FixturePledge['currency']>> = {
  'USD bn': 'USD',
  'EUR bn': 'EUR',
}

/**
 * The project's reading of each pledge description, in CSV order (see caveat 9 of SOURCES.md).
 * `actor` and `amount` guard against the CSV being reordered under this table.
 *   stargate: a new private company investing in AI infrastructure for OpenAI;
 *   stargate-immediate: the $100bn to deploy "immediately", part of the $500bn;
 *   apple: company spend in the US, explicitly not AI-only;
 *   investai: EUR 150bn from private investors + EUR 50bn from the Commission;
 *   investai-gigafactories: a fund within InvestAI, funding mix not stated in the row;
 *   france-ai-plan: "investment plan for AI projects", funding mix not stated;
 *   eu-ai-factories: EU and Member States money for supercomputing and AI Factories (not AI-only).
 */
const PLEDGE_READINGS: readonly {
  readonly id: string
  readonly actor: string
  readonly amount: number
  readonly aiOnly: boolean | null
  readonly funding: FixturePledge['funding']
  readonly partOf: string | null
}[] = [
  {
    id: 'stargate',
    actor: 'Stargate',
    amount: 500,
    aiOnly: true,
    funding: 'private',
    partOf: null,
  },
  {
    id: 'stargate-immediate',
    actor: 'Stargate',
    amount: 100,
    aiOnly: true,
    funding: 'private',
    partOf: 'stargate',
  },
  { id: 'apple', actor: 'Apple', amount: 500, aiOnly: false, funding: 'private', partOf: null },
  {
    id: 'investai',
    actor: 'European Commission (InvestAI)',
    amount: 200,
    aiOnly: true,
    funding: 'public-and-private',
    partOf: null,
  },
  {
    id: 'investai-gigafactories',
    actor: 'European Commission (InvestAI fund)',
    amount: 20,
    aiOnly: true,
    funding: 'not-stated',
    partOf: 'investai',
  },
  {
    id: 'france-ai-plan',
    actor: 'France',
    amount: 109,
    aiOnly: true,
    funding: 'not-stated',
    partOf: null,
  },
  {
    id: 'eu-ai-factories',
    actor: 'European Commission (answer',
    amount: 10,
    aiOnly: false,
    funding: 'public',
    partOf: null,
  },
]

// ---------------------------------------------------------------------------------------------
// Observations
// ---------------------------------------------------------------------------------------------

interface ValueColumn {
  readonly column: string
  readonly indicatorId: IndicatorId
}

/** Where a row's figures go, besides the entity (read from `entityColumn`). */
interface Placement {
  readonly year: number
  readonly period: string | null
  readonly entityColumn: string
  /** A column whose emptiness is kept as a null observation (the row exists, the figure not). */
  readonly nullIfEmpty?: ValueColumn
}

/**
 * One observation per value column that has a figure. A row with no figure at all is kept as
 * a null observation only where `nullIfEmpty` or its edition rule names the indicator; any
 * other empty row throws.
 */
function draftsFromRow(
  ctx: Context,
  table: Table,
  rowIndex: number,
  rules: readonly EditionRule[],
  columns: readonly ValueColumn[],
  place: Placement,
): Draft[] {
  const row = table.rows[rowIndex]
  if (row === undefined) throw new Error(`${table.file}: no row ${rowIndex}`)
  const where = `${table.file}:${rowIndex + 2}`
  const label = cell(row, 'edition')
  const rule = editionFor(rules, label, where)
  const entityId = resolveEntity(
    ctx,
    cell(row, 'iso3'),
    cell(row, place.entityColumn),
    label,
    where,
  )
  const sourceId = rowSource(ctx.sources, row, label)
  const note = noteOf(row)
  // Field order follows FixtureObservation, so the generated modules read like the type.
  const draft = (indicatorId: IndicatorId, value: number | null): Draft => ({
    observation: {
      indicatorId,
      entityId,
      year: place.year,
      value,
      edition: rule.edition,
      sourceId,
      period: place.period,
      note,
    },
    where,
  })
  const drafts: Draft[] = []
  for (const { column, indicatorId } of columns) {
    const value = parseNumber(cell(row, column), `${where} ${column}`)
    if (value !== null) drafts.push(draft(indicatorId, value))
  }
  if (place.nullIfEmpty !== undefined && cell(row, place.nullIfEmpty.column) === '') {
    drafts.push(draft(place.nullIfEmpty.indicatorId, null))
  }
  if (drafts.length > 0) return drafts
  if (rule.emptyRowIndicator === undefined) throw new Error(`${where}: row has no figure`)
  return [draft(rule.emptyRowIndicator, null)]
}

const NOMINAL: ValueColumn = { column: 'usd_billion_nominal', indicatorId: 'private-investment' }
const REAL: ValueColumn = {
  column: 'usd_billion_constant_2021',
  indicatorId: 'private-investment-real',
}

function investmentDrafts(ctx: Context, table: Table): Draft[] {
  return table.rows.flatMap((row, i) => {
    if (isClaimRow(row)) return []
    const where = `${table.file}:${i + 2}`
    const rule = editionFor(INVESTMENT_EDITIONS, cell(row, 'edition'), where)
    return draftsFromRow(ctx, table, i, INVESTMENT_EDITIONS, [NOMINAL, REAL], {
      year: requireInteger(cell(row, 'year'), where),
      period: null,
      entityColumn: 'country_or_region',
      // OWID publishes constant 2021 US$; every other edition here is nominal.
      nullIfEmpty: rule.edition === 'owid-2025' ? REAL : NOMINAL,
    })
  })
}

function cumulativeDrafts(
  ctx: Context,
  table: Table,
  rules: readonly EditionRule[],
  column: ValueColumn,
  entityColumn: string,
): Draft[] {
  return table.rows.flatMap((row, i) => {
    if (isClaimRow(row)) return []
    const period = cell(row, 'period')
    return draftsFromRow(ctx, table, i, rules, [column], {
      year: lastYearOfPeriod(period, `${table.file}:${i + 2}`),
      period,
      entityColumn,
      nullIfEmpty: column,
    })
  })
}

function yearlyDrafts(
  ctx: Context,
  table: Table,
  rules: readonly EditionRule[],
  columns: readonly ValueColumn[],
): Draft[] {
  return table.rows.flatMap((row, i) => {
    if (isClaimRow(row)) return []
    const year = requireInteger(cell(row, 'year'), `${table.file}:${i + 2}`)
    return draftsFromRow(ctx, table, i, rules, columns, {
      year,
      period: null,
      entityColumn: 'country',
    })
  })
}

function buildObservations(ctx: Context, tables: CsvTables): FixtureObservation[] {
  const drafts = [
    ...investmentDrafts(ctx, tables.investment),
    ...cumulativeDrafts(
      ctx,
      tables.investmentCumulative,
      INVESTMENT_CUMULATIVE_EDITIONS,
      { column: 'usd_billion_nominal', indicatorId: 'private-investment-cumulative' },
      'country_or_region',
    ),
    ...yearlyDrafts(ctx, tables.models, MODELS_EDITIONS, [
      { column: 'notable_ml_models', indicatorId: 'notable-models' },
      { column: 'foundation_models', indicatorId: 'foundation-models' },
    ]),
    ...cumulativeDrafts(
      ctx,
      tables.modelsCumulative,
      MODELS_CUMULATIVE_EDITIONS,
      { column: 'notable_ml_models', indicatorId: 'notable-models-cumulative' },
      'country',
    ),
    ...yearlyDrafts(ctx, tables.patents, PATENTS_EDITIONS, [
      { column: 'granted_ai_patents', indicatorId: 'ai-patents-granted' },
      { column: 'share_pct', indicatorId: 'ai-patents-share' },
      { column: 'per_100k_inhabitants', indicatorId: 'ai-patents-per-100k' },
    ]),
    ...AI_INDEX_2026_FILES.flatMap((spec) =>
      longFormDrafts(ctx, longFormTable(tables, spec.file), spec),
    ),
    ...longFormDrafts(ctx, tables.gvt2022, GVT_2022_FILE),
    ...tables.vintages.flatMap((vintage) => vintageDrafts(ctx, vintage)),
  ]
  assertNoDuplicates(drafts)
  return drafts.map((d) => d.observation).sort(compareObservations)
}

// ---------------------------------------------------------------------------------------------
// Reference series, vibrancy, pledges, claims
// ---------------------------------------------------------------------------------------------

function buildVibrancy(ctx: Context, table: Table): FixtureVibrancyEntry[] {
  const entries = table.rows.map((row, i): FixtureVibrancyEntry => {
    const where = `${table.file}:${i + 2}`
    const label = cell(row, 'edition')
    const edition = VIBRANCY_EDITIONS[label]
    if (edition === undefined) throw new Error(`${where}: unknown edition ${JSON.stringify(label)}`)
    if (requireInteger(cell(row, 'year'), where) !== edition.dataYear) {
      throw new Error(`${where}: year is not the data year of ${label}`)
    }
    if (cell(row, 'pillar') !== VIBRANCY_PILLAR) throw new Error(`${where}: unexpected pillar`)
    return {
      edition: edition.edition,
      dataYear: edition.dataYear,
      entityId: resolveEntity(ctx, cell(row, 'iso3'), cell(row, 'country'), label, where),
      rank: requireInteger(cell(row, 'rank'), where),
      score: parseNumber(cell(row, 'score'), where),
      // The press reported no pillar scores for these editions.
      pillarScores: null,
      sourceId: rowSource(ctx.sources, row, label),
      note: noteOf(row),
    }
  })
  return entries
}

function compareVibrancy(a: FixtureVibrancyEntry, b: FixtureVibrancyEntry): number {
  return compare(a.edition, b.edition) || a.dataYear - b.dataYear || a.rank - b.rank
}

function buildPledges(ctx: Context, table: Table): FixturePledge[] {
  if (table.rows.length !== PLEDGE_READINGS.length) {
    throw new Error(`${table.file}: ${table.rows.length} rows, ${PLEDGE_READINGS.length} readings`)
  }
  return table.rows.map((row, i): FixturePledge => {
    const where = `${table.file}:${i + 2}`
    const reading = PLEDGE_READINGS[i]
    if (reading === undefined) throw new Error(`${where}: no reading`)
    const amount = requireNumber(cell(row, 'amount'), where)
    const actor = cell(row, 'actor')
    if (!actor.startsWith(reading.actor) || amount !== reading.amount) {
      throw new Error(`${where}: row does not match the reading for ${reading.id}`)
    }
    const economyId = PLEDGE_ECONOMIES[cell(row, 'region')]
    const currency = PLEDGE_CURRENCIES[cell(row, 'currency')]
    if (economyId === undefined || currency === undefined) {
      throw new Error(`${where}: unknown region or currency`)
    }
    const horizonText = cell(row, 'horizon_years')
    const date = cell(row, 'date')
    const reference = cell(row, 'source')
    const label = `${actor}, ${date}`
    return {
      id: reading.id,
      date,
      actor,
      economyId,
      amount,
      currency,
      scale: 'bn',
      // "immediate" and '' are not a number of years: kept verbatim in horizonText only.
      horizonYears: NUMBER_TEXT.test(horizonText) ? Number(horizonText) : null,
      horizonText,
      description: cell(row, 'description'),
      aiOnly: reading.aiOnly,
      funding: reading.funding,
      partOf: reading.partOf,
      sourceId: ctx.sources.register(
        label,
        reference,
        cell(row, 'source_type'),
        `pledge-${reading.id}`,
      ),
    }
  })
}

// ---------------------------------------------------------------------------------------------
// Cross-checks and assembly
// ---------------------------------------------------------------------------------------------

function assertClaimChecksResolve(data: FixtureData): void {
  const observationKeys = new Set(data.observations.map(observationKey))
  const groupIds = new Set(data.groups.map((g) => g.id))
  const targets = {
    hasFigure: (indicatorId: IndicatorId, entityId: string, year: number, edition: string) =>
      groupIds.has(entityId) ||
      observationKeys.has(`${indicatorId}|${entityId}|${year}|${edition}`),
    sourceIds: new Set(data.sources.map((s) => s.id)),
    vibrancy: data.vibrancy,
    pledges: data.pledges,
  }
  for (const claim of data.claims)
    for (const check of claim.checks)
      if (!checkFinds(check, targets))
        throw new Error(`claim ${claim.id}: check ${JSON.stringify(check)} finds nothing`)
}

/** Every source is cited by something, and every citation resolves. */
function assertSourcesUsed(data: FixtureData): void {
  const cited = new Set([
    ...data.observations.map((o) => o.sourceId),
    ...data.referenceSeries.map((r) => r.sourceId),
    ...data.vibrancy.map((v) => v.sourceId),
    ...data.pledges.map((p) => p.sourceId),
    ...data.claims.map((c) => c.sourceId),
    ...data.claims.flatMap((c) =>
      c.checks.flatMap((k) => (k.kind === 'external' ? [k.sourceId] : [])),
    ),
  ])
  const known = new Set(data.sources.map((s) => s.id))
  for (const id of cited) if (!known.has(id)) throw new Error(`unknown source ${id}`)
  for (const id of known) if (!cited.has(id)) throw new Error(`source ${id} is never cited`)
}

function assertPledgeEconomies(data: FixtureData): void {
  const ids = new Set([...data.entities.map((e) => e.id), ...data.groups.map((g) => g.id)])
  for (const pledge of data.pledges) {
    if (!ids.has(pledge.economyId)) throw new Error(`pledge ${pledge.id}: unknown economy`)
  }
}

export interface FixtureData {
  readonly editions: readonly FixtureEdition[]
  readonly sources: readonly FixtureSource[]
  readonly entities: readonly FixtureEntity[]
  readonly groups: readonly FixtureGroup[]
  readonly indicators: readonly FixtureIndicator[]
  readonly observations: readonly FixtureObservation[]
  readonly referenceSeries: readonly FixtureReferenceSeries[]
  readonly vibrancy: readonly FixtureVibrancyEntry[]
  readonly pledges: readonly FixturePledge[]
  readonly claims: readonly FixtureClaim[]
}

interface CsvTables {
  readonly countries: Table
  /** The long-form AI Index 2026 files, by file name. */
  readonly longForm: ReadonlyMap<string, Table>
  readonly gvt2022: Table
  readonly investment: Table
  readonly investmentCumulative: Table
  readonly models: Table
  readonly modelsCumulative: Table
  readonly patents: Table
  readonly population: Table
  readonly gdp: Table
  readonly vibrancy: Table
  readonly pledges: Table
  readonly claims: Table
  /** What `npm run data:refresh` fetched: data/sources/refresh/<edition>/, one edition each. */
  readonly vintages: readonly Vintage[]
}

const ROW_COLUMNS = ['edition', 'source', 'source_type', 'notes'] as const

function longFormTable(tables: CsvTables, file: string): Table {
  const table = tables.longForm.get(file)
  if (table === undefined) throw new Error(`${file} was not read`)
  return table
}

function readTables(dir: string): CsvTables {
  return {
    longForm: new Map(AI_INDEX_2026_FILES.map((spec) => [spec.file, readLongForm(dir, spec)])),
    gvt2022: readLongForm(dir, GVT_2022_FILE),
    countries: readCsv(dir, 'countries.csv', [
      'iso3',
      'iso2',
      'm49',
      'cldr_name',
      'region',
      'sub_region',
    ]),
    investment: readCsv(dir, 'investment.csv', [
      ...ROW_COLUMNS,
      'year',
      'country_or_region',
      'iso3',
      'usd_billion_nominal',
      'usd_billion_constant_2021',
    ]),
    investmentCumulative: readCsv(dir, 'investment_cumulative.csv', [
      ...ROW_COLUMNS,
      'period',
      'country_or_region',
      'iso3',
      'usd_billion_nominal',
    ]),
    models: readCsv(dir, 'models.csv', [
      ...ROW_COLUMNS,
      'year',
      'country',
      'iso3',
      'notable_ml_models',
      'foundation_models',
    ]),
    modelsCumulative: readCsv(dir, 'models_cumulative.csv', [
      ...ROW_COLUMNS,
      'period',
      'country',
      'iso3',
      'notable_ml_models',
    ]),
    patents: readCsv(dir, 'patents.csv', [
      ...ROW_COLUMNS,
      'year',
      'country',
      'iso3',
      'granted_ai_patents',
      'share_pct',
      'per_100k_inhabitants',
    ]),
    population: readCsv(dir, 'population.csv', ['year', 'code', 'population']),
    gdp: readCsv(dir, 'gdp.csv', ['year', 'code', 'gdp_usd_current']),
    vibrancy: readCsv(dir, 'vibrancy.csv', [
      ...ROW_COLUMNS,
      'year',
      'country',
      'iso3',
      'pillar',
      'score',
      'rank',
    ]),
    pledges: readCsv(dir, 'pledges.csv', [
      'date',
      'actor',
      'region',
      'amount',
      'currency',
      'horizon_years',
      'description',
      'source',
      'source_type',
    ]),
    claims: readCsv(dir, 'context_claims.csv', [
      'claim_id',
      'statement',
      'value',
      'unit',
      'year',
      'seen_in_public_copy_of_article',
      'cross_check',
      'status',
      'source',
    ]),
    vintages: readVintages(dir),
  }
}

function wdiSource(id: string, citation: string, file: string, code: string): FixtureSource {
  return {
    id,
    citation,
    reference: `data/sources/${file} (World Bank WDI ${code}; the download vintage is not documented in SOURCES.md)`,
    url: null,
    licence: LICENCE_WDI,
    sourceType: 'reference',
  }
}

/** The raw data the fixtures are built from: inside the repository, never outside it. */
export const SOURCES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../data/sources')

/** Reads the CSVs in `csvDir` and returns the fixture data. Throws on anything unexpected. */
export function buildFixtureData(csvDir: string): FixtureData {
  const tables = readTables(csvDir)
  const entities = buildEntities(tables.countries)
  const countryIds = new Set(entities.filter((e) => e.kind === 'country').map((e) => e.id))
  const ctx: Context = { countryIds, sources: new SourceRegistry() }
  const observations = buildObservations(ctx, tables)
  const referenceSeries = [
    buildReferenceSeries(ctx, {
      table: tables.population,
      indicatorId: 'population',
      edition: 'wdi',
      valueColumn: 'population',
      source: wdiSource(
        'wdi-population',
        'World Bank WDI, population (SP.POP.TOTL) as supplied in data/sources/population.csv',
        'population.csv',
        'SP.POP.TOTL',
      ),
      nullable: false,
    }),
    buildReferenceSeries(ctx, {
      table: tables.gdp,
      indicatorId: 'gdp',
      edition: 'wdi',
      valueColumn: 'gdp_usd_current',
      source: wdiSource(
        'wdi-gdp',
        'World Bank WDI, GDP current US$ (NY.GDP.MKTP.CD) as supplied in data/sources/gdp.csv',
        'gdp.csv',
        'NY.GDP.MKTP.CD',
      ),
      nullable: false,
    }),
    ...tables.vintages.flatMap((vintage) => vintageReferenceSeries(ctx, vintage)),
  ]
  const vibrancy = [
    ...buildVibrancy(ctx, tables.vibrancy),
    ...buildGvt2022Vibrancy(ctx, tables.gvt2022),
  ].sort(compareVibrancy)
  const pledges = buildPledges(ctx, tables.pledges)
  const claims = buildClaims(ctx, tables.claims)
  const data: FixtureData = {
    editions: [...EDITIONS, ...tables.vintages.map(vintageEdition)],
    sources: ctx.sources.list(),
    entities,
    groups: buildGroups(tables.countries, countryIds),
    indicators: INDICATORS,
    observations,
    referenceSeries,
    vibrancy,
    pledges,
    claims,
  }
  assertClaimChecksResolve(data)
  assertSourcesUsed(data)
  assertPledgeEconomies(data)
  return data
}

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

const HEADER = '// Generated by scripts/build-data.ts from data/sources — do not edit by hand.'

interface ExportSpec {
  readonly name: string
  readonly type: string
  readonly value: unknown
}

/** A module of typed constants; prettier reformats it afterwards (`npm run data`). */
function renderModule(specs: readonly ExportSpec[]): string {
  const types = [...new Set(specs.map((s) => s.type))].sort()
  const body = specs.map(
    (s) => `export const ${s.name}: readonly ${s.type}[] = ${JSON.stringify(s.value, null, 2)}\n`,
  )
  return [HEADER, `import type { ${types.join(', ')} } from './types'`, '', body.join('\n')].join(
    '\n',
  )
}

/** The observations as runs of rows (types.ts, FixtureObservationSeries), expanded on import. */
function renderObservations(observations: readonly FixtureObservation[]): string {
  const series = JSON.stringify(observationSeries(observations), null, 2)
  return [
    HEADER,
    "import { expandObservations } from './expand-observations'",
    "import type { FixtureObservationSeries } from './types'",
    '',
    `export const observationSeries: readonly FixtureObservationSeries[] = ${series}`,
    '',
    '/** One object per figure, as every reader of the fixtures takes them. */',
    'export const observations = expandObservations(observationSeries)',
    '',
  ].join('\n')
}

/** File name → module text, for every generated module in mocks/data. */
export function renderFixtures(data: FixtureData): Record<string, string> {
  return {
    'editions.ts': renderModule([
      { name: 'editions', type: 'FixtureEdition', value: data.editions },
    ]),
    'sources.ts': renderModule([{ name: 'sources', type: 'FixtureSource', value: data.sources }]),
    'entities.ts': renderModule([
      { name: 'entities', type: 'FixtureEntity', value: data.entities },
      { name: 'groups', type: 'FixtureGroup', value: data.groups },
    ]),
    'indicators.ts': renderModule([
      { name: 'indicators', type: 'FixtureIndicator', value: data.indicators },
    ]),
    'observations.ts': renderObservations(data.observations),
    'reference.ts': renderModule([
      { name: 'referenceSeries', type: 'FixtureReferenceSeries', value: data.referenceSeries },
    ]),
    'vibrancy.ts': renderModule([
      { name: 'vibrancy', type: 'FixtureVibrancyEntry', value: data.vibrancy },
    ]),
    'pledges.ts': renderModule([{ name: 'pledges', type: 'FixturePledge', value: data.pledges }]),
    'claims.ts': renderModule([{ name: 'claims', type: 'FixtureClaim', value: data.claims }]),
  }
}

export function buildFixtures(csvDir: string): Record<string, string> {
  return renderFixtures(buildFixtureData(csvDir))
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1
  return counts
}

// ---------------------------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------------------------

function main(): void {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  const csvDir = SOURCES_DIR
  const outDir = join(repoRoot, 'mocks/data')
  const data = buildFixtureData(csvDir)
  mkdirSync(outDir, { recursive: true })
  for (const [file, text] of Object.entries(renderFixtures(data))) {
    writeFileSync(join(outDir, file), text)
  }
  // The refreshed vintages' entries of the edition list, so the contract knows their ids.
  const entries = readVintages(csvDir).map(vintageEditionEntry)
  writeFileSync(join(repoRoot, EDITION_MODULE), renderEditionModule(entries))
  const perSeries = countBy(data.observations, (o) => `${o.indicatorId} ${o.edition}`)
  console.log(`fixtures written to ${outDir} from ${csvDir}`)
  console.log(`${data.observations.length} observations:`)
  for (const [series, n] of Object.entries(perSeries)) console.log(`  ${series}: ${n}`)
  console.log(
    `${data.sources.length} sources, ${data.entities.length} entities, ${data.groups.length} groups, ` +
      `${data.vibrancy.length} vibrancy entries, ${data.pledges.length} pledges, ${data.claims.length} claims`,
  )
}

const entry = process.argv[1]
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) main()
