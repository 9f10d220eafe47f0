/**
 * Paths and query parameters of the v1 contract, shared by the client and the mock service
 * so both spell them the same way.
 */
import type { EditionId } from './schemas'

export const API_PREFIX = '/api/v1'

export const paths = {
  meta: `${API_PREFIX}/meta`,
  vibrancy: `${API_PREFIX}/vibrancy`,
  indicator: (id: string) => `${API_PREFIX}/indicators/${encodeURIComponent(id)}`,
  pledges: `${API_PREFIX}/pledges`,
  claims: `${API_PREFIX}/claims`,
} as const

/** Query of GET /indicators/{id}. Omitted fields take the service's defaults. */
export interface IndicatorQuery {
  /** Defaults to the newest edition holding the indicator. */
  readonly edition?: EditionId | undefined
  readonly from?: number | undefined
  readonly to?: number | undefined
  /** Country ISO3 codes, reported aggregates (WLD, EUROPE…) and group ids (eu27, g7, europe…). */
  readonly entities?: readonly string[] | undefined
}

/** Query of GET /vibrancy: an edition, or the data year it covers. */
export interface VibrancyQuery {
  readonly edition?: EditionId | undefined
  readonly year?: number | undefined
}

/** Serialises a query in a stable order (so equal queries are equal URLs and cache keys). */
export function toSearchParams(query: IndicatorQuery | VibrancyQuery): URLSearchParams {
  const params = new URLSearchParams()
  if (query.edition !== undefined) params.set('edition', query.edition)
  if ('year' in query && query.year !== undefined) params.set('year', String(query.year))
  if ('from' in query && query.from !== undefined) params.set('from', String(query.from))
  if ('to' in query && query.to !== undefined) params.set('to', String(query.to))
  if ('entities' in query && query.entities !== undefined && query.entities.length > 0)
    params.set('entities', query.entities.join(','))
  return params
}
