/**
 * GET /claims: each claim's checks resolved to the live figures they point at, and its status
 * from the one stated rule (src/domain/claim-status.ts) applied to them — never a status stored
 * with the claim. Where the current AI Index edition revised the cited figure, the claim says so.
 * Pure: the repository passes the lookups it owns.
 */
import type {
  Claim,
  ClaimCheck,
  ClaimCheckPart,
  ClaimsResponse,
  EditionId,
  IndicatorId,
} from '../../src/api/schemas'
import { agreementOf, claimStatus } from '../../src/domain/claim-status'
import { DEFAULT_AI_INDEX } from '../../src/domain/editions'
import type { FixtureClaim, FixtureClaimCheck } from '../data/types'
import type { Dataset } from './dataset'

/** What the repository knows that the checks need. */
export interface ClaimLookups {
  /** One figure of a series; a computed group's is aggregated (with its coverage). */
  readonly point: (
    indicatorId: IndicatorId,
    edition: EditionId,
    entityId: string,
    year: number,
  ) => ClaimCheckPart
  /** Every entity with a figure in a series for a year, in the series' order. */
  readonly reportedEntities: (
    indicatorId: IndicatorId,
    edition: EditionId,
    year: number,
  ) => string[]
  readonly indicatorLabel: (id: IndicatorId) => { readonly label: string; readonly unit: string }
  readonly editionLabel: (id: EditionId) => string
  readonly entityName: (id: string) => string
}

/** Every field of a check that only some kinds carry, empty. */
const NONE = {
  indicatorId: null,
  entityId: null,
  year: null,
  edition: null,
  pledgeId: null,
  value: null,
  unit: null,
  sourceId: null,
  range: null,
  quote: null,
  coverage: null,
  ratio: null,
  comparison: null,
} as const

type Resolved = Omit<ClaimCheck, 'agreement'>

/** 1 + how many of the others have a strictly larger figure; null when a figure is missing. */
function rankOf(subject: string, among: readonly ClaimCheckPart[]): number | null {
  const own = among.find((p) => p.entityId === subject)?.value ?? null
  if (own === null || among.some((p) => p.value === null)) return null
  return 1 + among.filter((p) => (p.value ?? -Infinity) > own).length
}

function divide(
  numerator: ClaimCheckPart,
  denominator: ClaimCheckPart,
  percent: boolean,
): number | null {
  if (numerator.value === null || denominator.value === null || denominator.value === 0) return null
  return (numerator.value / denominator.value) * (percent ? 100 : 1)
}

function resolveCheck(check: FixtureClaimCheck, dataset: Dataset, lookups: ClaimLookups): Resolved {
  const { point, indicatorLabel, editionLabel, entityName } = lookups
  const base = { ...NONE, role: check.role }
  switch (check.kind) {
    case 'indicator': {
      const figure = point(check.indicatorId, check.edition, check.entityId, check.year)
      const indicator = indicatorLabel(check.indicatorId)
      return {
        ...base,
        kind: 'indicator',
        label: `${editionLabel(check.edition)}: ${indicator.label}, ${entityName(check.entityId)} ${check.year}`,
        indicatorId: check.indicatorId,
        entityId: check.entityId,
        year: check.year,
        edition: check.edition,
        value: figure.value,
        unit: indicator.unit,
        sourceId: figure.sourceId,
        coverage: figure.coverage,
      }
    }
    case 'ratio': {
      const numerator = point(check.indicatorId, check.edition, check.numeratorId, check.year)
      const denominator = point(check.indicatorId, check.edition, check.denominatorId, check.year)
      const indicator = indicatorLabel(check.indicatorId)
      const sources = new Set([numerator.sourceId, denominator.sourceId])
      const [only] = sources
      return {
        ...base,
        kind: 'ratio',
        label: `${editionLabel(check.edition)}: ${indicator.label}, ${entityName(check.numeratorId)} ${check.percent ? 'as % of' : 'relative to'} ${entityName(check.denominatorId)} ${check.year} (divided here)`,
        indicatorId: check.indicatorId,
        entityId: check.numeratorId,
        year: check.year,
        edition: check.edition,
        value: divide(numerator, denominator, check.percent),
        unit: check.percent ? '%' : 'ratio',
        sourceId: sources.size === 1 && only !== undefined ? only : null,
        ratio: { numerator, denominator, percent: check.percent },
      }
    }
    case 'comparison': {
      const ids =
        check.among === 'all'
          ? lookups.reportedEntities(check.indicatorId, check.edition, check.year)
          : check.among
      const among = ids.map((id) => point(check.indicatorId, check.edition, id, check.year))
      const subject = among.find((p) => p.entityId === check.entityId)
      const indicator = indicatorLabel(check.indicatorId)
      return {
        ...base,
        kind: 'comparison',
        label: `${editionLabel(check.edition)}: ${indicator.label}, ${check.year}, ${entityName(check.entityId)} among ${check.among === 'all' ? `all ${among.length} listed` : among.map((p) => entityName(p.entityId)).join(', ')}`,
        indicatorId: check.indicatorId,
        entityId: check.entityId,
        year: check.year,
        edition: check.edition,
        value: subject?.value ?? null,
        unit: indicator.unit,
        sourceId: subject?.sourceId ?? null,
        comparison: {
          claimedRank: check.claimedRank,
          rank: subject ? rankOf(check.entityId, among) : null,
          among,
        },
      }
    }
    case 'external':
      return {
        ...base,
        kind: 'external',
        label: check.label,
        value: check.value,
        unit: check.unit,
        sourceId: check.sourceId,
        range: check.range && { ...check.range },
        quote: check.quote,
      }
    case 'vibrancy-rank': {
      const entry = dataset.vibrancy.find(
        (v) => v.edition === check.edition && v.entityId === check.entityId,
      )
      return {
        ...base,
        kind: 'vibrancy-rank',
        label: `${editionLabel(check.edition)}: rank of ${entityName(check.entityId)}`,
        entityId: check.entityId,
        year: entry?.dataYear ?? null,
        edition: check.edition,
        value: entry?.rank ?? null,
        unit: 'rank',
        sourceId: entry?.sourceId ?? null,
      }
    }
    case 'pledge': {
      const pledge = dataset.pledges.find((p) => p.id === check.pledgeId)
      return {
        ...base,
        kind: 'pledge',
        label: pledge ? `Pledge: ${pledge.actor}` : `Pledge ${check.pledgeId}`,
        entityId: pledge?.economyId ?? null,
        pledgeId: check.pledgeId,
        value: pledge?.amount ?? null,
        unit: pledge ? `${pledge.currency} ${pledge.scale}` : null,
        sourceId: pledge?.sourceId ?? null,
      }
    }
  }
}

/**
 * The cited figure as the current AI Index edition has it, when that differs: the revision
 * check of the current edition set against the cited check of the same series and entity.
 */
function revisionOf(checks: readonly ClaimCheck[]): Claim['revision'] {
  for (const revised of checks) {
    if (revised.role !== 'revision' || revised.edition !== DEFAULT_AI_INDEX) continue
    const cited = checks.find(
      (c) =>
        c.role === 'cited' &&
        c.kind === revised.kind &&
        c.indicatorId === revised.indicatorId &&
        c.entityId === revised.entityId,
    )
    if (!cited?.edition || revised.value === null || revised.value === cited.value) continue
    return {
      citedEdition: cited.edition,
      citedValue: cited.value,
      edition: revised.edition,
      value: revised.value,
    }
  }
  return null
}

function resolveClaim(claim: FixtureClaim, dataset: Dataset, lookups: ClaimLookups): Claim {
  const checks = claim.checks.map((fixture): ClaimCheck => {
    const check = resolveCheck(fixture, dataset, lookups)
    return { ...check, agreement: agreementOf(claim.quoted, check) }
  })
  return {
    id: claim.id,
    statement: claim.statement,
    value: claim.value,
    quoted: claim.quoted,
    unit: claim.unit,
    year: claim.year,
    topic: claim.topic,
    status: claimStatus(claim.quoted, checks),
    statusText: claim.statusText,
    crossCheck: claim.crossCheck,
    seenInPublicCopy: claim.seenInPublicCopy,
    sourceId: claim.sourceId,
    checks,
    revision: revisionOf(checks),
  }
}

/** Every claim of the dataset with its checks resolved and its status by the rule. */
export function resolveClaims(dataset: Dataset, lookups: ClaimLookups): ClaimsResponse {
  return { claims: dataset.claims.map((claim) => resolveClaim(claim, dataset, lookups)) }
}
