import { editionSpan, fillYears, inRange, latestYear, stepYear, yearShown } from './years'

describe('years', () => {
  const indicators = [
    { coverage: [{ edition: 'aiindex-2024', from: 2013, to: 2023 }] },
    {
      coverage: [
        { edition: 'aiindex-2024', from: 2003, to: 2023 },
        { edition: 'aiindex-2026', from: 2003, to: 2025 },
      ],
    },
  ]
  it('spans all indicators of an edition', () => {
    expect(editionSpan(indicators, 'aiindex-2024')).toEqual([2003, 2023])
    expect(editionSpan(indicators, 'aiindex-2026')).toEqual([2003, 2025])
    expect(editionSpan(indicators, 'wdi')).toBeNull()
  })
  it.each([
    [2020, 1, 2021],
    [2023, 1, 2023],
    [2003, -1, 2003],
    [null, -1, 2022],
    [null, 1, 2023],
    [1999, 1, 2003],
  ] as const)('stepYear(%s, %d) → %d', (year, direction, expected) => {
    expect(stepYear(year, [2003, 2023], direction)).toBe(expected)
  })
  it('finds the latest year with a figure, at or before a year', () => {
    const data = [
      { year: 2024, value: null },
      { year: 2023, value: 2 },
      { year: 2021, value: 5 },
    ]
    expect(latestYear(data)).toBe(2023)
    expect(latestYear(data, 2022)).toBe(2021)
    expect(latestYear(data, 2020)).toBeNull()
    expect(latestYear([])).toBeNull()
  })
  it('labels the year shown against the year asked', () => {
    expect(yearShown(2024, null)).toBe('2024')
    expect(yearShown(2024, 2024)).toBe('2024')
    expect(yearShown(2024, 2025)).toBe('2024, the latest before 2025')
  })
  it('fills a run of years and tests a range', () => {
    expect(fillYears([2005, 2003])).toEqual([2003, 2004, 2005])
    expect(fillYears([])).toEqual([])
    expect(inRange(2019, [2015, 2020])).toBe(true)
    expect(inRange(2021, [2015, 2020])).toBe(false)
    expect(inRange(1990, null)).toBe(true)
  })
})
