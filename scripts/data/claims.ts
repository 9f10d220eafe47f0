/**
 * The figures quoted in the ING article (context_claims.csv) as claims: each with its status
 * as the CSV states it (mapped text by text) and the data points it is checked against. Every
 * check names its role — the edition the claim cites, a later revision, another definition or
 * another year — so a status rule can be computed from the table. A claim is never data: its
 * figure lives only here, and every check points at an observation, rank or pledge of its own.
 */
import type {
  ClaimCheckRole,
  ClaimStatus,
  EditionId,
  FixtureClaim,
  FixtureClaimCheck,
  IndicatorId,
} from '../../mocks/data/types'
import { assertUnique, cell, parseNumber, requireInteger, type Table } from './csv'
import type { Context } from './entities'

/** Every status text of context_claims.csv, verbatim, and the contract status it means. */
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

function normaliseClaimStatus(text: string, where: string): ClaimStatus {
  const status = STATUS_TEXTS[text]
  if (status === undefined)
    throw new Error(`${where}: unknown claim status ${JSON.stringify(text)}`)
  return status
}

function point(
  role: ClaimCheckRole,
  indicatorId: IndicatorId,
  edition: EditionId,
  year: number,
  ...entityIds: readonly string[]
): FixtureClaimCheck[] {
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

function rank(entityId: string): FixtureClaimCheck[] {
  return [{ kind: 'vibrancy-rank', role: 'cited', entityId, edition: 'gvt-2024' }]
}

function pledge(pledgeId: string): FixtureClaimCheck[] {
  return [{ kind: 'pledge', role: 'cited', pledgeId }]
}

/** Open-access model shares: no share by country exists; the world counts are context. */
const OPEN_MODEL_CONTEXT: readonly FixtureClaimCheck[] = [
  // "149 foundation models in 2023, 65.7% open-source" (AI Index 2024): another measure.
  ...point('other-definition', 'foundation-models', 'aiindex-2024', 2023, 'WLD'),
  // Notable (not foundation) models of 2023 with open weights, world only (fig 1.1.8).
  ...point(
    'other-definition',
    'notable-models-open-weights-unrestricted',
    'aiindex-2026',
    2023,
    'WLD',
  ),
  ...point(
    'other-definition',
    'notable-models-open-weights-restricted',
    'aiindex-2026',
    2023,
    'WLD',
  ),
  ...point(
    'other-definition',
    'notable-models-open-weights-noncommercial',
    'aiindex-2026',
    2023,
    'WLD',
  ),
]

/**
 * China's 2023 patents per the GVT (44,150; "three times the US"): the cited GVT 2024 figure
 * for the US is known only as "over 15,000" (null); the AI Index 2026 counts granted patents
 * differently; the GVT 2022 release has the tool's own counts for 2021.
 */
const PATENT_CHECKS: readonly FixtureClaimCheck[] = [
  ...point('cited', 'ai-patents-granted', 'gvt-2024', 2023, 'USA'),
  ...point('other-definition', 'ai-patents-granted', 'aiindex-2026', 2023, 'CHN', 'USA'),
  ...point('other-year', 'gvt-patent-grants', 'gvt-2022', 2021, 'CHN', 'USA'),
  ...point('other-year', 'gvt-patent-filings', 'gvt-2022', 2021, 'CHN', 'USA'),
]

/** What each ING claim is checked against. Every claim id of the CSV must appear here. */
const CLAIM_CHECKS: Readonly<Record<string, readonly FixtureClaimCheck[]>> = {
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
  // No EU-27 figure exists; the AI Index's "Europe" is another aggregate.
  eu_private_inv_2023: point(
    'other-definition',
    'private-investment',
    'aiindex-2026',
    2023,
    'EUROPE',
  ),
  cn_ai_patents_2023: PATENT_CHECKS,
  cn_us_patent_ratio_2023: PATENT_CHECKS,
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
  // The basis of "4%" is not stated, and EU-27 private investment is a bloc sum, not a point.
  eu_vs_us_share: [],
  // No independent cost data exists (SOURCES.md S10).
  deepseek_claimed: [],
  deepseek_full: [],
  // The cited GVT 2024 data (2023, by venue) is not available: all venues together for 2023
  // (AI Index 2026, fig 1.6.6), and journals and conferences for 2021 (GVT 2022 release).
  cn_leads_ai_publications_2023: [
    ...point(
      'other-definition',
      'ai-publications-share',
      'aiindex-2026',
      2023,
      'CHN',
      'USA',
      'EUROPE',
      'IND',
      'ROW',
      'UNKNOWN',
    ),
    ...point('other-year', 'gvt-journal-publications', 'gvt-2022', 2021, 'CHN', 'USA'),
    ...point('other-year', 'gvt-conference-publications', 'gvt-2022', 2021, 'CHN', 'USA'),
  ],
  // No 2023 citation counts by country: journal citations for 2020 and 2021 (GVT 2022
  // release), and the top-100 most-cited papers of 2023, a different measure.
  cn_leads_ai_citations_2023: [
    ...point('other-year', 'gvt-journal-citations', 'gvt-2022', 2020, 'CHN', 'USA'),
    ...point('other-year', 'gvt-journal-citations', 'gvt-2022', 2021, 'CHN', 'USA'),
    ...point('other-definition', 'top-cited-ai-publications', 'aiindex-2026', 2023, 'USA', 'CHN'),
  ],
}

/** The ING article's claims have no edition label; this one names their sources. */
const CLAIMS_SOURCE_LABEL = 'ING AI Monthly 2025-03-03 (context article)'

export function buildClaims(ctx: Context, table: Table): FixtureClaim[] {
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
    const value = parseNumber(cell(row, 'value'), where)
    const unit = cell(row, 'unit')
    // A qualitative claim has neither; a figure without a unit (or the reverse) is a CSV error.
    if ((value === null) !== (unit === '')) throw new Error(`${where}: value and unit disagree`)
    return {
      id,
      statement: cell(row, 'statement'),
      value,
      unit,
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
