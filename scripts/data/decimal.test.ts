// @vitest-environment node
/** The exact decimal shift that turns OWID's US$ into the app's US$ bn. */
import { shiftDecimal } from './decimal'

describe('shiftDecimal', () => {
  it.each([
    // [text, places, expected] — the first three are OWID figures of investment.csv (× 1e9)
    ['717196188', -9, '0.717196188'],
    ['86855559400', -9, '86.8555594'],
    ['145400000000', -9, '145.4'],
    ['130255020381', -9, '130.255020381'],
    ['12.5', -9, '0.0000000125'],
    ['1.5e9', -9, '1.5'],
    ['2.5E+10', -9, '25'],
    ['-2500000000', -9, '-2.5'],
    ['0', -9, '0'],
    ['0.000', -9, '0'],
    ['-0', -9, '0'],
    ['42', 3, '42000'],
    ['007.50', 0, '7.5'],
  ] as const)('%s × 10^%d = %s', (text, places, expected) => {
    expect(shiftDecimal(text, places, 'test')).toBe(expected)
  })

  it('gives the same double as the figure written by hand in billions', () => {
    expect(Number(shiftDecimal('64353633104', -9, 'test'))).toBe(64.353633104)
    // Float division would not: 0.1 + 0.2-style noise is what the shift avoids.
    expect(Number(shiftDecimal('300000000', -9, 'test'))).toBe(0.3)
  })

  it.each(['', 'abc', '1,5', '1.2.3', 'NaN', '1e', '+5', ' 5'])('refuses %j', (text) => {
    expect(() => shiftDecimal(text, -9, 'x.csv:2')).toThrow(/x\.csv:2: not a decimal number/)
  })
})
