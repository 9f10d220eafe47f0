import fc from 'fast-check'
import type { Observation } from '../../../api/schemas'
import { cumulate, indexToBase, normaliseValue, type NormaliseInputs } from './normalise-series'

const obs = (
  entityId: string,
  year: number,
  value: number | null,
  extra: Partial<Observation> = {},
): Observation => ({
  entityId,
  year,
  value,
  unit: 'US$ bn (nominal)',
  edition: 'aiindex-2024',
  sourceId: 's',
  origin: 'reported',
  period: null,
  note: null,
  coverage: null,
  ...extra,
})

// World Bank figures from mocks/data/reference.ts (USA 2023) and made-up small members for the bloc.
const population: Record<string, number> = {
  'USA|2023': 336806231,
  'DEU|2023': 80_000_000,
  'FRA|2023': 60_000_000,
}
const gdp: Record<string, number> = { 'USA|2023': 27360935000000 }
const inputs: NormaliseInputs = {
  population: (id, y) => population[`${id}|${y}`] ?? null,
  gdp: (id, y) => gdp[`${id}|${y}`] ?? null,
  world: (y) => (y === 2023 ? 95.99 : null),
  groupMembers: (id) => (id === 'bloc' ? ['DEU', 'FRA', 'ITA'] : null),
}

describe('normaliseValue', () => {
  it.each([
    ['absolute', 67.22],
    // 67.22e9 / 336,806,231 people
    ['per-capita', 199.58063068019666],
    // 67.22e9 / 27,360,935,000,000 × 100
    ['share-of-gdp', 0.24567873868],
    // 67.22 / 95.99 × 100
    ['share-of-world', 70.02812793],
  ] as const)('%s', (norm, expected) => {
    expect(normaliseValue(obs('USA', 2023, 67.22), norm, inputs)).toBeCloseTo(expected, 8)
  })

  it('gives null, not zero, when an input is missing', () => {
    expect(normaliseValue(obs('USA', 2023, null), 'absolute', inputs)).toBeNull()
    expect(normaliseValue(obs('CHN', 2023, 7.76), 'per-capita', inputs)).toBeNull()
    expect(normaliseValue(obs('USA', 2024, 109.08), 'share-of-gdp', inputs)).toBeNull()
    expect(normaliseValue(obs('USA', 2024, 109.08), 'share-of-world', inputs)).toBeNull()
  })

  it('divides a bloc by the population of its reporting members only (population-weighted)', () => {
    // DEU and FRA report 2.8bn together; ITA does not report, so its people do not count.
    const bloc = obs('bloc', 2023, 2.8, {
      origin: 'computed',
      // ITA has no population here, so the two reporting members hold all that is known.
      coverage: {
        reporting: 2,
        members: 3,
        missing: ['ITA'],
        reportingIds: ['DEU', 'FRA'],
        populationShare: 1,
        sufficient: true,
      },
    })
    expect(normaliseValue(bloc, 'per-capita', inputs)).toBeCloseTo(2.8e9 / 140_000_000, 10)
  })
})

describe('cumulate', () => {
  it('runs a total from the first figure, and stops at a gap instead of carrying it', () => {
    expect(cumulate([null, 1, 2, 3.5])).toEqual([null, 1, 3, 6.5])
    expect(cumulate([1, null, 2])).toEqual([1, null, null])
  })
})

describe('indexToBase', () => {
  it('sets the base year to 100', () => {
    expect(indexToBase([2, 4, 5], 0)).toEqual([100, 200, 250])
  })
  it('gives no data when the base is missing or zero', () => {
    expect(indexToBase([null, 4], 0)).toEqual([null, null])
    expect(indexToBase([0, 4], 0)).toEqual([null, null])
    expect(indexToBase([1, 4], -1)).toEqual([null, null])
  })
  it('keeps the ratio between any two years (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1e4, noNaN: true }), { minLength: 2, maxLength: 15 }),
        (values) => {
          const indexed = indexToBase(values, 0)
          expect((indexed[1] ?? NaN) / 100).toBeCloseTo((values[1] ?? NaN) / (values[0] ?? NaN), 9)
        },
      ),
    )
  })
})
