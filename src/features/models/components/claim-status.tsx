/** A claim's status as a labelled badge (text, not colour alone). */
import type { Claim } from '../../../api/schemas'

const LABEL: Readonly<Record<Claim['status'], string>> = {
  verified: 'verified',
  'consistent-with-rounding': 'consistent with rounding',
  'approximately-consistent': 'approximately consistent',
  unverified: 'unverified',
  contradicted: 'contradicted',
  disputed: 'disputed',
}

export function ClaimStatus({ status }: { readonly status: Claim['status'] }) {
  return <span className={`claim__status claim__status--${status}`}>{LABEL[status]}</span>
}
