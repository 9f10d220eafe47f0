// @vitest-environment node
/** The fetch layer: what each kind of failure says. */
import { fetchText, RefreshError, type FetchLike } from './http'

const URL_ = 'https://api.worldbank.org/v2/country/all/indicator/SP.POP.TOTL?format=json&page=1'

const failing =
  (error: Error): FetchLike =>
  () =>
    Promise.reject(error)

describe('fetchText', () => {
  it('names the host, the cause and the URL when the network fails', async () => {
    const offline = failing(
      new TypeError('fetch failed', {
        cause: new Error('getaddrinfo ENOTFOUND api.worldbank.org'),
      }),
    )
    const error = await fetchText(offline, URL_).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RefreshError)
    expect(error).toMatchObject({
      kind: 'network',
      message: `could not reach api.worldbank.org (fetch failed: getaddrinfo ENOTFOUND api.worldbank.org) for ${URL_}`,
    })
  })

  it('says a request timed out', async () => {
    const slow = failing(
      new DOMException('The operation was aborted due to timeout', 'TimeoutError'),
    )
    await expect(fetchText(slow, URL_)).rejects.toThrow(
      `could not reach api.worldbank.org (no answer within 60 s) for ${URL_}`,
    )
  })

  it('quotes the start of an error answer', async () => {
    const refused: FetchLike = () =>
      Promise.resolve(new Response('x'.repeat(300), { status: 500, statusText: 'Server Error' }))
    const error = await fetchText(refused, URL_).catch((e: unknown) => e)
    expect(error).toMatchObject({
      kind: 'http',
      message: `api.worldbank.org answered HTTP 500 Server Error for ${URL_}: ${'x'.repeat(200)}`,
    })
  })
})
