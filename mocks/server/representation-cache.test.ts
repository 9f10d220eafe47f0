/** The answer cache: hits, one build per burst, errors never kept, gzip once, a byte budget. */
import { gunzipSync } from 'node:zlib'
import { createRepresentationCache, type Resolved } from './representation-cache'

const ok = (text: string): Resolved => ({
  status: 200,
  contentType: 'application/json',
  body: Buffer.from(text),
})

function counted(answer: Resolved) {
  const calls = { n: 0 }
  return { calls, resolve: () => (calls.n++, Promise.resolve(answer)) }
}

describe('the representation cache', () => {
  it('resolves a key once, then answers from memory with the same tag', async () => {
    const cache = createRepresentationCache()
    const { calls, resolve } = counted(ok('{"a":1}'))
    const first = await cache.identity('k', resolve)
    const again = await cache.identity('k', resolve)
    expect(calls.n).toBe(1)
    expect(again).toBe(first)
    expect(first.etag).toMatch(/^"[\w-]+"$/)
    expect(first.coding).toBe('identity')
  })

  it('shares one resolution among concurrent misses of a key', async () => {
    const cache = createRepresentationCache()
    const { calls, resolve } = counted(ok('{"a":1}'))
    const answers = await Promise.all(Array.from({ length: 5 }, () => cache.identity('k', resolve)))
    expect(calls.n).toBe(1)
    expect(new Set(answers).size).toBe(1)
  })

  it('keeps no error answers and gives them no tag', async () => {
    const cache = createRepresentationCache()
    const { calls, resolve } = counted({ ...ok('{"status":400}'), status: 400 })
    expect((await cache.identity('bad', resolve)).etag).toBeNull()
    await cache.identity('bad', resolve)
    expect(calls.n).toBe(2)
  })

  it('gzips an identity answer once, with its own tag', async () => {
    const cache = createRepresentationCache()
    const identity = await cache.identity('k', counted(ok('x'.repeat(2000))).resolve)
    const gzip = await cache.gzip('k', identity)
    expect(gzip.coding).toBe('gzip')
    expect(gzip.etag).not.toBe(identity.etag)
    expect(gunzipSync(gzip.body).toString()).toBe('x'.repeat(2000))
    expect(await cache.gzip('k', identity)).toBe(gzip)
  })

  it('evicts the least recently used answers beyond its byte budget', async () => {
    const cache = createRepresentationCache(4000)
    const answer = (x: string) => counted(ok(x.repeat(900)))
    const a = answer('a')
    const b = answer('b')
    await cache.identity('a', a.resolve)
    await cache.identity('b', b.resolve)
    await cache.identity('c', answer('c').resolve)
    await cache.identity('d', answer('d').resolve)
    await cache.identity('a', a.resolve) // a is now the most recent
    await cache.identity('e', answer('e').resolve) // over 4,000 bytes: b, the least recent, goes
    await cache.identity('a', a.resolve)
    await cache.identity('b', b.resolve)
    expect([a.calls.n, b.calls.n]).toEqual([1, 2])
  })

  it('keeps nothing with a budget of 0, and never a body over a quarter of the budget', async () => {
    const off = createRepresentationCache(0)
    const small = counted(ok('{}'))
    await off.identity('k', small.resolve)
    await off.identity('k', small.resolve)
    expect(small.calls.n).toBe(2)
    const cache = createRepresentationCache(4000)
    const big = counted(ok('z'.repeat(1200)))
    await cache.identity('big', big.resolve)
    await cache.identity('big', big.resolve)
    expect(big.calls.n).toBe(2)
  })
})
