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

/** The request never got an answer (offline, refused, reset). */
export class NetworkError extends ApiError {
  readonly kind = 'network'
  readonly retryable = true

  constructor(endpoint: string, cause: unknown) {
    super('The data service could not be reached', endpoint, { cause })
    this.name = 'NetworkError'
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

/** A one-line, human explanation of any error, for panel error states. */
export function describeError(error: unknown): string {
  if (error instanceof HttpError) {
    if (error.status === 404) return 'The data service does not know this data set (404).'
    if (error.status === 400)
      return `The data service rejected the request: ${error.problem?.detail ?? 'bad parameters'} (400).`
    return `The data service failed (HTTP ${error.status}).`
  }
  if (error instanceof NetworkError)
    return 'The data service could not be reached. Check the connection and retry.'
  if (error instanceof TimeoutError)
    return `The data service took too long to answer (no reply within ${error.timeoutMs / 1000} s). Retry, or try again later.`
  if (error instanceof ContractError)
    return 'The data service answered in an unexpected format, so nothing is shown rather than something wrong.'
  return 'Something went wrong while loading this panel.'
}
