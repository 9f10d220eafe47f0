/**
 * Claims: figures quoted in the public debate, each with a status. The statuses, in the order
 * of the rule that assigns them (verified → contradicted), and their labels live here, once.
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
