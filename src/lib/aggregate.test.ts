import fc from 'fast-check'
import { coverageLabel, sumReporting, weightedMeanReporting } from './aggregate'

describe('sumReporting', () => {
  it('sums the members that report and lists the others', () => {
    const result = sumReporting([
      { id: 'DEU', value: 1.91 },
      { id: 'FRA', value: null },
      { id: 'ITA', value: 0.5 },
    ])
    expect(result.value).toBeCloseTo(2.41, 12)
    expect(result).toMatchObject({ reporting: 2, members: 3, missing: ['FRA'] })
    expect(coverageLabel(result)).toBe('2 of 3 members report')
  })

  it('gives null, never zero, when no member reports', () => {
    expect(sumReporting([{ id: 'DEU', value: null }])).toEqual({
      value: null,
      reporting: 0,
      members: 1,
      missing: ['DEU'],
    })
    expect(sumReporting([]).value).toBeNull()
  })

  it('equals the sum of the reporting members (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.string(),
            value: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null }),
          }),
        ),
        (members) => {
          const result = sumReporting(members)
          const reporting = members.filter((m) => m.value !== null)
          expect(result.reporting).toBe(reporting.length)
          expect(result.reporting + result.missing.length).toBe(members.length)
          if (reporting.length === 0) expect(result.value).toBeNull()
          else
            expect(result.value).toBeCloseTo(
              reporting.reduce((s, m) => s + (m.value ?? 0), 0),
              6,
            )
        },
      ),
    )
  })
})

describe('weightedMeanReporting', () => {
  it('is the population-weighted mean (Σ v·pop / Σ pop), not the mean of ratios', () => {
    // 2 per 100k over 10m people and 8 per 100k over 30m people → (20 + 240) / 40 = 6.5
    const result = weightedMeanReporting([
      { id: 'A', value: 2, weight: 10_000_000 },
      { id: 'B', value: 8, weight: 30_000_000 },
      { id: 'C', value: null, weight: 5_000_000 },
      { id: 'D', value: 3, weight: null },
    ])
    expect(result.value).toBe(6.5)
    expect(result).toMatchObject({ reporting: 2, members: 4, missing: ['C', 'D'] })
  })

  it('lies between the smallest and largest member value (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.string(),
            value: fc.double({ min: 0, max: 1000, noNaN: true }),
            weight: fc.integer({ min: 1, max: 1e9 }),
          }),
          { minLength: 1 },
        ),
        (members) => {
          const v = weightedMeanReporting(members).value ?? NaN
          const values = members.map((m) => m.value)
          expect(v).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9)
          expect(v).toBeLessThanOrEqual(Math.max(...values) + 1e-9)
        },
      ),
    )
  })
})
