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

  // Budget 16,000 with 1,000-byte "small" answers: a 4,000-byte small tier (entries up to
  // 1,000) and a 12,000-byte large tier (entries up to 3,000).
  const tiered = () => createRepresentationCache(16_000, 1000)

  it('evicts the least recently used answers beyond the byte budget of a tier', async () => {
    const cache = tiered()
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

  it('keeps small answers through a flood of distinct large ones', async () => {
    const cache = tiered()
    const meta = counted(ok('m'.repeat(500)))
    await cache.identity('meta', meta.resolve)
    for (let i = 0; i < 30; i++)
      await cache.identity(`big ${i}`, counted(ok('x'.repeat(2000))).resolve)
    await cache.identity('meta', meta.resolve)
    expect(meta.calls.n).toBe(1)
  })

  it('keeps nothing with a budget of 0, and never a body over a quarter of its tier', async () => {
    const off = createRepresentationCache(0)
    const small = counted(ok('{}'))
    await off.identity('k', small.resolve)
    await off.identity('k', small.resolve)
    expect(small.calls.n).toBe(2)
    const cache = tiered()
    const big = counted(ok('z'.repeat(3500)))
    await cache.identity('big', big.resolve)
    await cache.identity('big', big.resolve)
    expect(big.calls.n).toBe(2)
  })
})
