// @vitest-environment node
/**
 * How the client classifies a bad answer, and what the reader is told: the kind decides the
 * retry (a body cut off in transit may pass, malformed JSON will not), the message says what
 * failed and why. The transport is a plain function here: no network, no msw.
 */
import { createApiClient, type Transport } from './client'
import {
  ContractError,
  describeError,
  failureSubject,
  HttpError,
  NetworkError,
  TimeoutError,
} from './errors'

function clientAnswering(transport: Transport, timeoutMs?: number) {
  return createApiClient({
    baseUrl: 'http://api.test',
    transport,
    mode: { kind: 'http', baseUrl: 'http://api.test' },
    timeoutMs,
  })
}

const json = (text: string | ReadableStream<Uint8Array> | null, status = 200) =>
  new Response(text, { status, headers: { 'content-type': 'application/json' } })

/** A body that sends its first bytes, then breaks. */
function cutOff(text: string) {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text))
      controller.error(new TypeError('terminated'))
    },
  })
}

async function failure(transport: Transport, timeoutMs?: number) {
  return clientAnswering(transport, timeoutMs)
    .pledges()
    .then(
      () => {
        throw new Error('expected a failure')
      },
      (error: unknown) => error,
    )
}

describe('the API client, on bad answers', () => {
  it.each([
    ['malformed JSON', () => json('{"pledges": [1,'), ContractError, false],
    ['an empty body', () => json(''), ContractError, false],
    ['the wrong shape', () => json('{"pledges": "oops"}'), ContractError, false],
    ['a body cut off in transit', () => json(cutOff('{"pledges": [')), NetworkError, true],
    ['HTTP 503', () => json('{}', 503), HttpError, true],
    ['HTTP 404', () => json('{}', 404), HttpError, false],
    [
      'a refused connection',
      () => Promise.reject(new TypeError('fetch failed')),
      NetworkError,
      true,
    ],
  ] as const)('%s: %O, retryable %s', async (_, answer, kind, retryable) => {
    const error = await failure(() => Promise.resolve(answer()))
    expect(error).toBeInstanceOf(kind)
    expect(error).toHaveProperty('retryable', retryable)
  })

  it('a body that never ends is a timeout, not a format error', async () => {
    const error = await failure(() => Promise.resolve(json(new ReadableStream())), 50)
    expect(error).toBeInstanceOf(TimeoutError)
  })
})

describe('what the reader is told', () => {
  it.each([
    ['/api/v1/indicators/private-investment', 'Private investment figures'],
    ['/api/v1/indicators/ai-patents-per-100k', 'AI patents per 100k figures'],
    ['/api/v1/indicators/gdp', 'GDP figures'],
    ['/api/v1/meta', 'The list of countries, regions and indicators'],
    ['/api/v1/vibrancy', 'The published Vibrancy rankings'],
    ['/api/v1/pledges', 'The announced pledges'],
    ['/api/v1/claims', 'The quoted claims'],
  ])('%s is "%s"', (endpoint, subject) => expect(failureSubject(endpoint)).toBe(subject))

  it('says what failed and why, in one sentence', () => {
    const error = new HttpError('/api/v1/indicators/private-investment', 500, null)
    expect(describeError(error)).toBe(
      'Private investment figures could not be loaded: the data service answered HTTP 500.',
    )
    expect(describeError(new TimeoutError('/api/v1/meta', 3000))).toBe(
      'The list of countries, regions and indicators could not be loaded: the data service took too long to answer (no reply within 3 s).',
    )
    expect(describeError(new NetworkError('/api/v1/claims', null, { partial: true }))).toMatch(
      /^The quoted claims could not be loaded: the connection was cut/,
    )
  })

  it('names the other failures of the same section once each', () => {
    const first = new HttpError('/api/v1/indicators/notable-models', 500, null)
    const others = [
      first,
      new HttpError('/api/v1/indicators/notable-models', 500, null),
      new NetworkError('/api/v1/meta', null),
    ]
    expect(describeError(first, others)).toBe(
      'Notable models figures could not be loaded: the data service answered HTTP 500. The list of countries, regions and indicators could not be loaded either.',
    )
  })
})
