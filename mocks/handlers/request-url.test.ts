/** The target check shared by the handlers and the HTTP server. */
import { checkPathAndQuery, checkRequestUrl, MAX_TARGET_LENGTH } from './request-url'

describe('checkPathAndQuery', () => {
  it.each([
    '/api/v1/meta',
    '/api/v1/meta/',
    '/api/v1/indicators/private-investment?edition=aiindex-2026&entities=USA,CHN',
    '/api/v1/indicators/%C3%A9',
    '/api/v1/meta?q=%20a+b&x=',
    '/api/v1/.well-known',
    '/api/v1/a..b',
  ])('accepts %s', (target) => {
    expect(checkPathAndQuery(target)).toBeNull()
  })

  it.each([
    ['/api/v1/meta%', 'not followed by two hex digits'],
    ['/api/v1/meta%z', 'not followed by two hex digits'],
    ['/api/v1/meta?x=%zz', 'not followed by two hex digits'],
    ['/api/v1/%C0%AF', 'not valid UTF-8'],
    ['/api/v1/%FF', 'not valid UTF-8'],
    ['/api/v1/meta?x=%ED%A0%80', 'not valid UTF-8'], // a lone surrogate
    ['//api/v1/meta', 'empty segment'],
    ['/api//v1/meta', 'empty segment'],
    ['/api/v1/../meta', '".." segment'],
    ['/api/v1/./meta', '".." segment'],
    ['/api/v1/%2E%2e/meta', '".." segment'],
    ['/api/v1/.%2e', '".." segment'],
    ['api/v1/meta', 'must start with "/"'],
  ])('refuses %s (%s)', (target, reason) => {
    const problem = checkPathAndQuery(target)
    expect(problem?.status).toBe(400)
    expect(problem?.detail).toContain(reason)
  })

  it('refuses a target over the length limit with 414', () => {
    const edge = `/api/v1/meta?x=${'a'.repeat(MAX_TARGET_LENGTH - 15)}`
    expect(edge).toHaveLength(MAX_TARGET_LENGTH)
    expect(checkPathAndQuery(edge)).toBeNull()
    expect(checkPathAndQuery(`${edge}a`)?.status).toBe(414)
  })

  it('checks a parsed URL by its path and query', () => {
    expect(checkRequestUrl('http://x.test/api/v1/meta%')?.status).toBe(400)
    expect(checkRequestUrl('http://x.test/api/v1/meta?x=1')).toBeNull()
  })
})
