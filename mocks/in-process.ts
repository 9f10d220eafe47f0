/**
 * The embedded transport: resolves a Request against the msw handlers in-process, with no
 * service worker (no start-up cost, no scope or secure-context limits). Loaded lazily by
 * src/app/embedded-transport.ts, so none of this is in the entry chunk.
 */
import { getResponse } from 'msw'
import type { Transport } from '../src/api/client'
import { handlers } from './handlers'
import { problem } from './handlers/problem'

/** Answers like a server would; a request no handler matches gets a 404 problem. */
export const inProcessTransport: Transport = async (request) => {
  request.signal.throwIfAborted()
  const response = await getResponse(handlers, request)
  request.signal.throwIfAborted()
  return response ?? problem(404, 'Not found', `No handler for ${new URL(request.url).pathname}.`)
}
