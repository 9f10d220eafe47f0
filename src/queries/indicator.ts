/** GET /indicators/{id}: one query per indicator, edition, range and entity list. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import type { ApiClient } from '../api/client'
import type { IndicatorQuery } from '../api/endpoints'
import type { IndicatorId } from '../api/schemas'
import { useApiClient } from '../lib/api-context'

export const indicatorKeys = {
  all: ['indicator'] as const,
  one: (id: IndicatorId, query: IndicatorQuery) =>
    [
      'indicator',
      id,
      query.edition ?? null,
      query.from ?? null,
      query.to ?? null,
      query.entities ? [...query.entities] : null,
    ] as const,
}

export function indicatorQueryOptions(client: ApiClient, id: IndicatorId, query: IndicatorQuery) {
  return queryOptions({
    queryKey: indicatorKeys.one(id, query),
    // The signal aborts a superseded request, so an old answer can never overwrite new filters.
    queryFn: ({ signal }) => client.indicator(id, query, signal),
    placeholderData: keepPreviousData,
  })
}

/** Observations of one indicator for the given query. */
export function useIndicator(id: IndicatorId, query: IndicatorQuery, enabled = true) {
  return useQuery({ ...indicatorQueryOptions(useApiClient(), id, query), enabled })
}
