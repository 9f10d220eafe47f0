/** A claim's status as a labelled badge: text, never colour alone. */
import { CLAIM_STATUS_LABEL, type ClaimStatus } from '../../domain/claims'

export function ClaimStatusBadge({ status }: { readonly status: ClaimStatus }) {
  return (
    <span className={`claim__status claim__status--${status}`}>{CLAIM_STATUS_LABEL[status]}</span>
  )
}
