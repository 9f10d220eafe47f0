/** GET /pledges and GET /claims: small, static lists. */
import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ApiClient } from '../api/client'
import { useApiClient } from '../lib/api-context'

export function pledgesQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['pledges'] as const,
    queryFn: ({ signal }) => client.pledges(signal),
  })
}

export function claimsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['claims'] as const,
    queryFn: ({ signal }) => client.claims(signal),
  })
}

export function usePledges() {
  return useQuery(pledgesQueryOptions(useApiClient()))
}

export function useClaims() {
  return useQuery(claimsQueryOptions(useApiClient()))
}
