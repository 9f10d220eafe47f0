/**
 * Serialised answers, kept so a repeated request (a 200 again, a HEAD or a 304) costs no
 * handler run, serialisation, hash or gzip. Entries are per key (dataset version + request
 * target) and coding, in an LRU bounded by bytes; concurrent misses of one key share a single
 * resolution, so a burst of one heavy query builds it once. Only 200s are kept: errors are cheap
 * and `no-store`. gzip runs on libuv's thread pool, off the event loop.
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

/** 64 MiB: every distinct answer of the sourced data in both codings, many times over. */
export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024

/** The cache a server keeps; `maxBytes` 0 keeps nothing (every request is resolved). */
export function createRepresentationCache(maxBytes: number = DEFAULT_CACHE_BYTES) {
  const entries =
    maxBytes > 0
      ? new LRUCache<string, Representation>({
          maxSize: maxBytes,
          // One answer may take at most a quarter of the budget, so one huge body cannot evict
          // everything else.
          maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)),
          sizeCalculation: (rep, key) => rep.body.length + key.length,
        })
      : null
  const pending = new Map<string, Promise<Representation>>()

  function remember(key: string, produce: () => Promise<Representation>) {
    const hit = entries?.get(key)
    if (hit) return Promise.resolve(hit)
    const inFlight = pending.get(key)
    if (inFlight) return inFlight
    const made = produce()
      .then((rep) => {
        if (rep.status === 200) entries?.set(key, rep)
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
