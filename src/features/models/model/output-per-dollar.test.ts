import fc from 'fast-check'
import type { Observation } from '../../../api/schemas'
import { modelsPer10bn, outputPoints } from './output-per-dollar'

const obs = (entityId: string, year: number, value: number | null): Observation => ({
  entityId,
  year,
  value,
  unit: 'x',
  edition: 'aiindex-2026',
  sourceId: 's',
  origin: 'reported',
  period: null,
  note: null,
  coverage: null,
})

describe('modelsPer10bn', () => {
  it.each([
    // US: 627 models over $600bn → 10.45 per $10bn
    [627, 600, 10.45],
    [30, 150, 2],
    [1, 4.235812708, 2.3608220404],
  ])('%d models over $%dbn → %d per $10bn', (models, investment, expected) => {
    expect(modelsPer10bn(models, investment)).toBeCloseTo(expected, 8)
  })

  it('never divides by zero and never turns missing data into zero', () => {
    expect(modelsPer10bn(5, 0)).toBeNull()
    expect(modelsPer10bn(null, 10)).toBeNull()
    expect(modelsPer10bn(5, null)).toBeNull()
    expect(modelsPer10bn(0, 10)).toBe(0)
  })

  it('is never negative or infinite for open inputs (property)', () => {
    fc.assert(
      fc.property(
        fc.option(fc.nat(), { nil: null }),
        fc.option(fc.double({ min: -10, max: 1e4, noNaN: true }), { nil: null }),
        (m, i) => {
          const r = modelsPer10bn(m, i)
          expect(r === null || (Number.isFinite(r) && r >= 0)).toBe(true)
        },
      ),
    )
  })
})

describe('outputPoints', () => {
  it('keeps one point per country with both series, from each series’ latest period', () => {
    const points = outputPoints(
      [
        obs('USA', 2024, 470.9),
        obs('USA', 2025, 756.3),
        obs('CHN', 2025, 130),
        obs('GBR', 2025, null),
      ],
      [obs('USA', 2025, 627), obs('GBR', 2025, 40), obs('FRA', 2025, 20)],
      () => true,
    )
    expect(points).toEqual([
      { entityId: 'USA', investment: 756.3, models: 627, modelsPer10bn: (627 / 756.3) * 10 },
    ])
  })
})
