/** GET /vibrancy: the Global AI Vibrancy ranking as published. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import type { ApiClient } from '../api/client'
import type { VibrancyQuery } from '../api/endpoints'
import { useApiClient } from '../lib/api-context'

export const vibrancyKeys = {
  one: (query: VibrancyQuery) => ['vibrancy', query.edition ?? null, query.year ?? null] as const,
}

export function vibrancyQueryOptions(client: ApiClient, query: VibrancyQuery) {
  return queryOptions({
    queryKey: vibrancyKeys.one(query),
    queryFn: ({ signal }) => client.vibrancy(query, signal),
    placeholderData: keepPreviousData,
  })
}

export function useVibrancy(query: VibrancyQuery) {
  return useQuery(vibrancyQueryOptions(useApiClient(), query))
}
