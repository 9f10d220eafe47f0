import fc from 'fast-check'
import { sameData } from './same-data'

describe('sameData', () => {
  it('compares plain data by structure', () => {
    expect(sameData({ a: [1, null, 'x'], b: { c: 2 } }, { b: { c: 2 }, a: [1, null, 'x'] })).toBe(
      true,
    )
    expect(sameData([1, 2], [1, 2, 3])).toBe(false)
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(sameData({ a: null }, { a: 0 })).toBe(false)
    expect(sameData(Number.NaN, Number.NaN)).toBe(true)
    expect(sameData([], {})).toBe(false)
  })

  it('compares functions and class instances by identity only', () => {
    const f = () => 1
    expect(sameData({ on: f }, { on: f })).toBe(true)
    expect(sameData({ on: () => 1 }, { on: () => 1 })).toBe(false)
    expect(sameData(new Date(0), new Date(0))).toBe(false)
  })

  it('holds for any JSON value and its deep copy, and sees any changed leaf', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => sameData(v, structuredClone(v))),
      { numRuns: 500 },
    )
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.nat(), (xs, i) => {
        if (xs.length === 0) return true
        const k = i % xs.length
        const ys = xs.map((x, j) => (j === k ? x + 1 : x))
        return !sameData({ xs }, { xs: ys })
      }),
    )
  })
})
