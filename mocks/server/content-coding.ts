/**
 * Which content coding to send (RFC 9110 §12.5.3). Accept-Encoding is parsed by `negotiator`,
 * the jshttp parser behind Express: q-values are honoured (`gzip;q=0` refuses gzip), `*`
 * matches gzip, and identity stays acceptable unless `identity;q=0` or `*;q=0` refuses it.
 */
import Negotiator from 'negotiator'

export type Coding = 'gzip' | 'identity'

/** Below this, gzip saves nothing worth its header, trailer and CPU: identity is sent instead. */
export const MIN_GZIP_BYTES = 512

/**
 * The coding for a body of `size` bytes, or null when neither gzip nor identity is acceptable.
 * RFC 9110 sends identity when no listed coding is acceptable "unless the identity coding is
 * indicated as unacceptable"; when it is, the caller answers 406 rather than ignore the refusal.
 */
export function chooseCoding(acceptEncoding: string | undefined, size: number): Coding | null {
  const acceptable = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } }).encodings([
    'gzip',
    'identity',
  ])
  if (acceptable.includes('identity') && size < MIN_GZIP_BYTES) return 'identity'
  const [preferred] = acceptable
  return preferred === 'gzip' || preferred === 'identity' ? preferred : null
}
