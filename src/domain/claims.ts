/**
 * Claims: figures quoted in the public debate, each with a status. The statuses, in the order
 * of the rule that assigns them (verified → contradicted), and their labels live here, once;
 * the rule itself is ./claim-status.ts.
 */

/** Statuses a quoted figure can have against the data point it cites. */
export const CLAIM_STATUSES = [
  'verified',
  'consistent-with-rounding',
  'approximately-consistent',
  'unverified',
  'disputed',
  'contradicted',
] as const
export type ClaimStatus = (typeof CLAIM_STATUSES)[number]

/** How each status reads on screen, in exports and on slides. */
export const CLAIM_STATUS_LABEL: Readonly<Record<ClaimStatus, string>> = {
  verified: 'verified',
  'consistent-with-rounding': 'consistent with rounding',
  'approximately-consistent': 'approximately consistent',
  unverified: 'unverified',
  disputed: 'disputed',
  contradicted: 'contradicted',
}

/**
 * What a check is to its claim. Only 'cited' and 'other-definition' checks can change the
 * status (./claim-status.ts); the others are shown beside the claim and never change it.
 * - cited: the figure in the edition (or report) the claim cites;
 * - revision: the same figure as a later edition revised it;
 * - other-definition: the same quantity under another definition, or another estimate of it;
 * - other-year: the claim's measure for another year than the one claimed;
 * - context: a figure shown beside the claim that is not the claimed quantity (another
 *   country's count, a world total of another measure), never compared with the quote.
 */
export const CLAIM_CHECK_ROLES = [
  'cited',
  'revision',
  'other-definition',
  'other-year',
  'context',
] as const
export type ClaimCheckRole = (typeof CLAIM_CHECK_ROLES)[number]

/**
 * How one data point compares with the quoted figure, closest first: equal; equal at the
 * quoted precision; within 5%; beyond 5% (for a qualitative claim: the stated rank holds,
 * 'equal', or fails, 'beyond').
 */
export const CLAIM_AGREEMENTS = ['equal', 'rounding', 'approximate', 'beyond'] as const
export type ClaimAgreement = (typeof CLAIM_AGREEMENTS)[number]

/** How each agreement reads beside a figure (a qualitative claim's check reads its rank instead). */
export const CLAIM_AGREEMENT_LABEL: Readonly<Record<ClaimAgreement, string>> = {
  equal: 'equal',
  rounding: 'equal at the quoted precision',
  approximate: 'within 5%',
  beyond: 'differs by more than 5%',
}

/**
 * What a claim is about: decides the panel and figure it is shown beside
 * (./claim-placement.ts). Given to each claim by the data build (scripts/data/claims.ts).
 */
export const CLAIM_TOPICS = [
  'investment',
  'pledges',
  'models',
  'open-models',
  'patents',
  'training-cost',
  'vibrancy',
  'publications',
  'citations',
] as const
export type ClaimTopic = (typeof CLAIM_TOPICS)[number]

/** How each topic reads as a heading ("Quoted in the debate: private investment"). */
export const CLAIM_TOPIC_LABEL: Readonly<Record<ClaimTopic, string>> = {
  investment: 'private investment',
  pledges: 'pledges',
  models: 'notable and foundation models',
  'open-models': 'open foundation models',
  patents: 'AI patents',
  'training-cost': 'the cost of training a model (DeepSeek)',
  vibrancy: 'the Vibrancy ranking',
  publications: 'AI publications',
  citations: 'AI citations',
}
