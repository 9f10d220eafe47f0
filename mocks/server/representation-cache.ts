/**
 * Serialised answers, kept so a repeated request (a 200 again, a HEAD or a 304) costs no
 * handler run, serialisation, hash or gzip. Entries are per key (dataset version + request
 * target) and coding, in LRUs bounded by bytes, small and large answers apart; concurrent misses
 * of one key share a single resolution, so a burst of one heavy query builds it once. Only 200s
 * are kept: errors are cheap and `no-store`. gzip runs on libuv's thread pool, off the event
 * loop.
 */
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'
import { LRUCache } from 'lru-cache'
import type { Coding } from './content-coding'
import { codedTag, identityTag } from './entity-tag'

const gzipAsync = promisify(gzip)

/** An answer as the handlers gave it. */
export interface Resolved {
  readonly status: number
  readonly contentType: string
  readonly body: Buffer
}

/** One answer in one coding, as sent; `etag` is set for 200s only. */
export interface Representation extends Resolved {
  readonly coding: Coding
  readonly etag: string | null
}

/** 64 MiB: the app's working set is a few MB (both codings), so this is ample headroom. */
export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024

/**
 * Answers up to this size live in their own quarter of the budget. Without the split, a burst
 * of one-off large answers (the worst capped query is 2.2 MB, and `&n=1`, `&n=2`… makes each
 * request distinct) evicts /meta, /vibrancy and the typical queries, whose next request then
 * waits behind every queued miss.
 */
export const SMALL_ANSWER_BYTES = 256 * 1024

function tier(maxBytes: number) {
  return new LRUCache<string, Representation>({
    maxSize: maxBytes,
    // One answer may take at most a quarter of a tier, so one body cannot empty it.
    maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)),
    sizeCalculation: (rep, key) => rep.body.length + key.length,
  })
}

/**
 * The cache a server keeps: a quarter of `maxBytes` for answers up to `smallBytes`, the rest for
 * larger ones; `maxBytes` 0 keeps nothing (every request is resolved).
 */
export function createRepresentationCache(
  maxBytes: number = DEFAULT_CACHE_BYTES,
  smallBytes: number = SMALL_ANSWER_BYTES,
) {
  const small = maxBytes > 0 ? tier(Math.ceil(maxBytes / 4)) : null
  const large = maxBytes > 0 ? tier(Math.floor((maxBytes * 3) / 4)) : null
  const pending = new Map<string, Promise<Representation>>()

  function remember(key: string, produce: () => Promise<Representation>) {
    const hit = small?.get(key) ?? large?.get(key)
    if (hit) return Promise.resolve(hit)
    const inFlight = pending.get(key)
    if (inFlight) return inFlight
    const made = produce()
      .then((rep) => {
        if (rep.status === 200) (rep.body.length <= smallBytes ? small : large)?.set(key, rep)
        return rep
      })
      .finally(() => pending.delete(key))
    pending.set(key, made)
    return made
  }

  return {
    /** The identity representation of `key`; `resolve` runs only when it is not cached. */
    identity(key: string, resolve: () => Promise<Resolved>): Promise<Representation> {
      return remember(`identity ${key}`, async () => {
        const resolved = await resolve()
        const etag = resolved.status === 200 ? identityTag(resolved.body) : null
        return { ...resolved, coding: 'identity', etag }
      })
    },

    /** The gzip representation of `key`, compressed from its identity representation once. */
    gzip(key: string, identity: Representation): Promise<Representation> {
      return remember(`gzip ${key}`, async () => ({
        ...identity,
        body: await gzipAsync(identity.body),
        coding: 'gzip',
        etag: identity.etag === null ? null : codedTag(identity.etag, 'gzip'),
      }))
    },
  }
}

/** The cache's interface, for the server. */
export type RepresentationCache = ReturnType<typeof createRepresentationCache>
