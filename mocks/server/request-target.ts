/**
 * What the server makes of a request line before any handler sees it (RFC 9110 §9, RFC 9112
 * §3.2): the method, the form of the request target, and the raw path and query, checked
 * before WHATWG URL parsing would silently rewrite them (`..` resolved, `\` turned into `/`,
 * `//host` read as an authority).
 */
import { checkPathAndQuery } from '../handlers/request-url'

/** The methods every resource supports: the contract is read-only. */
export const ALLOW = 'GET, HEAD, OPTIONS'

/** A request refused before the handlers, answered as problem details. */
export interface Refusal {
  readonly kind: 'refuse'
  readonly status: 400 | 405 | 414
  readonly title: string
  readonly detail: string
}

/** What to do with a request. */
export type Verdict =
  { readonly kind: 'preflight' } | { readonly kind: 'resource'; readonly target: string } | Refusal

/** The request line and the one header that decides how to read it. */
export interface RequestLine {
  readonly method: string
  readonly target: string
  readonly httpVersion: string
  readonly host: string | undefined
}

const refuse = (status: Refusal['status'], title: string, detail: string): Refusal => ({
  kind: 'refuse',
  status,
  title,
  detail,
})

// Visible ASCII except the backslash: URL parsers turn `\` into `/`, so it would be a second
// spelling of a path. Node's parser already rejects controls, spaces and raw non-ASCII.
const TARGET_CHARS = /^[\x21-\x5b\x5d-\x7e]*$/
const ABSOLUTE_FORM = /^([a-z][a-z0-9+.-]*):\/\/[^/?#]*/i

/** Classifies a request: a CORS preflight, a resource to resolve, or a refusal. */
export function classify({ method, target, httpVersion, host }: RequestLine): Verdict {
  if (method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS')
    return refuse(405, 'Method not allowed', `${method} is not supported; use ${ALLOW}.`)
  // RFC 9112 §3.2: an HTTP/1.1 request without Host is a 400.
  if (httpVersion === '1.1' && (host === undefined || host === ''))
    return refuse(400, 'Missing Host header', 'An HTTP/1.1 request must carry a Host header.')
  if (target === '*')
    return method === 'OPTIONS'
      ? { kind: 'preflight' }
      : refuse(400, 'Malformed request target', 'The asterisk-form "*" is only for OPTIONS.')
  if (!TARGET_CHARS.test(target))
    return refuse(
      400,
      'Malformed request target',
      'The request target has characters that must be percent-encoded (controls, spaces, "\\", non-ASCII).',
    )
  if (target.includes('#'))
    return refuse(400, 'Malformed request target', 'A request target never has a fragment ("#").')
  // RFC 9112 §3.2.2: a server MUST accept the absolute-form; its path and query are the
  // resource (this server answers for itself whatever authority is named).
  const absolute = ABSOLUTE_FORM.exec(target)
  let originForm = target
  if (absolute) {
    const scheme = absolute[1]?.toLowerCase()
    if (scheme !== 'http' && scheme !== 'https')
      return refuse(
        400,
        'Malformed request target',
        `The scheme "${scheme ?? ''}" is not served here.`,
      )
    originForm = target.slice(absolute[0].length) || '/'
    if (originForm.startsWith('?')) originForm = `/${originForm}`
  }
  const problem = checkPathAndQuery(originForm)
  if (problem) return refuse(problem.status, problem.title, problem.detail)
  return method === 'OPTIONS' ? { kind: 'preflight' } : { kind: 'resource', target: originForm }
}
