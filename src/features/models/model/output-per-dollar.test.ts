import fc from 'fast-check'
import { obs } from './fixtures'
import { modelsPer10bn, outputPoints, periodOf } from './output-per-dollar'

describe('modelsPer10bn', () => {
  it.each([
    // US, AI Index 2026: 627 models over $757.268161557bn → 8.27976… per $10bn
    [627, 757.268161557, 8.279762],
    // China: 144 over $131.829515814bn → 10.92320…
    [144, 131.829515814, 10.923199],
    // UAE: 3 over $4.235812708bn → 7.0825…
    [3, 4.235812708, 7.082466],
    [30, 150, 2],
    [0, 10, 0],
  ])('%d models over $%dbn → %d per $10bn', (models, investment, expected) => {
    expect(modelsPer10bn(models, investment)).toBeCloseTo(expected, 5)
  })

  it.each([
    [5, 0],
    [5, -1],
    [null, 10],
    [5, null],
    [Number.NaN, 10],
    [5, Number.POSITIVE_INFINITY],
    [-1, 10],
  ])('gives null, never zero or Infinity, for %s models over %s', (m, i) => {
    expect(modelsPer10bn(m, i)).toBeNull()
  })

  it('is null or a finite non-negative number for any input (property)', () => {
    fc.assert(
      fc.property(
        fc.option(fc.double({ noNaN: false }), { nil: null }),
        fc.option(fc.double({ noNaN: false }), { nil: null }),
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
        obs('USA', 2025, 757.268161557),
        obs('CHN', 2025, 131.829515814),
        obs('GBR', 2025, null),
      ],
      [obs('USA', 2025, 627), obs('GBR', 2025, 41), obs('FRA', 2025, 23)],
      () => true,
    )
    expect(points).toEqual([
      {
        entityId: 'USA',
        investment: 757.268161557,
        models: 627,
        modelsPer10bn: (627 / 757.268161557) * 10,
      },
    ])
  })

  it('drops entities out of scope', () => {
    const points = outputPoints(
      [obs('USA', 2025, 10), obs('CHN', 2025, 5)],
      [obs('USA', 2025, 1), obs('CHN', 2025, 2)],
      (id) => id === 'CHN',
    )
    expect(points.map((p) => [p.entityId, p.modelsPer10bn])).toEqual([['CHN', 4]])
  })

  it('yields a point per country present in both lists (property)', () => {
    const ids = fc.constantFrom('USA', 'CHN', 'GBR', 'FRA', 'DEU')
    fc.assert(
      fc.property(fc.uniqueArray(ids), fc.uniqueArray(ids), (a, b) => {
        const points = outputPoints(
          a.map((id) => obs(id, 2025, 1)),
          b.map((id) => obs(id, 2025, 1)),
          () => true,
        )
        expect(points.length).toBe(a.filter((id) => b.includes(id)).length)
      }),
    )
  })
})

describe('periodOf', () => {
  it('reads the published period, or null when periods differ', () => {
    expect(periodOf([obs('USA', 2025, 1, { period: '2013-2025' })])).toBe('2013–2025')
    expect(
      periodOf([
        obs('USA', 2025, 1, { period: '2013-2025' }),
        obs('CHN', 2024, 1, { period: '2013-2024' }),
      ]),
    ).toBeNull()
    expect(periodOf([])).toBeNull()
  })
})
