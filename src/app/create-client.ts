/**
 * Chooses the transport: the embedded mock service by default, or a real HTTP API when the
 * build sets VITE_API_BASE_URL. `__API_BASE_URL__` is a build-time constant, so an HTTP build
 * drops the embedded branch — and with it every byte of msw.
 */
import { createApiClient, type ApiClient } from '../api/client'
import { embeddedTransport, preloadEmbeddedService } from './embedded-transport'

/**
 * A stalled API shows its message with Retry after this long (DESIGN §5: within 4 s). The
 * slowest real answer (indicators with a full entity list over HTTP) takes well under 1 s.
 */
export const REQUEST_TIMEOUT_MS = 3000

/**
 * In embedded mode the only slow part is downloading the mock-service chunk on a slow link,
 * not an answer: a longer limit, so a phone on 3G is not told the data "took too long".
 */
export const EMBEDDED_TIMEOUT_MS = 15_000

/** The client for this build. */
export function createAppClient(): ApiClient {
  if (__API_BASE_URL__ !== '') {
    return createApiClient({
      baseUrl: __API_BASE_URL__,
      transport: (request) => fetch(request),
      mode: { kind: 'http', baseUrl: __API_BASE_URL__ },
      timeoutMs: REQUEST_TIMEOUT_MS,
    })
  }
  void preloadEmbeddedService()
  return createApiClient({
    baseUrl: window.location.origin,
    transport: embeddedTransport,
    mode: { kind: 'embedded' },
    timeoutMs: EMBEDDED_TIMEOUT_MS,
  })
}
