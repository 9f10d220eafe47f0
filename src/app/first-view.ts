/**
 * When the page may render. The dashboard opens with the ranking: waiting briefly for its data
 * lets the page paint once, with the ranking, instead of painting skeletons and rendering again.
 * A presentation renders at once (its slide loads its own figure).
 */
import type { QueryClient } from '@tanstack/react-query'
import type { ApiClient } from '../api/client'
import type { ViewState } from '../domain/view'
import { prefetchVibrancy } from '../features/vibrancy/api/vibrancy-data'

/**
 * The longest wait. Embedded data on this machine is ready ~0.3 s after the script starts;
 * a slower link or API renders with skeletons at this point and the data fills them in.
 */
export const FIRST_VIEW_WAIT_MS = 500

/** Resolves when `load` (the ranking's data) has settled or the wait is over, whichever is first. */
export function whenFirstViewReady(
  view: Pick<ViewState, 'present'>,
  load: () => Promise<void>,
  waitMs: number = FIRST_VIEW_WAIT_MS,
): Promise<void> {
  if (view.present !== null) return Promise.resolve()
  return Promise.race([load(), new Promise<void>((resolve) => setTimeout(resolve, waitMs))])
}

/**
 * The boot's data step: starts the ranking's queries (into the cache the panels then read, so
 * they share one request per query) and resolves when the page may render.
 */
export function loadFirstView(
  queryClient: QueryClient,
  client: ApiClient,
  view: ViewState,
  waitMs: number = FIRST_VIEW_WAIT_MS,
): Promise<void> {
  return whenFirstViewReady(view, () => prefetchVibrancy(queryClient, client, view), waitMs)
}
