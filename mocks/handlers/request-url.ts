/**
 * Checks a request's path and query before any handler matches it. msw decodes the path with
 * decodeURIComponent while matching, so a malformed escape (`/meta%`, `%zz`, `%C0%AF`) would
 * throw and surface as a 500; empty and dot segments would let several spellings name one
 * resource (and one cache entry). Shared by the handlers, so the embedded app, msw/node and the
 * HTTP server answer the same 400, and by the HTTP server on the raw target, before URL parsing
 * quietly normalises what it can.
 */

/** Longest path + query accepted, in characters (the common 8 KB request-line limit). */
export const MAX_TARGET_LENGTH = 8192

/** Why a path and query cannot be answered: a 400 or 414 problem. */
export interface TargetProblem {
  readonly status: 400 | 414
  readonly title: string
  readonly detail: string
}

const BAD_ESCAPE = /%(?![0-9A-Fa-f]{2})/

const malformed = (detail: string): TargetProblem => ({
  status: 400,
  title: 'Malformed request target',
  detail,
})

/** The problem with an origin-form path and query (`/api/v1/meta?x=1`), or null when it is fine. */
export function checkPathAndQuery(target: string): TargetProblem | null {
  if (target.length > MAX_TARGET_LENGTH)
    return {
      status: 414,
      title: 'Request target too long',
      detail: `The request target is ${target.length} characters; at most ${MAX_TARGET_LENGTH} are accepted. Ask for fewer entities per request.`,
    }
  if (!target.startsWith('/')) return malformed('The request target must start with "/".')
  if (BAD_ESCAPE.test(target))
    return malformed('The request target has a "%" that is not followed by two hex digits.')
  try {
    decodeURIComponent(target)
  } catch {
    return malformed('The request target has percent-escapes that are not valid UTF-8.')
  }
  const queryAt = target.indexOf('?')
  const segments = (queryAt === -1 ? target : target.slice(0, queryAt)).split('/').slice(1)
  // A trailing slash leaves one empty last segment: that is just an unknown resource (404).
  if (segments.slice(0, -1).includes('')) return malformed('The path has an empty segment ("//").')
  if (segments.some((s) => /^(?:\.|%2e){1,2}$/i.test(s)))
    return malformed('The path has a "." or ".." segment.')
  return null
}

/** The same check on a parsed request URL (what msw and the embedded transport see). */
export function checkRequestUrl(url: string): TargetProblem | null {
  const { pathname, search } = new URL(url)
  return checkPathAndQuery(`${pathname}${search}`)
}
