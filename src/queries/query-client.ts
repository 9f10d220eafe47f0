/**
 * The react-query client: retries only what may pass (network, 5xx), never contract errors;
 * keeps finished queries for the session so switching back is instant. This is the one layer
 * that retries: the API client and its transports never do.
 */
import { QueryClient, type QueryObserverResult } from '@tanstack/react-query'
import { ApiError } from '../api/errors'

const MAX_RETRIES = 1

/** The result properties whose change re-renders an observer (see createQueryClient). */
export const NOTIFY_ON: Array<keyof QueryObserverResult> = [
  'data',
  'error',
  'status',
  'fetchStatus',
]

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
        // Re-render on every change a figure can show, not only on the properties the last
        // render happened to read (react-query's default "tracked" mode). A panel's data hook
        // reads `data`; its figures read `isError` and `isFetching` later, in a deferred render
        // (VisibleFirst) or once their box is placed below the fold. Under tracking, a query
        // that failed before those reads changed nothing the hook had read, the panel never
        // re-rendered, and its figures kept the result of the moment the request began:
        // loading for ever, with no alert (issue 18). The derived flags (isError, isPending,
        // isFetching) follow status and fetchStatus; failure counts and timestamps do not
        // re-render anything.
        notifyOnChangeProps: NOTIFY_ON,
      },
    },
  })
}
