/**
 * The one API client. It builds requests, hands them to a transport (in-process mock service
 * or real HTTP), and validates every answer against the contract, raising typed errors.
 */
import type { z } from 'zod'
import { ContractError, HttpError, NetworkError, TimeoutError } from './errors'
import { paths, toSearchParams, type IndicatorQuery, type VibrancyQuery } from './endpoints'
import {
  ClaimsResponseSchema,
  IndicatorResponseSchema,
  MetaResponseSchema,
  PledgesResponseSchema,
  ProblemSchema,
  VibrancyResponseSchema,
  type ClaimsResponse,
  type IndicatorId,
  type IndicatorResponse,
  type MetaResponse,
  type PledgesResponse,
  type VibrancyResponse,
} from './schemas'

/** Anything that turns a Request into a Response: `fetch`, or the in-process mock service. */
export type Transport = (request: Request) => Promise<Response>

export interface ApiClient {
  /** Where the data comes from, for the header badge: 'embedded' or the API's base URL. */
  readonly mode: { readonly kind: 'embedded' } | { readonly kind: 'http'; readonly baseUrl: string }
  meta(signal?: AbortSignal): Promise<MetaResponse>
  vibrancy(query: VibrancyQuery, signal?: AbortSignal): Promise<VibrancyResponse>
  indicator(
    id: IndicatorId,
    query: IndicatorQuery,
    signal?: AbortSignal,
  ): Promise<IndicatorResponse>
  pledges(signal?: AbortSignal): Promise<PledgesResponse>
  claims(signal?: AbortSignal): Promise<ClaimsResponse>
}

export interface ApiClientOptions {
  /** Origin (and optional path prefix) the contract paths are resolved against. */
  readonly baseUrl: string
  readonly transport: Transport
  readonly mode: ApiClient['mode']
  /**
   * Longest wait for a complete answer (headers and body), in ms; none when omitted. A stalled
   * service then shows a message with Retry instead of an endless skeleton.
   */
  readonly timeoutMs?: number
}

const MAX_ISSUES = 5

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError'
}

async function readProblem(response: Response) {
  try {
    const parsed = ProblemSchema.safeParse(await response.json())
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/**
 * One abort signal for a request: the caller's (superseded filters) or the time limit,
 * whichever fires first. Linked by hand rather than AbortSignal.any/timeout so fake timers in
 * tests drive it and every runtime the app targets supports it.
 */
function requestSignal(signal: AbortSignal | undefined, timeoutMs: number | undefined) {
  const controller = new AbortController()
  const state = { timedOut: false }
  const onAbort = () => controller.abort(signal?.reason)
  if (signal?.aborted) controller.abort(signal.reason)
  else signal?.addEventListener('abort', onAbort, { once: true })
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          state.timedOut = true
          controller.abort(new DOMException('The request timed out', 'TimeoutError'))
        }, timeoutMs)
  // Settles (rejects) when either fires; raced against the transport and the body read, so a
  // transport that ignores the signal still cannot hold the panel hostage.
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener(
      'abort',
      () => {
        const reason: unknown = controller.signal.reason
        reject(reason instanceof Error ? reason : new DOMException('Aborted', 'AbortError'))
      },
      { once: true },
    )
  })
  aborted.catch(() => undefined)
  return {
    signal: controller.signal,
    state,
    race: <T>(work: Promise<T>) => Promise.race([work, aborted]),
    dispose: () => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
    },
  }
}

/** Creates a client bound to one transport. */
export function createApiClient({
  baseUrl,
  transport,
  mode,
  timeoutMs,
}: ApiClientOptions): ApiClient {
  const root = baseUrl.replace(/\/+$/, '')

  async function get<S extends z.ZodType>(
    path: string,
    params: URLSearchParams | null,
    schema: S,
    signal: AbortSignal | undefined,
  ): Promise<z.infer<S>> {
    const query = params && params.size > 0 ? `?${params.toString()}` : ''
    const limit = requestSignal(signal, timeoutMs)
    const request = new Request(`${root}${path}${query}`, {
      headers: { accept: 'application/json' },
      signal: limit.signal,
    })
    const rethrow = (error: unknown): never => {
      if (limit.state.timedOut) throw new TimeoutError(path, timeoutMs ?? 0)
      throw error
    }
    let response: Response
    let body: unknown
    try {
      try {
        response = await limit.race(transport(request))
      } catch (error) {
        if (isAbort(error) || signal?.aborted || limit.state.timedOut) rethrow(error)
        throw new NetworkError(path, error)
      }
      if (!response.ok)
        throw new HttpError(path, response.status, await limit.race(readProblem(response)))
      // Read, then parse: a body cut off in transit (reset, short of its Content-Length) is a
      // network failure that may pass on retry; text that is not JSON is the service's fault.
      let text: string
      try {
        text = await limit.race(response.text())
      } catch (error) {
        if (isAbort(error) || signal?.aborted || limit.state.timedOut) rethrow(error)
        throw new NetworkError(path, error, { partial: true })
      }
      if (text.trim() === '') throw new ContractError(path, ['the body is empty'])
      try {
        body = JSON.parse(text)
      } catch (error) {
        throw new ContractError(path, ['the body is not valid JSON'], error)
      }
    } catch (error) {
      return rethrow(error)
    } finally {
      limit.dispose()
    }
    const parsed = schema.safeParse(body)
    if (!parsed.success) {
      const issues = parsed.error.issues
        .slice(0, MAX_ISSUES)
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      throw new ContractError(path, issues, parsed.error)
    }
    return parsed.data
  }

  return {
    mode,
    meta: (signal) => get(paths.meta, null, MetaResponseSchema, signal),
    vibrancy: (query, signal) =>
      get(paths.vibrancy, toSearchParams(query), VibrancyResponseSchema, signal),
    indicator: (id, query, signal) =>
      get(paths.indicator(id), toSearchParams(query), IndicatorResponseSchema, signal),
    pledges: (signal) => get(paths.pledges, null, PledgesResponseSchema, signal),
    claims: (signal) => get(paths.claims, null, ClaimsResponseSchema, signal),
  }
}
