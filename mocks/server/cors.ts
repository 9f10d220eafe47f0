/** CORS headers of every answer: the contract is public, read-only data for any origin. */
import { ALLOW } from './request-target'

export const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': ALLOW,
  'access-control-allow-headers': 'accept, content-type, if-none-match',
  'access-control-expose-headers': 'etag',
  'access-control-max-age': '600',
} as const
