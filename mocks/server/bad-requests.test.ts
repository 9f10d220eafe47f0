// @vitest-environment node
/**
 * Bad input over a real socket: every kind is a 4xx (or 501) with a problem-details body,
 * never a 500 and never a bare status. Request lines node:http will not send (raw bytes,
 * absolute-form, `*`, unknown methods, CONNECT) go over a raw TCP socket.
 */
import { ProblemSchema } from '../../src/api/schemas'
import { handlers } from '../handlers'
import { MAX_OBSERVATIONS } from '../service/repository'
import { json, useTestServer, type Answer } from './http-test-client'

const { send, sendRaw } = useTestServer(handlers)

/** A raw HTTP/1.1 request head for `target`, closing the connection after one answer. */
const head = (target: string, method = 'GET', extra = '') =>
  `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extra}Connection: close\r\n\r\n`

function expectProblem(answer: Answer, status: number) {
  expect(answer.status).toBe(status)
  expect(answer.headers['content-type']).toBe('application/problem+json')
  expect(answer.headers['access-control-allow-origin']).toBe('*')
  const problem = ProblemSchema.parse(json(answer))
  expect(problem.status).toBe(status)
  expect(problem.detail.length).toBeGreaterThan(10)
  return problem
}

describe('the response cap', () => {
  const range = '/api/v1/indicators/private-investment?from=1990&to=2100&entities='
  const entityIds = async () =>
    (json(await send('/api/v1/meta')) as { entities: { id: string }[] }).entities.map((e) => e.id)

  it('refuses a query over the cap with 400, stating the limit and how to narrow it', async () => {
    const all = await entityIds()
    const answer = await send(`${range}${all.join(',')}`)
    const problem = expectProblem(answer, 400)
    expect(problem.title).toBe('Response too large')
    expect(problem.parameter).toBe('entities')
    expect(problem.detail).toContain(MAX_OBSERVATIONS.toLocaleString('en-US'))
    expect(problem.detail).toContain(`${all.length} entities × 111 years`)
    expect(problem.detail).toContain('at most 90 entities over this range')
    const body = json(answer) as { limit: number; requested: number }
    expect(body.limit).toBe(MAX_OBSERVATIONS)
    expect(body.requested).toBe(all.length * 111)
  })

  it('draws the line at the cap: 90 × 111 years is answered, 91 × 111 is not', async () => {
    const ids = await entityIds()
    const at = await send(`${range}${ids.slice(0, 90).join(',')}`)
    expect(at.status).toBe(200)
    expect((json(at) as { observations: unknown[] }).observations).toHaveLength(90 * 111)
    expectProblem(await send(`${range}${ids.slice(0, 91).join(',')}`), 400)
  })
})

describe('malformed and odd request targets', () => {
  it.each([
    '/api/v1/meta%',
    '/api/v1/meta%zz',
    '/api/v1/%C0%AF',
    '/api/v1/indicators/%FF',
    '/api/v1/meta?x=%zz',
    '/api/v1/../v1/meta',
    '/api/v1/%2e%2e/v1/meta',
    '/api/v1/./meta',
    '//api/v1/meta',
    '/api/v1//meta',
    '/api\\v1\\meta',
    '/api/v1/meta#frag',
    'api/v1/meta',
    'ftp://127.0.0.1/api/v1/meta',
  ])('400 for %s', async (target) => {
    // Node's parser refuses a few of these itself ("Malformed request"); the rest are ours.
    const problem = expectProblem(await sendRaw(head(target)), 400)
    expect(problem.title).toMatch(/^Malformed request( target)?$/)
  })

  it('400 for raw non-ASCII and control bytes (refused by the parser, answered by us)', async () => {
    const nonAscii = Buffer.concat([
      Buffer.from('GET /api/v1/m'),
      Buffer.from('é', 'utf8'),
      Buffer.from('ta HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'),
    ])
    expectProblem(await sendRaw(nonAscii), 400)
    expectProblem(await sendRaw(head('/api/v1/me\tta')), 400)
  })

  it('percent-encoded non-ASCII is fine: an unknown indicator, 404', async () => {
    expectProblem(await send('/api/v1/indicators/%C3%A9'), 404)
  })

  it('414 for a target over 8 KB, 431 for one over the 16 KB header limit', async () => {
    const long = `/api/v1/meta?x=${'a'.repeat(9000)}`
    const tooLong = expectProblem(await send(long), 414)
    expect(tooLong.detail).toContain('8192')
    expectProblem(await sendRaw(head(`/api/v1/meta?x=${'a'.repeat(20_000)}`)), 431)
  })

  it('accepts the absolute-form (RFC 9112 §3.2.2) and serves its path', async () => {
    const answer = await sendRaw(head('http://elsewhere.test/api/v1/pledges'))
    expect(answer.status).toBe(200)
    expect(json(answer)).toHaveProperty('pledges')
    expectProblem(await sendRaw(head('http://elsewhere.test/api/v1/meta%')), 400)
  })

  it('400 for the asterisk-form other than OPTIONS', async () => {
    expectProblem(await sendRaw(head('*')), 400)
    expect((await sendRaw(head('*', 'OPTIONS'))).status).toBe(204)
  })

  it('400 for an HTTP/1.1 request without Host', async () => {
    const problem = expectProblem(
      await sendRaw('GET /api/v1/pledges HTTP/1.1\r\nConnection: close\r\n\r\n'),
      400,
    )
    expect(problem.title).toBe('Missing Host header')
  })

  it('400 for bytes that are not HTTP', async () => {
    expectProblem(await sendRaw('GET /api/v1/meta HTTP/9.9\r\n\r\n'), 400)
  })
})

describe('numbers and lists out of bounds in the query', () => {
  it.each([
    ['/api/v1/indicators/private-investment?from=1e308', 'from'],
    ['/api/v1/indicators/private-investment?to=-1e308', 'to'],
    ['/api/v1/indicators/private-investment?from=Infinity', 'from'],
    ['/api/v1/indicators/private-investment?from=NaN', 'from'],
    ['/api/v1/indicators/private-investment?from=0x7d0', 'from'],
    ['/api/v1/indicators/private-investment?from=%202000', 'from'],
    ['/api/v1/indicators/private-investment?to=99999999999999999999', 'to'],
    ['/api/v1/vibrancy?year=1e308', 'year'],
    ['/api/v1/vibrancy?year=-2024', 'year'],
    ['/api/v1/indicators/private-investment?entities=USA,%00', 'entities'],
    ['/api/v1/indicators/private-investment?entities=__proto__', 'entities'],
    ['/api/v1/indicators/private-investment?entities=constructor', 'entities'],
    [
      `/api/v1/indicators/private-investment?entities=${Array(401).fill('USA').join(',')}`,
      'entities',
    ],
  ])('400 for %s, naming "%s"', async (target, parameter) => {
    const problem = expectProblem(await send(target), 400)
    expect(problem.parameter).toBe(parameter)
  })

  it.each(['/api/v1/indicators/__proto__', '/api/v1/indicators/constructor', '/api/v1/%00'])(
    '404 for %s, never a 500',
    async (target) => {
      expectProblem(await send(target), 404)
    },
  )
})

describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND'])('405 with Allow for %s', async (m) => {
    const answer = await send('/api/v1/pledges', { method: m })
    expectProblem(answer, 405)
    expect(answer.headers.allow).toBe('GET, HEAD, OPTIONS')
  })

  it('405 with Allow for CONNECT (authority-form)', async () => {
    const answer = await sendRaw('CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: 127.0.0.1:443\r\n\r\n')
    expectProblem(answer, 405)
    expect(answer.headers.allow).toBe('GET, HEAD, OPTIONS')
  })

  it('501 with Allow for a method the server does not know (RFC 9110 §9.1)', async () => {
    const answer = await sendRaw(head('/api/v1/pledges', 'FROB'))
    expectProblem(answer, 501)
    expect(answer.headers.allow).toBe('GET, HEAD, OPTIONS')
  })

  it('HEAD of an error has its headers and no body', async () => {
    const answer = await send('/api/v1/meta%', { method: 'HEAD' })
    expect(answer.status).toBe(400)
    expect(Number(answer.headers['content-length'])).toBeGreaterThan(0)
    expect(answer.raw.length).toBe(0)
  })
})
