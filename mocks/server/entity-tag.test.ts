/** Entity tags: one per coding, and If-None-Match's weak comparison over lists and `*`. */
import { codedTag, identityTag, notModified } from './entity-tag'

describe('entity tags', () => {
  it('are strong, equal for equal bytes, different for different bytes and codings', () => {
    const a = identityTag(Buffer.from('{"a":1}'))
    expect(a).toMatch(/^"[\w-]{27}"$/)
    expect(identityTag(Buffer.from('{"a":1}'))).toBe(a)
    expect(identityTag(Buffer.from('{"a":2}'))).not.toBe(a)
    expect(codedTag(a, 'identity')).toBe(a)
    expect(codedTag(a, 'gzip')).toBe(`${a.slice(0, -1)}-gzip"`)
  })
})

describe('If-None-Match', () => {
  const tag = '"abc"'
  it.each([
    [undefined, false],
    ['', false],
    ['"abc"', true],
    ['W/"abc"', true],
    ['*', true],
    [' * ', true],
    ['"x", "abc"', true],
    ['"x",W/"abc"', true],
    ['"x", "y"', false],
    ['"abc-gzip"', false],
    ['abc', false],
    ['"ab"', false],
    ['W/"abcd"', false],
    ['"x", *', false], // `*` is only meaningful alone
  ])('%j → %s', (header, expected) => {
    expect(notModified(header, tag)).toBe(expected)
  })

  it('compares weakly when our own tag is weak too', () => {
    expect(notModified('"abc"', 'W/"abc"')).toBe(true)
  })
})
