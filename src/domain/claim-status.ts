/**
 * The one rule that gives a quoted claim its status (docs/DESIGN.md §4), written once: the
 * mock service applies it to the checks it resolves, and the app shows its text
 * (CLAIM_STATUS_RULE, served in /meta). Pure; it reads no edition itself: the caller passes the
 * checks, each with its role, and the rule uses only 'cited' and 'other-definition' ones, so a
 * claim is judged by the edition it cites and never by a later revision.
 */
import type { ClaimAgreement, ClaimCheckRole, ClaimStatus } from './claims'

/** "Approximately consistent": within 5% of the data point. */
export const APPROXIMATE_TOLERANCE = 0.05

/** The rule as the app states it, beside the statuses. */
export const CLAIM_STATUS_RULE =
  'Each quoted figure is checked against the edition or report it cites, never against a later one. ' +
  'Against one data point a figure is equal; equal at the quoted precision (rounded to the last digit the quote is written with, ' +
  'the data point reads the quoted figure: "68" is compared in whole units, "60.5" to one decimal, "about" or not); ' +
  'within 5% of the data point; or more than 5% away. A quoted range or bound ("over 44,000") does not pin a figure: ' +
  'a quote inside it is at best within 5%, and outside it is measured from the nearest end. ' +
  'A qualitative claim ("China was the world leader") states a rank among named areas, which holds or fails. ' +
  'Status: unverified when the cited edition has no data point for it; ' +
  'disputed when the cited data points disagree among themselves (some within 5%, some beyond), ' +
  'or when another definition or estimate of the same figure differs by more than 5% from what the cited points support, ' +
  'or supports what they contradict; contradicted when the cited points differ by more than 5% and nothing supports the figure; ' +
  'otherwise verified (every cited point equal), consistent with rounding (every cited point at least equal at the quoted precision) ' +
  'or approximately consistent. Revisions in later editions, other years and context figures are shown but never change the status.'

/** What the rule reads of a resolved check. */
export interface CheckEvidence {
  readonly role: ClaimCheckRole
  /** The data point; null for no data (and for a range, which is given by `range`). */
  readonly value: number | null
  /** A quoted bound or range ("over 44,000": min 44000, max null). */
  readonly range: { readonly min: number | null; readonly max: number | null } | null
  /** For a qualitative claim: the rank the claim states and the rank the data give (null: unknown). */
  readonly comparison: { readonly claimedRank: number; readonly rank: number | null } | null
}

const QUOTED_TEXT = /^-?\d+(\.\d+)?$/

/**
 * A quoted figure as written ("68", "60.5"): its value and the decimals it is written with, the
 * precision it is compared at. null for anything but a plain decimal (the data build refuses
 * such a quote, so the service never meets one).
 */
export function quotedFigure(
  text: string,
): { readonly value: number; readonly decimals: number } | null {
  const match = QUOTED_TEXT.exec(text)
  if (match === null) return null
  return { value: Number(text), decimals: match[1] === undefined ? 0 : match[1].length - 1 }
}

/**
 * Equal at the written precision: the data point is within half a unit of the quote's last
 * digit (a point exactly half-way counts, whichever way it would be rounded). Compared in
 * units of that digit, with a tolerance of a few ulps, so that 60.55 against "60.5" is not
 * lost to binary floating point.
 */
function equalAtPrecision(quote: number, decimals: number, value: number): boolean {
  const scale = 10 ** decimals
  const distance = Math.abs(value * scale - Math.round(quote * scale))
  return distance <= 0.5 + 1e-9 * Math.max(1, Math.abs(value * scale))
}

/** Within 5% of the data point (relative to the data point, as "68 is 1.2% above 67.22"). */
function withinTolerance(quote: number, reference: number): boolean {
  return Math.abs(quote - reference) <= APPROXIMATE_TOLERANCE * Math.abs(reference)
}

function againstRange(quote: number, range: NonNullable<CheckEvidence['range']>): ClaimAgreement {
  if (range.min !== null && quote < range.min)
    return withinTolerance(quote, range.min) ? 'approximate' : 'beyond'
  if (range.max !== null && quote > range.max)
    return withinTolerance(quote, range.max) ? 'approximate' : 'beyond'
  // Inside a bound or range: consistent with it, but the evidence does not pin the figure.
  return 'approximate'
}

/**
 * How one check compares with the quote; null when it cannot be compared: no data point, a
 * context figure, a figure set against a qualitative claim or a rank against a figure.
 */
export function agreementOf(quoted: string | null, check: CheckEvidence): ClaimAgreement | null {
  if (check.role === 'context') return null
  if (quoted === null) {
    if (check.comparison === null || check.comparison.rank === null) return null
    return check.comparison.rank === check.comparison.claimedRank ? 'equal' : 'beyond'
  }
  const quote = quotedFigure(quoted)
  if (quote === null || check.comparison !== null) return null
  if (check.value !== null) {
    if (check.value === quote.value) return 'equal'
    if (equalAtPrecision(quote.value, quote.decimals, check.value)) return 'rounding'
    return withinTolerance(quote.value, check.value) ? 'approximate' : 'beyond'
  }
  if (check.range !== null && (check.range.min !== null || check.range.max !== null))
    return againstRange(quote.value, check.range)
  return null
}

const SUPPORT: Readonly<Record<Exclude<ClaimAgreement, 'beyond'>, ClaimStatus>> = {
  equal: 'verified',
  rounding: 'consistent-with-rounding',
  approximate: 'approximately-consistent',
}
const CLOSENESS: readonly ClaimAgreement[] = ['equal', 'rounding', 'approximate', 'beyond']

/** The status of a claim, quoted as written (null: a qualitative claim), from its resolved checks. */
export function claimStatus(quoted: string | null, checks: readonly CheckEvidence[]): ClaimStatus {
  const agreements = (role: ClaimCheckRole) =>
    checks
      .filter((c) => c.role === role)
      .map((c) => agreementOf(quoted, c))
      .filter((a): a is ClaimAgreement => a !== null)
  const cited = agreements('cited')
  if (cited.length === 0) return 'unverified'
  const others = agreements('other-definition')
  const contradicting = cited.filter((a) => a === 'beyond').length
  if (contradicting > 0 && contradicting < cited.length) return 'disputed'
  if (contradicting === cited.length)
    return others.some((a) => a !== 'beyond') ? 'disputed' : 'contradicted'
  if (others.includes('beyond')) return 'disputed'
  // Every cited point supports the figure: the status is the loosest of their agreements.
  const loosest = cited.reduce((a, b) => (CLOSENESS.indexOf(a) >= CLOSENESS.indexOf(b) ? a : b))
  return loosest === 'beyond' ? 'contradicted' : SUPPORT[loosest]
}
