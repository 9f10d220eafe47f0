/**
 * Chooses the transport: the embedded mock service by default, or a real HTTP API when the
 * build sets VITE_API_BASE_URL. `__API_BASE_URL__` is a build-time constant, so an HTTP build
 * drops the embedded branch — and with it every byte of msw.
 */
import { createApiClient, type ApiClient } from '../api/client'
import { embeddedTransport, preloadEmbeddedService } from './embedded-transport'

/** The client for this build. */
export function createAppClient(): ApiClient {
  if (__API_BASE_URL__ !== '') {
    return createApiClient({
      baseUrl: __API_BASE_URL__,
      transport: (request) => fetch(request),
      mode: { kind: 'http', baseUrl: __API_BASE_URL__ },
    })
  }
  void preloadEmbeddedService()
  return createApiClient({
    baseUrl: window.location.origin,
    transport: embeddedTransport,
    mode: { kind: 'embedded' },
  })
}
