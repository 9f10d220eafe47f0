/** Status labels of the quoted claims, by id, for headline and note templates ({status …}). */
import { useQuery } from '@tanstack/react-query'
import { useCallback } from 'react'
import { CLAIM_STATUS_LABEL } from '../../../domain/claims'
import { useApiClient } from '../../../lib/api-context'
import { claimsQueryOptions } from '../../../queries/pledges'

export function useClaimStatus(): ((claimId: string) => string | undefined) | undefined {
  const claims = useQuery(claimsQueryOptions(useApiClient())).data?.claims
  const lookup = useCallback(
    (id: string) => {
      const claim = claims?.find((c) => c.id === id)
      return claim ? CLAIM_STATUS_LABEL[claim.status] : undefined
    },
    [claims],
  )
  return claims ? lookup : undefined
}
