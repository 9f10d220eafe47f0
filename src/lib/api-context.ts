/** The API client, provided to the tree (tests pass their own). */
import { createContext, useContext } from 'react'
import type { ApiClient } from '../api/client'

export const ApiClientContext = createContext<ApiClient | null>(null)

/** The API client of the nearest provider. */
export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext)
  if (!client) throw new Error('useApiClient needs an <AppProviders> ancestor')
  return client
}
