// @vitest-environment node
/**
 * The API server over a real socket (127.0.0.1, a free port): CORS, problem details, HEAD,
 * and HTTP caching per RFC 9110: one strong ETag per content coding, weak comparison for
 * If-None-Match (lists and `*` too), Vary, Accept-Encoding q-values, and answers cached as
 * bytes, so a repeat, a HEAD or a 304 runs no handler.
 */
import { http, HttpResponse } from 'msw'
import { MetaResponseSchema, ProblemSchema } from '../../src/api/schemas'
import { handlers } from '../handlers'
import { json, useTestServer } from './http-test-client'

// Counts real runs of the handlers for /pledges: it answers nothing, so msw goes on to the
// contract's handler, and the count is of handler runs, not of anything the server reports.
let pledgeRuns = 0
const counting = http.get('*/api/v1/pledges', () => {
  pledgeRuns += 1
  return undefined
})
// A body far below the gzip threshold.
const tiny = http.get('*/tiny', () => HttpResponse.json({ ok: true }))
const resolved: string[] = []
const { send } = useTestServer([counting, tiny, ...handlers], {
  datasetVersion: 'test',
  onResolve: (target) => resolved.push(target),
})

const PLEDGES = '/api/v1/pledges'
const INDICATOR = '/api/v1/indicators/private-investment?edition=aiindex-2025'

describe('the contract over a real port', () => {
  it('answers with CORS headers', async () => {
    const meta = await send('/api/v1/meta', { headers: { origin: 'http://elsewhere.test' } })
    expect(meta.status).toBe(200)
    expect(meta.headers['access-control-allow-origin']).toBe('*')
    expect(meta.headers['access-control-expose-headers']).toContain('etag')
    expect(MetaResponseSchema.safeParse(json(meta)).success).toBe(true)
  })

  it('answers a CORS preflight, and OPTIONS *', async () => {
    const preflight = await send('/api/v1/meta', {
      method: 'OPTIONS',
      headers: { origin: 'http://elsewhere.test', 'access-control-request-method': 'GET' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS')
    expect(preflight.headers['access-control-allow-headers']).toContain('if-none-match')
    expect(preflight.raw.length).toBe(0)
    const star = await send('*', { method: 'OPTIONS' })
    expect(star.status).toBe(204)
    expect(star.headers.allow).toBe('GET, HEAD, OPTIONS')
  })

  it('answers errors as uncached problem details', async () => {
    const bad = await send('/api/v1/indicators/private-investment?from=20x3')
    expect(bad.status).toBe(400)
    expect(bad.headers['content-type']).toBe('application/problem+json')
    expect(bad.headers['cache-control']).toBe('no-store')
    expect(bad.headers.etag).toBeUndefined()
    expect(ProblemSchema.parse(json(bad)).parameter).toBe('from')
    const missing = await send('/nothing-here')
    expect(missing.status).toBe(404)
    expect(ProblemSchema.safeParse(json(missing)).success).toBe(true)
  })

  it('HEAD has the headers of GET and no body', async () => {
    const get = await send(PLEDGES)
    const head = await send(PLEDGES, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.etag).toBe(get.headers.etag)
    expect(head.headers['content-length']).toBe(String(get.raw.length))
    expect(head.headers['content-type']).toBe(get.headers['content-type'])
    expect(head.raw.length).toBe(0)
  })
})

describe('content coding', () => {
  it('gzips when asked, with Vary, and the body is the same JSON', async () => {
    const plain = await send('/api/v1/meta')
    const zipped = await send('/api/v1/meta', { headers: { 'accept-encoding': 'gzip, br' } })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(zipped.headers['content-encoding']).toBe('gzip')
    for (const answer of [plain, zipped]) expect(answer.headers.vary).toBe('accept-encoding')
    expect(zipped.raw.length).toBeLessThan(plain.raw.length / 3)
    expect(Number(zipped.headers['content-length'])).toBe(zipped.raw.length)
    expect(json(zipped)).toEqual(json(plain))
  })

  it.each([
    ['gzip;q=0', undefined],
    ['gzip;q=0, identity', undefined],
    ['br', undefined],
    ['identity;q=0.5, gzip;q=0.1', undefined],
    ['*', 'gzip'],
    ['identity;q=0, gzip', 'gzip'],
    ['GZIP;Q=0.5', 'gzip'],
  ])('Accept-Encoding "%s" gives content-encoding %s', async (accept, coding) => {
    const answer = await send('/api/v1/meta', { headers: { 'accept-encoding': accept } })
    expect(answer.status).toBe(200)
    expect(answer.headers['content-encoding']).toBe(coding)
    expect(MetaResponseSchema.safeParse(json(answer)).success).toBe(true)
  })

  it('answers 406 when identity is refused and gzip is not accepted', async () => {
    for (const accept of ['identity;q=0', '*;q=0', 'br, identity;q=0']) {
      const answer = await send('/api/v1/meta', { headers: { 'accept-encoding': accept } })
      expect(answer.status, accept).toBe(406)
      expect(ProblemSchema.parse(json(answer)).status).toBe(406)
    }
  })

  it('gzips even a small body when identity is refused, and not otherwise', async () => {
    const plain = await send('/tiny', { headers: { 'accept-encoding': 'gzip' } })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.raw.toString()).toBe('{"ok":true}')
    const forced = await send('/tiny', { headers: { 'accept-encoding': 'gzip, identity;q=0' } })
    expect(forced.headers['content-encoding']).toBe('gzip')
    expect(json(forced)).toEqual({ ok: true })
  })
})

describe('entity tags and If-None-Match', () => {
  async function tags() {
    const identity = await send(INDICATOR)
    const gzip = await send(INDICATOR, { headers: { 'accept-encoding': 'gzip' } })
    return { identity: identity.headers.etag ?? '', gzip: gzip.headers.etag ?? '' }
  }

  it('gives identity and gzip distinct strong tags, stable across requests', async () => {
    const first = await tags()
    expect(first.identity).toMatch(/^"[\w-]+"$/)
    expect(first.gzip).toMatch(/^"[\w-]+"$/)
    expect(first.gzip).not.toBe(first.identity)
    expect(await tags()).toEqual(first)
  })

  it('answers 304 with the 200 headers and no body', async () => {
    const first = await send(INDICATOR)
    const again = await send(INDICATOR, { headers: { 'if-none-match': first.headers.etag ?? '' } })
    expect(again.status).toBe(304)
    expect(again.raw.length).toBe(0)
    expect(again.headers.etag).toBe(first.headers.etag)
    expect(again.headers.vary).toBe('accept-encoding')
    expect(again.headers['cache-control']).toBe(first.headers['cache-control'])
    expect(again.headers['cache-control']).toContain('must-revalidate')
  })

  it('compares weakly, reads lists, and matches * (GET and HEAD)', async () => {
    const { identity } = await tags()
    for (const header of [`W/${identity}`, `"nope", ${identity}`, `W/"a",W/${identity} , "b"`, '*'])
      for (const method of ['GET', 'HEAD']) {
        const answer = await send(INDICATOR, { method, headers: { 'if-none-match': header } })
        expect(answer.status, `${method} ${header}`).toBe(304)
      }
  })

  it('does not match another coding, another resource, or a tag it never sent', async () => {
    const { identity, gzip } = await tags()
    const zipped = await send(INDICATOR, {
      headers: { 'accept-encoding': 'gzip', 'if-none-match': identity },
    })
    expect(zipped.status).toBe(200)
    expect(zipped.headers.etag).toBe(gzip)
    const plain = await send(INDICATOR, { headers: { 'if-none-match': gzip } })
    expect(plain.status).toBe(200)
    const other = await send('/api/v1/indicators/private-investment?edition=aiindex-2024', {
      headers: { 'if-none-match': identity },
    })
    expect(other.status).toBe(200)
    expect(other.headers.etag).not.toBe(identity)
    for (const header of ['"nope"', identity.slice(1, -1), `${identity.slice(0, -1)}x"`]) {
      const answer = await send(INDICATOR, { headers: { 'if-none-match': header } })
      expect(answer.status, header).toBe(200)
    }
  })

  it('ignores If-None-Match on errors (* included)', async () => {
    const answer = await send('/api/v1/indicators/nope', { headers: { 'if-none-match': '*' } })
    expect(answer.status).toBe(404)
  })
})

describe('the answer cache', () => {
  it('does not run the handlers again for a repeat, a HEAD, a 304 or the gzip coding', async () => {
    // A target no other test asks for (the handlers ignore the extra parameter), so the first
    // request is a miss whatever ran before.
    const target = `${PLEDGES}?first=cache-test`
    const before = pledgeRuns
    const first = await send(target)
    expect(pledgeRuns).toBe(before + 1)
    const etag = first.headers.etag ?? ''
    await send(target)
    await send(target, { method: 'HEAD' })
    expect((await send(target, { headers: { 'if-none-match': etag } })).status).toBe(304)
    const gz = await send(target, { headers: { 'accept-encoding': 'gzip' } })
    expect(gz.headers['content-encoding']).toBe('gzip')
    await send(target, { headers: { 'accept-encoding': 'gzip' } })
    expect(pledgeRuns).toBe(before + 1)
    expect(json(gz)).toEqual(json(first))
  })

  it('resolves concurrent equal requests once, and distinct targets separately', async () => {
    resolved.length = 0
    const target = '/api/v1/indicators/notable-models?edition=aiindex-2026&entities=USA,CHN'
    const answers = await Promise.all(Array.from({ length: 12 }, () => send(target)))
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([200]))
    expect(new Set(answers.map((a) => a.headers.etag)).size).toBe(1)
    expect(resolved).toEqual([target])
    await send(`${target}&x=1`)
    expect(resolved).toEqual([target, `${target}&x=1`])
  })

  it('keeps no errors: a bad request is resolved each time', async () => {
    resolved.length = 0
    const bad = '/api/v1/indicators/private-investment?from=nope'
    await send(bad)
    await send(bad)
    expect(resolved).toEqual([bad, bad])
  })
})

describe('a server with its cache off', () => {
  let runs = 0
  const { send: sendUncached } = useTestServer(
    [
      http.get('*/api/v1/pledges', () => {
        runs += 1
        return undefined
      }),
      ...handlers,
    ],
    { datasetVersion: 'test', cacheBytes: 0 },
  )

  it('runs the handlers for every request (the count above is real)', async () => {
    await sendUncached(PLEDGES)
    await sendUncached(PLEDGES)
    expect(runs).toBe(2)
  })
})
