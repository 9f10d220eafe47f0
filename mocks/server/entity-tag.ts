/**
 * Entity tags and If-None-Match (RFC 9110 §8.8.3, §13.1.2): one strong tag per representation,
 * so identity and gzip bytes never share a tag, and the weak comparison If-None-Match asks for,
 * over a list of tags or `*`.
 */
import { createHash } from 'node:crypto'
import type { Coding } from './content-coding'

/** The strong tag of an identity body: a hash of its bytes, so equal bytes get equal tags. */
export function identityTag(body: Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`
}

/** The tag of the same content in another coding: distinct, and derived without rehashing. */
export function codedTag(identity: string, coding: Coding): string {
  return coding === 'identity' ? identity : `${identity.slice(0, -1)}-${coding}"`
}

const TAG = /(?:W\/)?"([^"]*)"/g

/**
 * Whether If-None-Match names the current representation, so a GET or HEAD is answered 304:
 * `*` matches any current representation; otherwise any listed tag whose opaque part equals
 * ours, W/ or not (weak comparison). Members that are not entity tags are ignored.
 */
export function notModified(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false
  if (header.trim() === '*') return true
  const opaque = etag.replace(/^W\//, '')
  for (const [tag] of header.matchAll(TAG)) if (tag.replace(/^W\//, '') === opaque) return true
  return false
}
