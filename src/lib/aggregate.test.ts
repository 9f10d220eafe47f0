import fc from 'fast-check'
import {
  BLOC_COVERAGE_THRESHOLD,
  coverageLabel,
  coveragePopulationYear,
  sumReporting,
  weightedMeanReporting,
  type MemberValue,
} from './aggregate'

describe('sumReporting', () => {
  it('sums the members that report when they hold two thirds of the people, and lists the others', () => {
    // DEU 84m and ITA 59m report: 143m of 211m = 0.6777 ≥ 2/3.
    const result = sumReporting([
      { id: 'DEU', value: 1.91, population: 84_000_000 },
      { id: 'FRA', value: null, population: 68_000_000 },
      { id: 'ITA', value: 0.5, population: 59_000_000 },
    ])
    expect(result.value).toBeCloseTo(2.41, 12)
    expect(result).toMatchObject({
      reporting: 2,
      members: 3,
      missing: ['FRA'],
      reportingIds: ['DEU', 'ITA'],
      populationShare: 143 / 211,
      sufficient: true,
    })
    expect(coverageLabel(result)).toBe('2 of 3 members report')
  })

  it('gives null, never zero, when no member reports', () => {
    expect(sumReporting([{ id: 'DEU', value: null, population: 84_000_000 }])).toEqual({
      value: null,
      reporting: 0,
      members: 1,
      missing: ['DEU'],
      reportingIds: [],
      populationShare: 0,
      sufficient: false,
      populationYear: null,
    })
    expect(sumReporting([]).value).toBeNull()
    expect(sumReporting([]).sufficient).toBe(false)
  })
})

/** Random blocs: members with a figure or none, and the given population arbitrary. */
const blocArb = <P extends number | null>(population: fc.Arbitrary<P>) =>
  fc.array(
    fc.record({
      id: fc.string(),
      value: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null }),
      population,
    }),
  )

describe('the coverage rule: two thirds of the population', () => {
  const bloc = (reportingPeople: number, otherPeople: number): MemberValue[] => [
    { id: 'A', value: 10, population: reportingPeople },
    { id: 'B', value: null, population: otherPeople },
  ]

  it.each([
    // [reporting people, others, share, shown]
    [2, 1, 2 / 3, true], // exactly two thirds: shown
    [200_000_001, 100_000_000, 200_000_001 / 300_000_001, true], // just above
    [199_999_999, 100_000_000, 199_999_999 / 299_999_999, false], // just below
    [1, 1, 0.5, false],
  ])('%d reporting of %d others: share %d, shown %s', (held, others, share, shown) => {
    const result = sumReporting(bloc(held, others))
    expect(result.populationShare).toBe(share)
    expect(result.sufficient).toBe(shown)
    expect(result.value).toBe(shown ? 10 : null)
  })

  it('shows a bloc where every member reports, even without population figures', () => {
    // A year past the World Bank series: no population, but the total is complete.
    const result = sumReporting([
      { id: 'A', value: 3, population: null },
      { id: 'B', value: 4, population: null },
    ])
    expect(result).toMatchObject({ value: 7, populationShare: 1, sufficient: true })
  })

  it('counts a member without a population figure as not reporting for the share', () => {
    // TWN reports but has no population: the share is the reporting part of the known people,
    // here CHN's 0 of KOR + CHN = 0 → withheld, although 1 of 3 members has a value.
    const result = sumReporting([
      { id: 'TWN', value: 5, population: null },
      { id: 'KOR', value: null, population: 51_000_000 },
      { id: 'CHN', value: null, population: 1_410_000_000 },
    ])
    expect(result).toMatchObject({
      value: null,
      reporting: 1,
      reportingIds: ['TWN'],
      populationShare: 0,
      sufficient: false,
    })
    // Nobody's population known and not every member reports: the share cannot be told.
    expect(
      sumReporting([
        { id: 'X', value: 1, population: null },
        { id: 'Y', value: null, population: null },
      ]),
    ).toMatchObject({ value: null, populationShare: null, sufficient: false })
  })

  it('reads "too few members report (k of n: …)" where it withholds the total', () => {
    const names: Readonly<Record<string, string>> = { DEU: 'Germany' }
    const eu = sumReporting([
      { id: 'DEU', value: 1.91, population: 84_000_000 },
      ...['FRA', 'ITA', 'ESP'].map((id) => ({ id, value: null, population: 60_000_000 })),
    ])
    expect(eu.value).toBeNull()
    expect(coverageLabel(eu, (id) => names[id] ?? id)).toBe(
      'too few members report (1 of 4: Germany)',
    )
    const few = sumReporting([
      ...['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((id) => ({ id, value: 1, population: 1 })),
      { id: 'H', value: null, population: 100 },
    ])
    expect(coverageLabel(few)).toBe('too few members report (7 of 8: A, B, C, D, E and 2 more)')
    expect(coverageLabel(sumReporting([{ id: 'A', value: null, population: 1 }]))).toBe(
      'no member reports (0 of 1)',
    )
    const unknown = sumReporting([
      { id: 'A', value: 1, population: null },
      { id: 'B', value: null, population: null },
    ])
    expect(coverageLabel(unknown)).toBe(
      '1 of 2 members report; no population figures to apply the two-thirds rule',
    )
  })

  it('never shows a total when the reporting share is below two thirds (property)', () => {
    fc.assert(
      fc.property(
        blocArb(fc.option(fc.integer({ min: 0, max: 2e9 }), { nil: null })),
        (members) => {
          for (const result of [sumReporting(members), weightedMeanReporting(members)]) {
            const below =
              result.populationShare === null || result.populationShare < BLOC_COVERAGE_THRESHOLD
            if (below) expect(result.value).toBeNull()
            expect(result.sufficient).toBe(!below && result.reporting > 0)
            expect(result.reporting + result.missing.length).toBe(members.length)
            expect(result.reportingIds).toHaveLength(result.reporting)
          }
        },
      ),
    )
  })

  it('when shown, the sum equals the sum of the reporting members (property)', () => {
    fc.assert(
      fc.property(blocArb(fc.integer({ min: 1, max: 2e9 })), (members) => {
        const result = sumReporting(members)
        const reporting = members.filter((m) => m.value !== null)
        const held = reporting.reduce((s, m) => s + m.population, 0)
        const total = members.reduce((s, m) => s + m.population, 0)
        const share = reporting.length === members.length ? 1 : held / total
        expect(result.populationShare).toBe(members.length === 0 ? null : share)
        if (!result.sufficient) expect(result.value).toBeNull()
        else
          expect(result.value).toBeCloseTo(
            reporting.reduce((s, m) => s + (m.value ?? 0), 0),
            6,
          )
      }),
    )
  })
})

describe('weightedMeanReporting', () => {
  it('is the population-weighted mean (Σ v·pop / Σ pop), not the mean of ratios', () => {
    // 2 per 100k over 10m people and 8 per 100k over 30m people → (20 + 240) / 40 = 6.5;
    // they hold 40m of the 45m people with a figure (D has none): 0.8889 ≥ 2/3.
    const result = weightedMeanReporting([
      { id: 'A', value: 2, population: 10_000_000 },
      { id: 'B', value: 8, population: 30_000_000 },
      { id: 'C', value: null, population: 5_000_000 },
      { id: 'D', value: 3, population: null },
    ])
    expect(result.value).toBe(6.5)
    expect(result).toMatchObject({
      reporting: 2,
      members: 4,
      missing: ['C', 'D'],
      reportingIds: ['A', 'B'],
      populationShare: 40 / 45,
      sufficient: true,
    })
  })

  it('withholds the mean when the members with a rate hold less than two thirds', () => {
    // 10m of 40m people report a rate: 0.25.
    const result = weightedMeanReporting([
      { id: 'A', value: 2, population: 10_000_000 },
      { id: 'B', value: null, population: 30_000_000 },
    ])
    expect(result).toMatchObject({ value: null, populationShare: 0.25, sufficient: false })
  })

  it('lies between the smallest and largest member value (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.string(),
            value: fc.double({ min: 0, max: 1000, noNaN: true }),
            population: fc.integer({ min: 1, max: 1e9 }),
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

describe('coveragePopulationYear', () => {
  const published = new Set([2022, 2023, 2024])
  it.each([
    [2024, 2024],
    [2025, 2024],
    [2027, 2024],
    [2028, null],
    [2021, null],
  ])('data year %i → population year %s', (year, expected) => {
    expect(coveragePopulationYear(year, (y) => published.has(y))).toBe(expected)
  })

  it('names the population year in the label when a sum is judged by an earlier one', () => {
    const agg = sumReporting(
      [
        { id: 'USA', value: 285.9, population: 340 },
        { id: 'JPN', value: null, population: 124 },
      ],
      2024,
    )
    expect(agg.populationYear).toBe(2024)
    expect(coverageLabel(agg)).toBe('1 of 2 members report (population shares of 2024)')
  })
})
