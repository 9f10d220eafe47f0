/** Content coding per RFC 9110 §12.5.3: q-values, `*`, identity refused, small bodies. */
import { chooseCoding, MIN_GZIP_BYTES } from './content-coding'

const BIG = MIN_GZIP_BYTES * 10

describe('chooseCoding', () => {
  it.each([
    [undefined, 'identity'], // no preference: identity, always understood
    ['', 'identity'], // an empty field asks for no coding
    ['gzip', 'gzip'],
    ['gzip, deflate, br, zstd', 'gzip'],
    ['gzip;q=0', 'identity'],
    ['gzip;q=0.0', 'identity'],
    ['br', 'identity'], // nothing listed is served: identity, as it was not refused
    ['*', 'gzip'],
    ['*;q=0.5, gzip;q=0', 'identity'],
    ['identity;q=0.5, gzip;q=0.9', 'gzip'],
    ['identity, gzip;q=0.5', 'identity'],
    ['identity;q=0, gzip', 'gzip'],
    ['identity;q=0', null], // identity refused, gzip not accepted
    ['*;q=0', null],
    ['br, *;q=0', null],
    ['*;q=0, identity', 'identity'],
  ])('%j → %s', (accept, expected) => {
    expect(chooseCoding(accept, BIG)).toBe(expected)
  })

  it('sends a small body as identity unless identity is refused', () => {
    expect(chooseCoding('gzip', MIN_GZIP_BYTES - 1)).toBe('identity')
    expect(chooseCoding('gzip', MIN_GZIP_BYTES)).toBe('gzip')
    expect(chooseCoding('gzip, identity;q=0', 10)).toBe('gzip')
    expect(chooseCoding('identity;q=0', 10)).toBeNull()
  })
})
