/**
 * The refresh's one door to the network. It takes the `fetch` to use, so the command passes the
 * global one and tests pass one that msw answers or one that fails; every failure becomes a
 * RefreshError that says which host and URL, and why, in words a maintainer can act on.
 */

/** The part of `fetch` the refresh uses. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>

/**
 * OWID answers 403 to generic library User-Agents (data/sources/SOURCES.md), and a publisher
 * seeing unusual traffic should know whose it is.
 */
export const USER_AGENT =
  'AI-Monitor-data-refresh/0.1 (npm run data:refresh; dashboard of the global AI race for economists)'

/** A request gets this long before the refresh gives up on it. */
export const TIMEOUT_MS = 60_000

/** What went wrong: the network, the publisher's answer (HTTP status), or its content. */
export type RefreshErrorKind = 'network' | 'http' | 'format'

export class RefreshError extends Error {
  constructor(
    readonly kind: RefreshErrorKind,
    message: string,
  ) {
    super(message)
    this.name = 'RefreshError'
  }
}

/** The innermost cause of a failed fetch (undici wraps ENOTFOUND and the like in "fetch failed"). */
function reason(error: unknown): string {
  // AbortSignal.timeout rejects with a DOMException named TimeoutError.
  if (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    error.name === 'TimeoutError'
  ) {
    return `no answer within ${TIMEOUT_MS / 1000} s`
  }
  const parts: string[] = []
  let current: unknown = error
  while (current instanceof Error && parts.length < 4) {
    parts.push(current.message)
    current = current.cause
  }
  return parts.length > 0 ? parts.join(': ') : String(error)
}

/** GETs `url` and returns the body as text; throws a RefreshError on any failure. */
export async function fetchText(fetch: FetchLike, url: string): Promise<string> {
  const host = new URL(url).host
  let response: Response
  try {
    response = await fetch(url, {
      headers: { 'User-Agent': USER_AGENT },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch (error) {
    throw new RefreshError('network', `could not reach ${host} (${reason(error)}) for ${url}`)
  }
  if (!response.ok) {
    const body = (await response.text().catch(() => '')).trim().slice(0, 200)
    throw new RefreshError(
      'http',
      `${host} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}${body ? `: ${body}` : ''}`,
    )
  }
  try {
    return await response.text()
  } catch (error) {
    throw new RefreshError(
      'network',
      `the answer of ${host} broke off (${reason(error)}) for ${url}`,
    )
  }
}
