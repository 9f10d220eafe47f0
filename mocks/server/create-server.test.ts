// @vitest-environment node
/**
 * The API server over a real socket (port 0): CORS, problem details, ETag + 304, gzip, HEAD
 * and the method guard. The msw interception of the test setup is paused here so requests
 * really cross the network stack.
 */
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http'
import { gunzipSync } from 'node:zlib'
import { MetaResponseSchema, ProblemSchema } from '../../src/api/schemas'
import { handlers } from '../handlers'
import { server as mswServer } from '../node'
import { createApiServer, listen } from './create-server'

let api: Server
let port = 0

beforeAll(async () => {
  mswServer.close()
  api = createApiServer(handlers)
  port = await listen(api, 0)
})
afterAll(async () => {
  await new Promise((resolve) => api.close(resolve))
  mswServer.listen({ onUnhandledRequest: 'error' })
})

interface Answer {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  readonly raw: Buffer
}

function send(
  path: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
) {
  return new Promise<Answer>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, raw: Buffer.concat(chunks) }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

const json = (a: Answer): unknown =>
  JSON.parse((a.headers['content-encoding'] === 'gzip' ? gunzipSync(a.raw) : a.raw).toString())

describe('the API server on a real port', () => {
  it('listens on the port the OS picked', () => {
    expect(port).toBeGreaterThan(0)
  })

  it('answers the contract with CORS headers', async () => {
    const meta = await send('/api/v1/meta', { headers: { origin: 'http://elsewhere.test' } })
    expect(meta.status).toBe(200)
    expect(meta.headers['access-control-allow-origin']).toBe('*')
    expect(meta.headers['access-control-expose-headers']).toContain('etag')
    expect(MetaResponseSchema.safeParse(json(meta)).success).toBe(true)
  })

  it('answers a CORS preflight', async () => {
    const preflight = await send('/api/v1/meta', {
      method: 'OPTIONS',
      headers: { origin: 'http://elsewhere.test', 'access-control-request-method': 'GET' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers['access-control-allow-methods']).toContain('GET')
    expect(preflight.headers['access-control-allow-headers']).toContain('if-none-match')
  })

  it('sends an ETag and answers 304 to If-None-Match', async () => {
    const first = await send('/api/v1/indicators/private-investment?edition=aiindex-2025')
    const etag = first.headers.etag
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers['cache-control']).toContain('must-revalidate')
    const again = await send('/api/v1/indicators/private-investment?edition=aiindex-2025', {
      headers: { 'if-none-match': etag ?? '' },
    })
    expect(again.status).toBe(304)
    expect(again.raw.length).toBe(0)
    const other = await send('/api/v1/indicators/private-investment?edition=aiindex-2024', {
      headers: { 'if-none-match': etag ?? '' },
    })
    expect(other.status).toBe(200)
    expect(other.headers.etag).not.toBe(etag)
  })

  it('gzips when asked, and the body is the same JSON', async () => {
    const plain = await send('/api/v1/meta')
    const zipped = await send('/api/v1/meta', { headers: { 'accept-encoding': 'gzip, br' } })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.headers.vary).toContain('accept-encoding')
    expect(zipped.raw.length).toBeLessThan(plain.raw.length / 3)
    expect(Number(zipped.headers['content-length'])).toBe(zipped.raw.length)
    expect(json(zipped)).toEqual(json(plain))
  })

  it('answers errors as uncached problem details', async () => {
    const bad = await send('/api/v1/indicators/private-investment?from=20x3')
    expect(bad.status).toBe(400)
    expect(bad.headers['content-type']).toBe('application/problem+json')
    expect(bad.headers['cache-control']).toBe('no-store')
    expect(ProblemSchema.parse(json(bad)).parameter).toBe('from')
    const missing = await send('/nothing-here')
    expect(missing.status).toBe(404)
    expect(ProblemSchema.safeParse(json(missing)).success).toBe(true)
  })

  it('refuses methods other than GET, HEAD and OPTIONS', async () => {
    const post = await send('/api/v1/pledges', { method: 'POST' })
    expect(post.status).toBe(405)
    expect(post.headers.allow).toContain('GET')
  })

  it('HEAD has the headers of GET and no body', async () => {
    const head = await send('/api/v1/pledges', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.etag).toBeDefined()
    expect(head.raw.length).toBe(0)
  })
})
