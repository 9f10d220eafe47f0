/** App-wide providers: the API client and the query cache. */
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import type { ApiClient } from '../api/client'
import { ApiClientContext } from '../lib/api-context'

export function AppProviders({
  client,
  queryClient,
  children,
}: {
  readonly client: ApiClient
  readonly queryClient: QueryClient
  readonly children: ReactNode
}) {
  return (
    <ApiClientContext.Provider value={client}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ApiClientContext.Provider>
  )
}
