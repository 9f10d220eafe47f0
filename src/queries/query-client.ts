/**
 * The react-query client: retries only what may pass (network, 5xx), never contract errors;
 * keeps finished queries for the session so switching back is instant. This is the one layer
 * that retries: the API client and its transports never do.
 */
import { QueryClient } from '@tanstack/react-query'
import { ApiError } from '../api/errors'

const MAX_RETRIES = 1

/** Retry policy shared by the app and the tests that exercise it. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError) return error.retryable && failureCount < MAX_RETRIES
  return false
}

/** A fresh client (one per app, one per test). */
export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: options.retry === false ? false : shouldRetry,
        retryDelay: 400,
        // A query that failed (with its retry) stays failed until someone presses Retry: a
        // panel mounting after the boot prefetch failed, or a figure drawn later, shows the
        // message instead of asking again (which would double the requests of every load).
        retryOnMount: false,
        staleTime: 5 * 60_000,
        gcTime: 30 * 60_000,
        refetchOnWindowFocus: false,
      },
    },
  })
}

/**
 * `combine` for useQueries: the results, and their data as one array that keeps its identity
 * while no answer changes (useQueries shares the combined value structurally), so it can be a
 * memo dependency: undefined while a query loads, null for a query that is off (disabled).
 * Module-level, so the combine function itself is stable.
 */
export function withData<
  T extends { readonly data: unknown; readonly isPending: boolean; readonly fetchStatus: string },
>(results: T[]) {
  return {
    results,
    data: results.map((r) =>
      r.isPending && r.fetchStatus === 'idle' ? null : (r.data as T['data']),
    ),
  }
}
