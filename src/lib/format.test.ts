import fc from 'fast-check'
import {
  formatBillions,
  formatChange,
  formatCount,
  formatOrdinal,
  formatPercent,
  formatQuoted,
  formatRank,
  formatScore,
  formatValue,
  NO_DATA,
} from './format'

describe('formatValue: money, counts and rates by magnitude', () => {
  it.each([
    // Gaps are "no data", never 0.
    [null, 'no data'],
    [undefined, 'no data'],
    [Number.NaN, 'no data'],
    [Number.POSITIVE_INFINITY, 'no data'],
    [0, '0'],
    // Too small to show at two decimals: said, not rounded to 0.
    [0.0003556, '< 0.01'],
    [0.009999, '< 0.01'],
    [-0.004, '> -0.01'],
    [0.01, '0.01'],
    // Three significant digits, at most three decimals.
    [0.0123, '0.012'],
    [0.0567, '0.057'],
    [0.264, '0.264'],
    [0.618827243852, '0.619'],
    [1.775383542, '1.78'],
    [4.364053412, '4.36'],
    [7.76, '7.76'],
    [9.47, '9.47'],
    [14.3108, '14.3'],
    [12.247, '12.2'],
    [67.22, '67.2'],
    [72.36, '72.4'],
    [199.58, '200'],
    [285.88, '286'],
    [757.27, '757'],
    [-67.22, '-67.2'],
    // Integer digits are kept below a million, with grouping.
    [1234.5, '1,235'],
    [16946, '16,946'],
    [85674, '85,674'],
    [999999.4, '999,999'],
    // Beyond: "m" and "bn" with three significant digits.
    [999999.7, '1m'],
    [1234567, '1.23m'],
    [12345678, '12.3m'],
    [2.5e9, '2.5bn'],
    [336806231, '337m'],
  ])('%s → %s', (value, expected) => {
    expect(formatValue(value)).toBe(expected)
  })

  it('counts follow the same rule', () => {
    expect(formatCount(87)).toBe('87')
    expect(formatCount(44150)).toBe('44,150')
    expect(formatCount(null)).toBe(NO_DATA)
  })

  it('never prints more than three decimals, and never 0 for a non-zero value', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (v) => {
        const text = formatValue(v)
        const decimals = /\.(\d+)/.exec(text)?.[1]?.length ?? 0
        return decimals <= 3 && (v === 0 || text !== '0')
      }),
    )
  })
})

describe('formatChange', () => {
  it.each([
    [3, '+3'],
    [-12, '-12'],
    [0, '0'],
    [null, 'no data'],
  ])('%s → %s', (value, expected) => {
    expect(formatChange(value)).toBe(expected)
  })
})

describe('formatPercent: one decimal from 1%, by magnitude below', () => {
  it.each([
    [13.94, '13.9%'],
    [60.5, '60.5%'],
    [65.7, '65.7%'],
    [90, '90%'],
    [5.46, '5.5%'],
    [100, '100%'],
    [0.264, '0.264%'],
    [0.0427, '0.043%'],
    [0.004, '< 0.01%'],
    [0, '0%'],
    [null, 'no data'],
  ])('%s → %s', (value, expected) => {
    expect(formatPercent(value)).toBe(expected)
  })

  it('leaves the sign to the column header when asked', () => {
    expect(formatPercent(13.94, { symbol: false })).toBe('13.9')
    expect(formatPercent(null, { symbol: false })).toBe('no data')
  })
})

describe('formatScore: index points 0–100, one decimal', () => {
  it.each([
    [78.6, '78.6'],
    [21.59, '21.6'],
    [70.09798064, '70.1'],
    [5, '5.0'],
    [100, '100.0'],
    [null, 'no data'],
  ])('%s → %s', (value, expected) => {
    expect(formatScore(value)).toBe(expected)
  })
})

describe('formatRank and formatBillions', () => {
  it.each([
    [1, '1'],
    [12, '12'],
    [null, 'no data'],
  ])('rank %s → %s', (value, expected) => {
    expect(formatRank(value)).toBe(expected)
  })

  it.each([
    [67.22, 'USD' as const, '$67.2bn'],
    [109.08, 'USD' as const, '$109bn'],
    [1.5, 'USD' as const, '$1.5bn'],
    [200, 'EUR' as const, '€200bn'],
    [-2.345, 'USD' as const, '-$2.35bn'],
    [0.004, 'USD' as const, '< $0.01bn'],
    [null, 'USD' as const, 'no data'],
  ])('%s %s → %s', (value, currency, expected) => {
    expect(formatBillions(value, currency)).toBe(expected)
  })
})

describe('formatOrdinal: ranks in words', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [6, '6th'],
    [8, '8th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [103, '103rd'],
    [111, '111th'],
    [null, 'no data'],
    [2.5, 'no data'],
  ])('%s → %s', (value, text) => {
    expect(formatOrdinal(value)).toBe(text)
  })
})

describe('formatQuoted: a quoted figure as written', () => {
  it.each([
    ['68', '68'],
    ['60.5', '60.5'],
    ['1.3', '1.3'],
    ['44150', '44,150'],
    ['1234567.25', '1,234,567.25'],
    ['-4000', '-4,000'],
    ['100', '100'],
    // Not a plain decimal: as it is.
    ['about 7', 'about 7'],
    ['', ''],
  ])('%s → %s', (text, shown) => {
    expect(formatQuoted(text)).toBe(shown)
  })
})
