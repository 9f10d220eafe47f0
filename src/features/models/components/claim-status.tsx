/** A claim's status as a labelled badge (text, not colour alone). */
import { CLAIM_STATUS_LABEL, type ClaimStatus as Status } from '../../../domain/claims'

export function ClaimStatus({ status }: { readonly status: Status }) {
  return (
    <span className={`claim__status claim__status--${status}`}>{CLAIM_STATUS_LABEL[status]}</span>
  )
}
