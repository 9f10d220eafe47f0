/**
 * The one place src/ reaches into mocks/: a transport that loads the in-process mock service
 * on first use (a separate chunk, so the entry stays small) and resolves requests with it.
 */
import type { Transport } from '../api/client'

let loading: Promise<Transport> | null = null

/** Starts loading the mock service early (called at boot, in parallel with React). */
export function preloadEmbeddedService(): Promise<Transport> {
  loading ??= import('../../mocks/in-process').then((m) => m.inProcessTransport)
  return loading
}

export const embeddedTransport: Transport = async (request) => {
  const transport = await preloadEmbeddedService()
  return transport(request)
}
