/**
 * Builds the typed fixture modules in mocks/data/ from the sourced CSVs in ../shared/data
 * (override with SHARED_DATA_DIR). Run with `npm run data`, which also runs prettier on the output.
 *
 * Honesty rules enforced here (see ../shared/data/SOURCES.md):
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
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parse } from 'csv-parse/sync'
import type {
  ClaimStatus,
  EditionId,
  FixtureClaim,
  FixtureClaimCheck,
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
    note: 'World Bank WDI population and GDP as supplied in shared/data; the download vintage is not documented.',
  },
]

const INDICATORS: readonly FixtureIndicator[] = [
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

/** An aggregate as a source reports it, with the name its CSV rows (without iso3) use. */
function reportedAggregate(csvName: string, id: string, name: string, note: string) {
  const entity: FixtureEntity = {
    id,
    name,
    kind: 'reported-aggregate',
    iso2: null,
    m49: null,
    region: '',
    subRegion: '',
    note,
  }
  return { csvName, entity }
}

const REPORTED_AGGREGATES = [
  reportedAggregate(
    'World',
    'WLD',
    'World',
    'World total as each source reports it (AI Index, OWID, World Bank); coverage differs between sources.',
  ),
  reportedAggregate(
    'Europe',
    'EUROPE',
    'Europe (AI Index aggregate)',
    "'Europe' as the AI Index reports it; not EU-27, membership not published.",
  ),
  reportedAggregate(
    'European Union',
    'EU',
    'European Union (as reported)',
    "'European Union' as quoted from the AI Index 2024 highlights; the source does not publish the member set it used, so it is not the computed eu27 group.",
  ),
  reportedAggregate(
    'Rest of the world',
    'ROW',
    'Rest of the world (as reported)',
    "'Rest of the world' as the AI Index 2026 patent figures report it: everything outside the United States, China, Europe and India.",
  ),
] as const

const BLOCS: readonly FixtureGroup[] = [
  {
    id: 'eu27',
    label: 'EU-27',
    kind: 'bloc',
    parent: null,
    // The 27 member states after the UK left; sorted because FixtureGroup.members is sorted.
    members: [
      ...['AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC'],
      ...['HUN', 'IRL', 'ITA', 'LVA', 'LTU', 'LUX', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK'],
      ...['SVN', 'ESP', 'SWE'],
    ].sort(),
    basis: 'EU member states since 1 February 2020',
  },
  {
    id: 'g7',
    label: 'G7',
    kind: 'bloc',
    parent: null,
    members: ['USA', 'CAN', 'GBR', 'FRA', 'DEU', 'ITA', 'JPN'].sort(),
    basis: 'G7 members (the EU takes part but is not a member)',
  },
]

interface EditionRule {
  readonly label: string | RegExp
  readonly edition: EditionId
  /** Indicator for a row that exists without any figure (kept as a null observation). */
  readonly emptyRowIndicator?: IndicatorId
}

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

/** The CSV status texts of context_claims.csv, normalised. Unknown texts throw. */
function normaliseClaimStatus(text: string, where: string): ClaimStatus {
  if (text === 'verified' || text === 'verified (claim)') return 'verified'
  if (text === 'consistent_with_rounding (first edition)') return 'consistent-with-rounding'
  if (text.startsWith('unverified')) return 'unverified'
  if (text === 'approx. corroborated (GVT); conflicts with AI Index 2026') return 'disputed'
  if (text === 'consistent (estimate, disputed)') return 'disputed'
  throw new Error(`${where}: unknown claim status ${JSON.stringify(text)}`)
}

function indicatorCheck(
  indicatorId: IndicatorId,
  entityId: string,
  year: number,
  edition: EditionId,
): FixtureClaimCheck {
  return { kind: 'indicator', indicatorId, entityId, year, edition }
}

function rankCheck(entityId: string): FixtureClaimCheck {
  return { kind: 'vibrancy-rank', entityId, edition: 'gvt-2024' }
}

/** What each ING claim is checked against. Every claim id of the CSV must appear here. */
const CLAIM_CHECKS: Readonly<Record<string, readonly FixtureClaimCheck[]>> = {
  us_notable_models_2023: [
    indicatorCheck('notable-models', 'USA', 2023, 'aiindex-2024'),
    indicatorCheck('notable-models', 'USA', 2023, 'aiindex-2026'),
  ],
  cn_notable_models_2023: [
    indicatorCheck('notable-models', 'CHN', 2023, 'aiindex-2024'),
    indicatorCheck('notable-models', 'CHN', 2023, 'aiindex-2026'),
  ],
  us_foundation_models_2023: [],
  cn_foundation_models_2023: [],
  us_private_inv_2023: [
    indicatorCheck('private-investment', 'USA', 2023, 'aiindex-2024'),
    indicatorCheck('private-investment', 'USA', 2023, 'aiindex-2026'),
  ],
  cn_private_inv_2023: [
    indicatorCheck('private-investment', 'CHN', 2023, 'aiindex-2024'),
    indicatorCheck('private-investment', 'CHN', 2023, 'aiindex-2026'),
  ],
  eu_private_inv_2023: [indicatorCheck('private-investment', 'EUROPE', 2023, 'aiindex-2026')],
  cn_ai_patents_2023: [
    indicatorCheck('ai-patents-granted', 'CHN', 2023, 'aiindex-2026'),
    indicatorCheck('ai-patents-granted', 'USA', 2023, 'aiindex-2026'),
  ],
  open_fm_share_cn: [indicatorCheck('foundation-models', 'WLD', 2023, 'aiindex-2024')],
  open_fm_share_eu: [indicatorCheck('foundation-models', 'WLD', 2023, 'aiindex-2024')],
  open_fm_share_us: [indicatorCheck('foundation-models', 'WLD', 2023, 'aiindex-2024')],
  gvt_rank_us: [rankCheck('USA')],
  gvt_rank_cn: [rankCheck('CHN')],
  gvt_rank_fr: [rankCheck('FRA')],
  gvt_rank_de: [rankCheck('DEU')],
  stargate: [{ kind: 'pledge', pledgeId: 'stargate' }],
  apple: [{ kind: 'pledge', pledgeId: 'apple' }],
  investai: [{ kind: 'pledge', pledgeId: 'investai' }],
  gigafactories: [{ kind: 'pledge', pledgeId: 'investai-gigafactories' }],
  eu_vs_us_share: [],
  deepseek_claimed: [],
  deepseek_full: [],
}

/** The ING article's claims have no edition label; this one names their sources. */
const CLAIMS_SOURCE_LABEL = 'ING AI Monthly 2025-03-03 (context article)'

const LICENCE_AI_INDEX = 'CC BY-ND 4.0 (AI Index public data)'
const LICENCE_OWID = 'CC BY 4.0 (Our World in Data)'
const LICENCE_QUOTED = 'Quoted figure; © the publisher'
const LICENCE_WDI = 'CC BY 4.0'

// ---------------------------------------------------------------------------------------------
// CSV reading and cell parsing
// ---------------------------------------------------------------------------------------------

type Row = Readonly<Record<string, string>>

interface Table {
  readonly file: string
  readonly rows: readonly Row[]
}

/** Reads a CSV with a header; throws if a required column is missing or a row is ragged. */
function readCsv(dir: string, file: string, required: readonly string[]): Table {
  const records = parse(readFileSync(join(dir, file), 'utf8'), {
    bom: true,
    skip_empty_lines: true,
  })
  const [header, ...body] = records
  if (header === undefined) throw new Error(`${file}: empty file`)
  for (const column of required) {
    if (!header.includes(column)) throw new Error(`${file}: missing column ${column}`)
  }
  const rows = body.map((record, index) => {
    if (record.length !== header.length) {
      throw new Error(`${file}:${index + 2}: ${record.length} cells, header has ${header.length}`)
    }
    return Object.fromEntries(header.map((column, i) => [column, record[i] ?? '']))
  })
  return { file, rows }
}

function cell(row: Row, column: string): string {
  const value = row[column]
  if (value === undefined) throw new Error(`no column ${column}`)
  return value
}

const NUMBER_TEXT = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/** The CSV text as a JS number, exactly as parsed; '' is null. Anything else throws. */
function parseNumber(text: string, where: string): number | null {
  if (text === '') return null
  if (!NUMBER_TEXT.test(text)) throw new Error(`${where}: not a number: ${JSON.stringify(text)}`)
  const value = Number(text)
  if (!Number.isFinite(value)) throw new Error(`${where}: not finite: ${text}`)
  return value
}

function requireNumber(text: string, where: string): number {
  const value = parseNumber(text, where)
  if (value === null) throw new Error(`${where}: value required`)
  return value
}

function requireInteger(text: string, where: string): number {
  const value = requireNumber(text, where)
  if (!Number.isInteger(value)) throw new Error(`${where}: not an integer: ${text}`)
  return value
}

/** "2013-2024" → 2024 (cumulative figures are filed under the last year of their period). */
function lastYearOfPeriod(period: string, where: string): number {
  const match = /^(\d{4})-(\d{4})$/.exec(period)
  if (match?.[2] === undefined) throw new Error(`${where}: bad period ${JSON.stringify(period)}`)
  return Number(match[2])
}

function emptyToNull(text: string): string | null {
  return text === '' ? null : text
}

function noteOf(row: Row): string | null {
  return emptyToNull(cell(row, 'notes'))
}

function isClaimRow(row: Row): boolean {
  return cell(row, 'source_type') === 'context_article_claim'
}

function editionFor(rules: readonly EditionRule[], label: string, where: string): EditionRule {
  const rule = rules.find((r) =>
    typeof r.label === 'string' ? r.label === label : r.label.test(label),
  )
  if (rule === undefined)
    throw new Error(`${where}: unknown edition label ${JSON.stringify(label)}`)
  return rule
}

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

/** "AI Index 2026 (fig 4.2.11)" → "aiindex-2026-fig-4-2-11". */
function slugify(label: string): string {
  return label
    .replace(/AI Index/g, 'aiindex')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

function urlsIn(reference: string): string[] {
  return (reference.match(/https?:\/\/[^\s()'"]+/g) ?? []).map((url) => url.replace(/[.,;]+$/, ''))
}

function hostsIn(reference: string): string[] {
  const hosts = urlsIn(reference).map((url) =>
    new URL(url).hostname.replace(/^www\./, '').replace(/\.$/, ''),
  )
  return [...new Set(hosts)]
}

/** A short human description of where a reference points, for the citation. */
function describeReference(reference: string, sourceType: string): string {
  const repo = /github:([\w.-]+\/[\w.-]+)@/.exec(reference)?.[1]
  const hosts = hostsIn(reference).join(', ')
  if (repo !== undefined && sourceType === 'secondary_copy_of_primary_data') {
    return `public-data copy in github:${repo}`
  }
  if (repo !== undefined && sourceType === 'secondary_processed') {
    return `third-party extract in github:${repo}`
  }
  if (repo !== undefined && sourceType === 'secondary_copy_of_OWID') {
    return `OWID grapher copy in github:${repo}`
  }
  if (hosts === '') throw new Error(`cannot describe source ${JSON.stringify(reference)}`)
  return sourceType === 'primary' ? hosts : `as reported by ${hosts}`
}

function licenceFor(label: string, sourceType: string): string {
  switch (sourceType) {
    case 'secondary_copy_of_OWID':
      return LICENCE_OWID
    case 'secondary_copy_of_primary_data':
    case 'secondary_processed':
    case 'primary':
      if (label.startsWith('AI Index')) return LICENCE_AI_INDEX
      throw new Error(`no licence rule for ${sourceType} source ${JSON.stringify(label)}`)
    case 'secondary_report':
    case 'secondary_report_quoting_primary':
    case 'primary_text_via_copy':
    case 'context_article_claim':
      return LICENCE_QUOTED
    default:
      throw new Error(`no licence rule for source_type ${JSON.stringify(sourceType)}`)
  }
}

/** Assigns one id per distinct (label, source string), suffixing -2, -3 … in reading order. */
class SourceRegistry {
  private readonly byKey = new Map<string, FixtureSource>()
  private readonly perBase = new Map<string, number>()

  /** `label` is the CSV edition label; `idBase` defaults to its slug. */
  register(label: string, reference: string, sourceType: string, idBase = slugify(label)): string {
    const key = `${idBase}\u0000${reference}`
    const known = this.byKey.get(key)
    if (known !== undefined) {
      if (known.sourceType !== sourceType) {
        throw new Error(`source ${known.id}: source_type ${sourceType} vs ${known.sourceType}`)
      }
      return known.id
    }
    const n = (this.perBase.get(idBase) ?? 0) + 1
    this.perBase.set(idBase, n)
    const id = n === 1 ? idBase : `${idBase}-${n}`
    this.byKey.set(key, {
      id,
      citation: `${label} — ${describeReference(reference, sourceType)}`,
      reference,
      url: urlsIn(reference)[0] ?? null,
      licence: licenceFor(label, sourceType),
      sourceType,
    })
    return id
  }

  add(source: FixtureSource): string {
    this.byKey.set(`${source.id}\u0000${source.reference}`, source)
    return source.id
  }

  list(): FixtureSource[] {
    const sources = [...this.byKey.values()].sort((a, b) => compare(a.id, b.id))
    assertUnique(
      sources.map((s) => s.id),
      'source id',
    )
    return sources
  }
}

function rowSource(sources: SourceRegistry, row: Row, label: string): string {
  return sources.register(label, cell(row, 'source'), cell(row, 'source_type'))
}

// ---------------------------------------------------------------------------------------------
// Entities and groups
// ---------------------------------------------------------------------------------------------

interface Context {
  readonly countryIds: ReadonlySet<string>
  readonly sources: SourceRegistry
}

/**
 * CLDR's short names are mostly what economists write, except a few abbreviations and clipped
 * forms; these get the usual English name (a label, not data).
 */
const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  USA: 'United States',
  GBR: 'United Kingdom',
  BIH: 'Bosnia and Herzegovina',
  COG: 'Congo',
  COD: 'DR Congo',
}

function buildEntities(countries: Table): FixtureEntity[] {
  const list: FixtureEntity[] = countries.rows.map((row) => ({
    id: cell(row, 'iso3'),
    name: DISPLAY_NAMES[cell(row, 'iso3')] ?? cell(row, 'cldr_name'),
    kind: 'country',
    iso2: emptyToNull(cell(row, 'iso2')),
    m49: emptyToNull(cell(row, 'm49')),
    region: cell(row, 'region'),
    subRegion: cell(row, 'sub_region'),
    note: null,
  }))
  list.sort((a, b) => compare(a.id, b.id))
  const entities = [...list, ...REPORTED_AGGREGATES.map((a) => a.entity)]
  assertUnique(
    entities.map((e) => e.id),
    'entity id',
  )
  return entities
}

/** The entity of a CSV row: its iso3 if set (must be in countries.csv), else a known name. */
function resolveEntity(ctx: Context, iso3: string, name: string, where: string): string {
  if (iso3 !== '') {
    if (!ctx.countryIds.has(iso3)) throw new Error(`${where}: unknown iso3 ${iso3}`)
    return iso3
  }
  const aggregate = REPORTED_AGGREGATES.find((a) => a.csvName === name)
  if (aggregate === undefined) throw new Error(`${where}: unmapped entity ${JSON.stringify(name)}`)
  return aggregate.entity.id
}

function buildGroups(countries: Table, countryIds: ReadonlySet<string>): FixtureGroup[] {
  for (const bloc of BLOCS) {
    for (const member of bloc.members) {
      if (!countryIds.has(member)) throw new Error(`${bloc.id}: unknown member ${member}`)
    }
  }
  const regions = new Map<string, string[]>()
  const subRegions = new Map<string, { region: string; members: string[] }>()
  for (const row of countries.rows) {
    const iso3 = cell(row, 'iso3')
    const region = cell(row, 'region')
    const subRegion = cell(row, 'sub_region')
    if (region === '') continue
    regions.set(region, [...(regions.get(region) ?? []), iso3])
    if (subRegion === '') continue
    const known = subRegions.get(subRegion)
    if (known !== undefined && known.region !== region) {
      throw new Error(`countries.csv: sub-region ${subRegion} in ${known.region} and ${region}`)
    }
    subRegions.set(subRegion, { region, members: [...(known?.members ?? []), iso3] })
  }
  const basis = 'UN M49 (countries.csv)'
  const regionGroups: FixtureGroup[] = [...regions].map(([label, members]) => ({
    id: slugify(label),
    label,
    kind: 'm49-region',
    parent: null,
    members: [...members].sort(),
    basis,
  }))
  const subRegionGroups: FixtureGroup[] = [...subRegions].map(([label, { region, members }]) => ({
    id: slugify(label),
    label,
    kind: 'm49-subregion',
    parent: slugify(region),
    members: [...members].sort(),
    basis,
  }))
  const byLabel = (a: FixtureGroup, b: FixtureGroup): number => compare(a.label, b.label)
  const groups = [
    ...[...BLOCS].sort(byLabel),
    ...regionGroups.sort(byLabel),
    ...subRegionGroups.sort(byLabel),
  ]
  assertUnique(
    groups.map((g) => g.id),
    'group id',
  )
  return groups
}

// ---------------------------------------------------------------------------------------------
// Observations
// ---------------------------------------------------------------------------------------------

interface Draft {
  readonly observation: FixtureObservation
  readonly where: string
}

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
  const entityId = resolveEntity(ctx, cell(row, 'iso3'), cell(row, place.entityColumn), where)
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

function observationKey(o: FixtureObservation): string {
  return `${o.indicatorId}|${o.entityId}|${o.year}|${o.edition}`
}

/** Throws on any duplicate (indicator, entity, year, edition) key: editions never repeat a figure. */
function assertNoDuplicates(drafts: readonly Draft[]): void {
  const seen = new Map<string, string>()
  for (const draft of drafts) {
    const key = observationKey(draft.observation)
    const earlier = seen.get(key)
    if (earlier !== undefined) throw new Error(`duplicate ${key} (${earlier}, ${draft.where})`)
    seen.set(key, draft.where)
  }
}

function compareObservations(a: FixtureObservation, b: FixtureObservation): number {
  return (
    compare(a.indicatorId, b.indicatorId) ||
    compare(a.edition, b.edition) ||
    compare(a.entityId, b.entityId) ||
    a.year - b.year
  )
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
  ]
  assertNoDuplicates(drafts)
  return drafts.map((d) => d.observation).sort(compareObservations)
}

// ---------------------------------------------------------------------------------------------
// Reference series, vibrancy, pledges, claims
// ---------------------------------------------------------------------------------------------

function buildReferenceSeries(
  ctx: Context,
  table: Table,
  indicatorId: 'population' | 'gdp',
  valueColumn: string,
  source: FixtureSource,
): FixtureReferenceSeries {
  const sourceId = ctx.sources.add(source)
  const years = table.rows.map((row, i) =>
    requireInteger(cell(row, 'year'), `${table.file}:${i + 2}`),
  )
  const startYear = Math.min(...years)
  const length = Math.max(...years) - startYear + 1
  const values = new Map<string, (number | null)[]>()
  table.rows.forEach((row, i) => {
    const where = `${table.file}:${i + 2}`
    const code = cell(row, 'code')
    // World Bank aggregates (EUU, HIC …) are not countries; WLD is kept as the world total.
    if (code !== 'WLD' && !ctx.countryIds.has(code)) return
    const series = values.get(code) ?? new Array<number | null>(length).fill(null)
    const index = requireInteger(cell(row, 'year'), where) - startYear
    if (series[index] !== null) throw new Error(`${where}: duplicate ${code} ${startYear + index}`)
    series[index] = requireNumber(cell(row, valueColumn), where)
    values.set(code, series)
  })
  const sorted = [...values].sort(([a], [b]) => compare(a, b))
  return { indicatorId, edition: 'wdi', sourceId, startYear, values: Object.fromEntries(sorted) }
}

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
      entityId: resolveEntity(ctx, cell(row, 'iso3'), cell(row, 'country'), where),
      rank: requireInteger(cell(row, 'rank'), where),
      score: parseNumber(cell(row, 'score'), where),
      sourceId: rowSource(ctx.sources, row, label),
      note: noteOf(row),
    }
  })
  return entries.sort((a, b) => compare(a.edition, b.edition) || a.rank - b.rank)
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

function buildClaims(ctx: Context, table: Table): FixtureClaim[] {
  const ids = table.rows.map((row) => cell(row, 'claim_id'))
  assertUnique(ids, 'claim id')
  const unused = Object.keys(CLAIM_CHECKS).filter((id) => !ids.includes(id))
  if (unused.length > 0) throw new Error(`claim checks for unknown claims: ${unused.join(', ')}`)
  return table.rows.map((row, i): FixtureClaim => {
    const where = `${table.file}:${i + 2}`
    const id = cell(row, 'claim_id')
    const checks = CLAIM_CHECKS[id]
    if (checks === undefined) throw new Error(`${where}: no check table entry for claim ${id}`)
    const statusText = cell(row, 'status')
    return {
      id,
      statement: cell(row, 'statement'),
      value: requireNumber(cell(row, 'value'), where),
      unit: cell(row, 'unit'),
      year: cell(row, 'year') === '' ? null : requireInteger(cell(row, 'year'), where),
      status: normaliseClaimStatus(statusText, where),
      statusText,
      crossCheck: cell(row, 'cross_check'),
      seenInPublicCopy: cell(row, 'seen_in_public_copy_of_article'),
      // context_claims.csv has no source_type column: every row is a claim of the ING article.
      sourceId: ctx.sources.register(
        CLAIMS_SOURCE_LABEL,
        cell(row, 'source'),
        'context_article_claim',
      ),
      checks,
    }
  })
}

// ---------------------------------------------------------------------------------------------
// Cross-checks and assembly
// ---------------------------------------------------------------------------------------------

function assertClaimChecksResolve(data: FixtureData): void {
  const observationKeys = new Set(data.observations.map(observationKey))
  for (const claim of data.claims) {
    for (const check of claim.checks) {
      const found =
        check.kind === 'indicator'
          ? observationKeys.has(
              `${check.indicatorId}|${check.entityId}|${check.year}|${check.edition}`,
            )
          : check.kind === 'vibrancy-rank'
            ? data.vibrancy.some(
                (v) => v.edition === check.edition && v.entityId === check.entityId,
              )
            : data.pledges.some((p) => p.id === check.pledgeId)
      if (!found) throw new Error(`claim ${claim.id}: check ${JSON.stringify(check)} finds nothing`)
    }
  }
}

/** Every source is cited by something, and every citation resolves. */
function assertSourcesUsed(data: FixtureData): void {
  const cited = new Set([
    ...data.observations.map((o) => o.sourceId),
    ...data.referenceSeries.map((r) => r.sourceId),
    ...data.vibrancy.map((v) => v.sourceId),
    ...data.pledges.map((p) => p.sourceId),
    ...data.claims.map((c) => c.sourceId),
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
}

const ROW_COLUMNS = ['edition', 'source', 'source_type', 'notes'] as const

function readTables(dir: string): CsvTables {
  return {
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
  }
}

function wdiSource(id: string, citation: string, file: string, code: string): FixtureSource {
  return {
    id,
    citation,
    reference: `shared/data/${file} (World Bank WDI ${code}; the download vintage is not documented in SOURCES.md)`,
    url: null,
    licence: LICENCE_WDI,
    sourceType: 'reference',
  }
}

/** Reads the CSVs in `csvDir` and returns the fixture data. Throws on anything unexpected. */
export function buildFixtureData(csvDir: string): FixtureData {
  const tables = readTables(csvDir)
  const entities = buildEntities(tables.countries)
  const countryIds = new Set(entities.filter((e) => e.kind === 'country').map((e) => e.id))
  const ctx: Context = { countryIds, sources: new SourceRegistry() }
  const observations = buildObservations(ctx, tables)
  const referenceSeries = [
    buildReferenceSeries(
      ctx,
      tables.population,
      'population',
      'population',
      wdiSource(
        'wdi-population',
        'World Bank WDI, population (SP.POP.TOTL) as supplied in shared/data/population.csv',
        'population.csv',
        'SP.POP.TOTL',
      ),
    ),
    buildReferenceSeries(
      ctx,
      tables.gdp,
      'gdp',
      'gdp_usd_current',
      wdiSource(
        'wdi-gdp',
        'World Bank WDI, GDP current US$ (NY.GDP.MKTP.CD) as supplied in shared/data/gdp.csv',
        'gdp.csv',
        'NY.GDP.MKTP.CD',
      ),
    ),
  ]
  const vibrancy = buildVibrancy(ctx, tables.vibrancy)
  const pledges = buildPledges(ctx, tables.pledges)
  const claims = buildClaims(ctx, tables.claims)
  const data: FixtureData = {
    editions: EDITIONS,
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

const HEADER = '// Generated by scripts/build-data.ts from ../shared/data — do not edit by hand.'

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
    'observations.ts': renderModule([
      { name: 'observations', type: 'FixtureObservation', value: data.observations },
    ]),
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

/** Code-unit order, independent of the locale, so output is the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function assertUnique(values: readonly string[], what: string): void {
  const seen = new Set<string>()
  for (const value of values) {
    if (seen.has(value)) throw new Error(`duplicate ${what} ${value}`)
    seen.add(value)
  }
}

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
  const csvDir = resolve(process.env.SHARED_DATA_DIR ?? join(repoRoot, '../shared/data'))
  const outDir = join(repoRoot, 'mocks/data')
  const data = buildFixtureData(csvDir)
  mkdirSync(outDir, { recursive: true })
  for (const [file, text] of Object.entries(renderFixtures(data))) {
    writeFileSync(join(outDir, file), text)
  }
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
