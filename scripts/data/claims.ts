/**
 * The figures quoted in the ING article (context_claims.csv) as claims, each with the data points
 * it is checked against. Every check names its role — the edition the claim cites, a later
 * revision, another definition or estimate, another year, or context — so the service can apply
 * the one status rule (src/domain/claim-status.ts) to what it resolves. The curator's status
 * text is kept verbatim and read as a status (curatorStatus) only so a test can hold it beside
 * the rule's. A claim is never data: its figure lives only here, and every check points at an
 * observation, rank or pledge of its own, or quotes a report outside the datasets (external).
 */
import { quotedFigure } from '../../src/domain/claim-status'
import type {
  ClaimCheckRole,
  ClaimStatus,
  ClaimTopic,
  EditionId,
  FixtureClaim,
  FixtureClaimCheck,
  FixturePledge,
  FixtureVibrancyEntry,
  IndicatorId,
} from '../../mocks/data/types'
import { assertUnique, cell, parseNumber, requireInteger, type Table } from './csv'
import type { Context } from './entities'

/** Every status text of context_claims.csv, verbatim, and the status it reads as. */
const STATUS_TEXTS: Readonly<Record<string, ClaimStatus>> = {
  verified: 'verified',
  unverified: 'unverified',
  'consistent_with_rounding (first edition)': 'consistent-with-rounding',
  'approximately_consistent (first edition)': 'approximately-consistent',
  'unverified (aggregate definition unknown)': 'unverified',
  'unverified (basis not stated; private-investment data give 10-13%)': 'unverified',
  'unverified (no 2023 citation data; China led journal citations in 2020-2021)': 'unverified',
  // The claim is about journals and conferences in 2023; only all venues together have 2023
  // data (consistent), so the claim as stated has no data point.
  'consistent (all venues, 2023); the journal/conference split is unverified': 'unverified',
  // The claim as made matches its own source, but no independent cost data exists.
  'consistent_with_rounding (the claim as made; no independent cost data)':
    'consistent-with-rounding',
  'approx. corroborated (GVT); conflicts with AI Index 2026': 'disputed',
  'consistent (estimate, disputed)': 'disputed',
  'disputed (depends on the patent definition and edition)': 'disputed',
}

function curatorStatus(text: string, where: string): ClaimStatus {
  const status = STATUS_TEXTS[text]
  if (status === undefined)
    throw new Error(`${where}: unknown claim status ${JSON.stringify(text)}`)
  return status
}

/** Where an external check's quote comes from, registered as a source of its own. */
interface QuotedSource {
  readonly label: string
  readonly reference: string
}

/** An external check before its source is registered (the table is static, the ids are not). */
type ExternalDraft = Omit<Extract<FixtureClaimCheck, { kind: 'external' }>, 'sourceId'> & {
  readonly source: QuotedSource
}
type DraftCheck = Exclude<FixtureClaimCheck, { kind: 'external' }> | ExternalDraft

function point(
  role: ClaimCheckRole,
  indicatorId: IndicatorId,
  edition: EditionId,
  year: number,
  ...entityIds: readonly string[]
): DraftCheck[] {
  return entityIds.map((entityId) => ({
    kind: 'indicator',
    role,
    indicatorId,
    entityId,
    year,
    edition,
  }))
}

/** The ING article (March 2025) cites the AI Index 2024 for 2023 figures. */
const cited = (indicatorId: IndicatorId, year: number, ...entityIds: readonly string[]) =>
  point('cited', indicatorId, 'aiindex-2024', year, ...entityIds)
/** The AI Index 2026 revised the 2023 figures of the AI Index 2024. */
const revised = (indicatorId: IndicatorId, year: number, ...entityIds: readonly string[]) =>
  point('revision', indicatorId, 'aiindex-2026', year, ...entityIds)

function rank(entityId: string): DraftCheck[] {
  return [{ kind: 'vibrancy-rank', role: 'cited', entityId, edition: 'gvt-2024' }]
}

function pledge(pledgeId: string): DraftCheck[] {
  return [{ kind: 'pledge', role: 'cited', pledgeId }]
}

function ratio(
  role: ClaimCheckRole,
  indicatorId: IndicatorId,
  edition: EditionId,
  year: number,
  [numeratorId, denominatorId]: readonly [string, string],
  percent = false,
): DraftCheck {
  return { kind: 'ratio', role, indicatorId, edition, year, numeratorId, denominatorId, percent }
}

/** "China was the world leader": China should rank first among `among` in that series. */
function leads(
  role: ClaimCheckRole,
  indicatorId: IndicatorId,
  edition: EditionId,
  year: number,
  among: readonly string[] | 'all',
): DraftCheck {
  return {
    kind: 'comparison',
    role,
    indicatorId,
    edition,
    year,
    entityId: 'CHN',
    claimedRank: 1,
    among,
  }
}

/**
 * Evidence from a report outside the datasets. `quote` is the report's own words where the
 * project read them (MeriTalk, the V3 report), else SOURCES.md's summary of the report (S10).
 */
function external(
  role: ClaimCheckRole,
  source: QuotedSource,
  label: string,
  quote: string,
  unit: string,
  evidence: { readonly value: number } | { readonly min?: number; readonly max?: number },
): DraftCheck {
  const value = 'value' in evidence ? evidence.value : null
  const range =
    'value' in evidence ? null : { min: evidence.min ?? null, max: evidence.max ?? null }
  return { kind: 'external', role, label, quote, value, range, unit, source }
}

// Reports quoted by the external checks (data/sources/SOURCES.md, S8 and S10).
const MERITALK: QuotedSource = {
  // The same label and reference as patents.csv's US row: one source, one id.
  label: 'GVT 2024 via MeriTalk',
  reference:
    'https://meritalk.com/articles/us-ahead-of-china-in-ai-innovation-stanford-ranking-says/',
}
const DEEPSEEK_V3: QuotedSource = {
  label: 'DeepSeek-V3 technical report',
  reference: 'https://centerconsulting.com/ai-library/papers/deepseek-v3',
}
const SEMIANALYSIS: QuotedSource = {
  label: 'SemiAnalysis DeepSeek capex estimate',
  reference: 'https://threadreaderapp.com/thread/1885306497346752672.html',
}
const TOMS_HARDWARE: QuotedSource = {
  label: 'Tom’s Hardware, citing SemiAnalysis',
  reference:
    'https://vuink.com/post/gbzfuneqjner-d-dpbz/tech-industry/artificial-intelligence/deepseek-might-not-be-as-disruptive-as-claimed-firm-reportedly-has-50-000-nvidia-gpus-and-spent-usd1-6-billion-on-buildouts',
}

/**
 * Open-access model shares: no share by country exists. The world counts are another measure
 * in another unit (models, not %), so they are context, never compared with the quotes.
 */
const OPEN_MODEL_CONTEXT: readonly DraftCheck[] = [
  // "149 foundation models in 2023, 65.7% open-source" (AI Index 2024).
  ...point('context', 'foundation-models', 'aiindex-2024', 2023, 'WLD'),
  // Notable (not foundation) models of 2023 with open weights, world only (fig 1.1.8).
  ...point('context', 'notable-models-open-weights-unrestricted', 'aiindex-2026', 2023, 'WLD'),
  ...point('context', 'notable-models-open-weights-restricted', 'aiindex-2026', 2023, 'WLD'),
  ...point('context', 'notable-models-open-weights-noncommercial', 'aiindex-2026', 2023, 'WLD'),
]

/** What each ING claim is checked against. Every claim id of the CSV must appear here. */
const CLAIM_CHECKS: Readonly<Record<string, readonly DraftCheck[]>> = {
  us_notable_models_2023: [
    ...cited('notable-models', 2023, 'USA'),
    ...revised('notable-models', 2023, 'USA'),
  ],
  cn_notable_models_2023: [
    ...cited('notable-models', 2023, 'CHN'),
    ...revised('notable-models', 2023, 'CHN'),
  ],
  // Only the ING article gives 109 and 20 (SOURCES.md): no data point, by design.
  us_foundation_models_2023: [],
  cn_foundation_models_2023: [],
  us_private_inv_2023: [
    ...cited('private-investment', 2023, 'USA'),
    ...revised('private-investment', 2023, 'USA'),
  ],
  cn_private_inv_2023: [
    ...cited('private-investment', 2023, 'CHN'),
    ...revised('private-investment', 2023, 'CHN'),
  ],
  // The cited edition has EU-27 members' figures, but too few report for a total (Germany
  // alone): the check resolves to no data, with that coverage. The AI Index's "Europe" is
  // another aggregate. The AI Index 2026 has no EU-27 member for 2023, so no revision.
  eu_private_inv_2023: [
    ...cited('private-investment', 2023, 'eu27'),
    ...point('other-definition', 'private-investment', 'aiindex-2026', 2023, 'EUROPE'),
  ],
  // The ING article cites the GVT 2024; its China figure is known only as MeriTalk quotes the
  // GVT report ("over 44,000", a bound), whose period there reads 2017–2023. The AI Index 2026
  // counts granted patents otherwise (85,674). US figures are context for China's count.
  cn_ai_patents_2023: [
    external(
      'cited',
      MERITALK,
      'GVT 2024 report, as quoted by MeriTalk (the period given there is 2017–2023)',
      'China granted over 44,000 AI patents from 2017 to 2023',
      'patents',
      { min: 44000 },
    ),
    ...point('context', 'ai-patents-granted', 'gvt-2024', 2023, 'USA'),
    ...point('other-definition', 'ai-patents-granted', 'aiindex-2026', 2023, 'CHN'),
    ...point('context', 'ai-patents-granted', 'aiindex-2026', 2023, 'USA'),
    ...point('other-year', 'gvt-patent-grants', 'gvt-2022', 2021, 'CHN'),
    ...point('context', 'gvt-patent-grants', 'gvt-2022', 2021, 'USA'),
    ...point('other-year', 'gvt-patent-filings', 'gvt-2022', 2021, 'CHN'),
    ...point('context', 'gvt-patent-filings', 'gvt-2022', 2021, 'USA'),
  ],
  // "Three times": the GVT report's "nearly three times" (at most 3), and the same ratio of the
  // AI Index 2026 counts and of the GVT 2022 release's 2021 counts, divided live.
  cn_us_patent_ratio_2023: [
    external(
      'cited',
      MERITALK,
      'GVT 2024 report, as quoted by MeriTalk',
      'granting nearly three times as many AI patents as the United States',
      'ratio',
      { max: 3 },
    ),
    ratio('other-definition', 'ai-patents-granted', 'aiindex-2026', 2023, ['CHN', 'USA']),
    ratio('other-year', 'gvt-patent-grants', 'gvt-2022', 2021, ['CHN', 'USA']),
    ratio('other-year', 'gvt-patent-filings', 'gvt-2022', 2021, ['CHN', 'USA']),
  ],
  open_fm_share_cn: OPEN_MODEL_CONTEXT,
  open_fm_share_eu: OPEN_MODEL_CONTEXT,
  open_fm_share_us: OPEN_MODEL_CONTEXT,
  gvt_rank_us: rank('USA'),
  gvt_rank_cn: rank('CHN'),
  gvt_rank_fr: rank('FRA'),
  gvt_rank_de: rank('DEU'),
  stargate: pledge('stargate'),
  apple: pledge('apple'),
  investai: pledge('investai'),
  gigafactories: pledge('investai-gigafactories'),
  // The basis of "4%" is not stated, so nothing is cited; the private-investment ratio the
  // curator cites (AI Index 2025, 2024: EU-27 members that report / US) is another measure.
  eu_vs_us_share: [
    ratio('other-definition', 'private-investment', 'aiindex-2025', 2024, ['eu27', 'USA'], true),
  ],
  // The claim as made: the V3 report's own training cost, which leaves out research,
  // ablations and infrastructure (no independent cost data exists, SOURCES.md S10).
  deepseek_claimed: [
    external(
      'cited',
      DEEPSEEK_V3,
      'DeepSeek-V3 technical report (final training run only)',
      'Assuming the rental price of the H800 GPU is $2 per GPU hour, our total training costs amount to only $5.576M.',
      'USD m',
      { value: 5.576 },
    ),
  ],
  // SemiAnalysis's capex table gives the quoted $1.3bn; its critics put it at $1.4–1.6bn, and
  // Tom's Hardware reports SemiAnalysis's server capex as $1.6bn.
  deepseek_full: [
    external(
      'cited',
      SEMIANALYSIS,
      'SemiAnalysis capex table, as summarised in a thread',
      'SemiAnalysis capex table giving $1.3B',
      'USD bn',
      { value: 1.3 },
    ),
    external(
      'other-definition',
      SEMIANALYSIS,
      'Critics of the SemiAnalysis estimate, in the same thread',
      'a critique putting it at $1.4–1.6B',
      'USD bn',
      { min: 1.4, max: 1.6 },
    ),
    external(
      'other-definition',
      TOMS_HARDWARE,
      'SemiAnalysis server capex, as reported by Tom’s Hardware',
      '$1.6B server capex per SemiAnalysis',
      'USD bn',
      { value: 1.6 },
    ),
  ],
  // The cited GVT 2024 data (2023, by venue) is not available. All venues together for 2023
  // (AI Index 2026, fig 1.6.6) rank China first among the named areas; "Rest of the world"
  // and "Unknown" are remainders, not areas, so they are context. The GVT 2022 release ranks
  // journals and conferences for 2021.
  cn_leads_ai_publications_2023: [
    leads('other-definition', 'ai-publications-share', 'aiindex-2026', 2023, [
      'CHN',
      'USA',
      'EUROPE',
      'IND',
    ]),
    ...point('context', 'ai-publications-share', 'aiindex-2026', 2023, 'ROW', 'UNKNOWN'),
    leads('other-year', 'gvt-journal-publications', 'gvt-2022', 2021, 'all'),
    leads('other-year', 'gvt-conference-publications', 'gvt-2022', 2021, 'all'),
  ],
  // No 2023 citation counts by country: journal citations for 2020 and 2021 (GVT 2022
  // release), and the top-100 most-cited papers of 2023, a different measure.
  cn_leads_ai_citations_2023: [
    leads('other-year', 'gvt-journal-citations', 'gvt-2022', 2020, 'all'),
    leads('other-year', 'gvt-journal-citations', 'gvt-2022', 2021, 'all'),
    leads('other-definition', 'top-cited-ai-publications', 'aiindex-2026', 2023, 'all'),
  ],
}

/**
 * What each claim is about, which decides the panel and figure the app shows it beside
 * (src/domain/claim-placement.ts). Every claim id of the CSV must appear here, as in the checks.
 */
const CLAIM_TOPICS: Readonly<Record<string, ClaimTopic>> = {
  us_notable_models_2023: 'models',
  us_foundation_models_2023: 'models',
  cn_notable_models_2023: 'models',
  cn_foundation_models_2023: 'models',
  us_private_inv_2023: 'investment',
  cn_private_inv_2023: 'investment',
  eu_private_inv_2023: 'investment',
  // "The EU invests 4% of what Washington provides": a share of investment, whatever its basis.
  eu_vs_us_share: 'investment',
  cn_ai_patents_2023: 'patents',
  cn_us_patent_ratio_2023: 'patents',
  open_fm_share_cn: 'open-models',
  open_fm_share_eu: 'open-models',
  open_fm_share_us: 'open-models',
  gvt_rank_us: 'vibrancy',
  gvt_rank_cn: 'vibrancy',
  gvt_rank_fr: 'vibrancy',
  gvt_rank_de: 'vibrancy',
  stargate: 'pledges',
  apple: 'pledges',
  investai: 'pledges',
  gigafactories: 'pledges',
  deepseek_claimed: 'training-cost',
  deepseek_full: 'training-cost',
  cn_leads_ai_publications_2023: 'publications',
  cn_leads_ai_citations_2023: 'citations',
}

/** The ING article's claims have no edition label; this one names their sources. */
const CLAIMS_SOURCE_LABEL = 'ING AI Monthly 2025-03-03 (context article)'

/** Registers an external check's source (a report quoting the figure) and keeps its id. */
function resolveDraft(ctx: Context, draft: DraftCheck): FixtureClaimCheck {
  if (draft.kind !== 'external') return draft
  const { source, ...check } = draft
  return {
    ...check,
    sourceId: ctx.sources.register(source.label, source.reference, 'secondary_report'),
  }
}

export function buildClaims(ctx: Context, table: Table): FixtureClaim[] {
  const ids = table.rows.map((row) => cell(row, 'claim_id'))
  assertUnique(ids, 'claim id')
  const unused = Object.keys(CLAIM_CHECKS).filter((id) => !ids.includes(id))
  if (unused.length > 0) throw new Error(`claim checks for unknown claims: ${unused.join(', ')}`)
  const untopical = Object.keys(CLAIM_TOPICS).filter((id) => !ids.includes(id))
  if (untopical.length > 0)
    throw new Error(`claim topics for unknown claims: ${untopical.join(', ')}`)
  return table.rows.map((row, i): FixtureClaim => {
    const where = `${table.file}:${i + 2}`
    const id = cell(row, 'claim_id')
    const checks = CLAIM_CHECKS[id]
    if (checks === undefined) throw new Error(`${where}: no check table entry for claim ${id}`)
    const topic = CLAIM_TOPICS[id]
    if (topic === undefined) throw new Error(`${where}: no topic for claim ${id}`)
    const statusText = cell(row, 'status')
    const quoted = cell(row, 'value')
    const value = parseNumber(quoted, where)
    // The rule compares at the precision the figure is written with: it must be plain decimals.
    if (value !== null && quotedFigure(quoted) === null)
      throw new Error(`${where}: quoted figure ${JSON.stringify(quoted)} is not plain decimals`)
    const unit = cell(row, 'unit')
    // A qualitative claim has neither; a figure without a unit (or the reverse) is a CSV error.
    if ((value === null) !== (unit === '')) throw new Error(`${where}: value and unit disagree`)
    return {
      id,
      statement: cell(row, 'statement'),
      value,
      quoted: value === null ? null : quoted,
      unit,
      year: cell(row, 'year') === '' ? null : requireInteger(cell(row, 'year'), where),
      topic,
      curatorStatus: curatorStatus(statusText, where),
      statusText,
      crossCheck: cell(row, 'cross_check'),
      seenInPublicCopy: cell(row, 'seen_in_public_copy_of_article'),
      // context_claims.csv has no source_type column: every row is a claim of the ING article.
      sourceId: ctx.sources.register(
        CLAIMS_SOURCE_LABEL,
        cell(row, 'source'),
        'context_article_claim',
      ),
      checks: checks.map((check) => resolveDraft(ctx, check)),
    }
  })
}

/** What the built fixtures offer a claim check to point at. */
export interface CheckTargets {
  /** An observation of that series, entity and year, or a computed group (aggregated live). */
  readonly hasFigure: (
    indicatorId: IndicatorId,
    entityId: string,
    year: number,
    edition: EditionId,
  ) => boolean
  readonly sourceIds: ReadonlySet<string>
  readonly vibrancy: readonly FixtureVibrancyEntry[]
  readonly pledges: readonly FixturePledge[]
}

/** Whether a check points at something that exists, so the service never resolves a typo. */
export function checkFinds(check: FixtureClaimCheck, targets: CheckTargets): boolean {
  const { hasFigure } = targets
  switch (check.kind) {
    case 'indicator':
      return hasFigure(check.indicatorId, check.entityId, check.year, check.edition)
    case 'ratio':
      return [check.numeratorId, check.denominatorId].every((id) =>
        hasFigure(check.indicatorId, id, check.year, check.edition),
      )
    case 'comparison':
      // 'all' ranks among whatever the series holds, which must include the subject.
      return (check.among === 'all' ? [check.entityId] : check.among).every((id) =>
        hasFigure(check.indicatorId, id, check.year, check.edition),
      )
    case 'external':
      return targets.sourceIds.has(check.sourceId)
    case 'vibrancy-rank':
      // One entry, or the check would need a data year (GVT 2022 has five).
      return (
        targets.vibrancy.filter((v) => v.edition === check.edition && v.entityId === check.entityId)
          .length === 1
      )
    case 'pledge':
      return targets.pledges.some((p) => p.id === check.pledgeId)
  }
}
