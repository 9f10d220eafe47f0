/**
 * Typed errors raised by the API client. Panels turn them into human messages; the query
 * layer decides on retries from `retryable` (a contract violation will not fix itself).
 */
import type { Problem } from './schemas'

/** Base class of every error the client raises. */
export abstract class ApiError extends Error {
  abstract readonly kind: 'http' | 'network' | 'contract' | 'timeout'
  abstract readonly retryable: boolean
  /** The endpoint path that failed, e.g. /api/v1/vibrancy. */
  readonly endpoint: string

  constructor(message: string, endpoint: string, options?: ErrorOptions) {
    super(message, options)
    this.endpoint = endpoint
  }
}

/** The server answered with a non-2xx status (body parsed as problem details when it is one). */
export class HttpError extends ApiError {
  readonly kind = 'http'
  readonly status: number
  readonly problem: Problem | null

  constructor(endpoint: string, status: number, problem: Problem | null) {
    super(problem ? `${problem.title}: ${problem.detail}` : `HTTP ${status}`, endpoint)
    this.name = 'HttpError'
    this.status = status
    this.problem = problem
  }

  /** Server-side and rate-limit failures may pass; 4xx answers will not change on retry. */
  get retryable(): boolean {
    return this.status >= 500 || this.status === 429 || this.status === 408
  }
}

/**
 * The request never got a whole answer: offline, refused, reset, or the connection was cut while
 * the body was still arriving (`partial`: the status came, the data did not).
 */
export class NetworkError extends ApiError {
  readonly kind = 'network'
  readonly retryable = true
  readonly partial: boolean

  constructor(endpoint: string, cause: unknown, options: { partial?: boolean } = {}) {
    super(
      options.partial
        ? 'The connection was cut before the whole answer arrived'
        : 'The data service could not be reached',
      endpoint,
      { cause },
    )
    this.name = 'NetworkError'
    this.partial = options.partial ?? false
  }
}

/**
 * No answer within the client's time limit. Not retried: a service that stalls once is likely
 * to stall again, and the reader should see a message (with Retry) within seconds, not a spinner.
 */
export class TimeoutError extends ApiError {
  readonly kind = 'timeout'
  readonly retryable = false
  readonly timeoutMs: number

  constructor(endpoint: string, timeoutMs: number) {
    super('The data service took too long to answer', endpoint)
    this.name = 'TimeoutError'
    this.timeoutMs = timeoutMs
  }
}

/** The answer arrived but is not what the contract promises (malformed JSON, wrong shape). */
export class ContractError extends ApiError {
  readonly kind = 'contract'
  readonly retryable = false
  /** Paths and messages of the first few violations, for the details disclosure. */
  readonly issues: readonly string[]

  constructor(endpoint: string, issues: readonly string[], cause?: unknown) {
    super('The data service answered in an unexpected format', endpoint, { cause })
    this.name = 'ContractError'
    this.issues = issues
  }
}

/** Words that stay upper case when an indicator id is read out ("ai-patents" → "AI patents"). */
const ACRONYMS: Readonly<Record<string, string>> = {
  ai: 'AI',
  genai: 'generative-AI',
  gdp: 'GDP',
  gvt: 'GVT',
  ml: 'ML',
  cs: 'CS',
  hf: 'Hugging Face',
}

/**
 * What a failed request was for, as a reader would name it: "Private investment figures",
 * "The published Vibrancy rankings". Read from the endpoint alone, so it can be said even when
 * /meta (which holds the indicators' labels) is what failed.
 */
export function failureSubject(endpoint: string): string {
  const [resource, id] = endpoint.replace(/^.*\/api\/v\d+\//, '').split('/')
  switch (resource) {
    case 'meta':
      return 'The list of countries, regions and indicators'
    case 'vibrancy':
      return 'The published Vibrancy rankings'
    case 'pledges':
      return 'The announced pledges'
    case 'claims':
      return 'The quoted claims'
    case 'indicators': {
      const words = decodeURIComponent(id ?? '')
        .split('-')
        .filter(Boolean)
        .map((w) => ACRONYMS[w] ?? w)
      const text = words.join(' ')
      return `${text.charAt(0).toUpperCase()}${text.slice(1)} figures`
    }
    default:
      return 'Data'
  }
}

/** Why a request failed, as the second half of "… could not be loaded: <reason>". */
export function failureReason(error: unknown): string {
  if (error instanceof HttpError) {
    if (error.status === 404) return 'the data service has no such data (HTTP 404)'
    if (error.status === 400)
      return `the data service rejected the request: ${error.problem?.detail ?? 'bad parameters'} (HTTP 400)`
    return `the data service answered HTTP ${error.status}`
  }
  if (error instanceof NetworkError)
    return error.partial
      ? 'the connection was cut before the whole answer arrived'
      : 'the data service could not be reached'
  if (error instanceof TimeoutError)
    return `the data service took too long to answer (no reply within ${error.timeoutMs / 1000} s)`
  if (error instanceof ContractError)
    return 'the data service answered in an unexpected format, so nothing is shown rather than something wrong'
  return 'something went wrong while loading it'
}

/**
 * A one-sentence, human explanation of what failed and why, for a section's error state:
 * "Private investment figures could not be loaded: the data service answered HTTP 500."
 * With several failures, the first is told and the others counted.
 */
export function describeError(error: unknown, others: readonly unknown[] = []): string {
  const subject = error instanceof ApiError ? failureSubject(error.endpoint) : 'This figure'
  const rest = new Set(
    others
      .filter((e) => e !== error)
      .map((e) => (e instanceof ApiError ? failureSubject(e.endpoint) : 'Data')),
  )
  rest.delete(subject)
  const more = rest.size === 0 ? '' : ` ${[...rest].join('; ')} could not be loaded either.`
  return `${subject} could not be loaded: ${failureReason(error)}.${more}`
}
