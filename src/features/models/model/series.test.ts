import { obs } from './fixtures'
import { perMillionFor, rankedForYear, sortEntries, trendSeries } from './series'

// World Bank population (wdi) as in the fixtures.
const POP: Record<string, number> = {
  'USA|2023': 336806231,
  'CHN|2023': 1410710000,
  'USA|2022': 334017321,
}
const population = (id: string, year: number) => POP[`${id}|${year}`] ?? null

describe('per-capita models (computed here)', () => {
  it.each([
    // 87 US notable models in 2023 (AI Index 2026) over 336,806,231 people
    [87, 'USA', 2023, 0.25830876],
    // 21 Chinese notable models in 2023 over 1,410,710,000 people
    [21, 'CHN', 2023, 0.01488612],
    [76, 'USA', 2022, 0.2275331],
  ])('%d models in %s %d → %d per million', (v, id, year, expected) => {
    expect(perMillionFor(v, id, year, population)).toBeCloseTo(expected, 7)
  })

  it('gives null, never zero, when the count or the population is missing', () => {
    expect(perMillionFor(null, 'USA', 2023, population)).toBeNull()
    // Population ends in 2024: 2025 counts have no per-capita value.
    expect(perMillionFor(50, 'USA', 2025, population)).toBeNull()
    expect(perMillionFor(3, 'EUROPE', 2023, population)).toBeNull()
    expect(perMillionFor(3, 'X', 2023, () => 0)).toBeNull()
  })
})

describe('trendSeries', () => {
  it('spans every year so gaps stay gaps, and drops single-figure entities', () => {
    const { years, series } = trendSeries(
      [obs('WLD', 2010, 3833), obs('WLD', 2023, 122511), obs('USA', 2023, 1)],
      () => true,
      null,
    )
    expect(years).toHaveLength(14)
    expect(years[0]).toBe(2010)
    expect(series).toHaveLength(1)
    expect(series[0]?.values[0]).toBe(3833)
    expect(series[0]?.values[1]).toBeNull()
    expect(series[0]?.values[13]).toBe(122511)
  })

  it('converts to per million with the population, null where it is missing', () => {
    const { series } = trendSeries(
      [obs('USA', 2022, 76), obs('USA', 2023, 87), obs('EUROPE', 2022, 7), obs('EUROPE', 2023, 16)],
      () => true,
      population,
    )
    const us = series.find((s) => s.entityId === 'USA')
    expect(us?.values[0]).toBeCloseTo(0.22753311, 7)
    expect(us?.values[1]).toBeCloseTo(0.25830876, 7)
    expect(series.find((s) => s.entityId === 'EUROPE')?.values).toEqual([null, null])
  })
})

describe('trendSeries within a year range', () => {
  it('ends where the range ends (years 2015–2020 → the last year drawn is 2020)', () => {
    const data = [2014, 2015, 2019, 2020, 2021, 2025].map((y) => obs('USA', y, y - 2000))
    const { years, series } = trendSeries(data, () => true, null, [2015, 2020])
    expect(years).toEqual([2015, 2016, 2017, 2018, 2019, 2020])
    expect(series[0]?.values).toEqual([15, null, null, null, 19, 20])
  })
})

describe('rankedForYear and sortEntries', () => {
  const names: Record<string, string> = { KOR: 'South Korea', LUX: 'Luxembourg', CHN: 'China' }
  const nameOf = (id: string) => names[id] ?? id
  const ranked = rankedForYear(
    [
      obs('LUX', 2024, 12.247),
      obs('KOR', 2024, 14.3108),
      obs('CHN', 2024, 6.9546),
      obs('FRA', 2024, null),
      obs('USA', 2023, 5.2),
    ],
    2024,
    () => true,
  )
  it('keeps the year’s figures, largest first, without no-data rows', () => {
    expect(ranked.map((r) => r.entityId)).toEqual(['KOR', 'LUX', 'CHN'])
  })
  it.each([
    ['value-desc', ['KOR', 'LUX', 'CHN']],
    ['value-asc', ['CHN', 'LUX', 'KOR']],
    ['name', ['CHN', 'LUX', 'KOR']],
  ] as const)('sorts %s', (order, expected) => {
    expect(sortEntries(ranked, order, nameOf).map((r) => r.entityId)).toEqual(expected)
  })
})
