import { logTicks, spansOrders } from './log-ticks'

describe('logTicks', () => {
  it.each([
    // US$ bn invested 2013–2025 (AI Index 2026): UAE 4.24 … US 757.27
    [
      [4.235812708, 131.829515814, 757.268161557],
      [2, 5, 10, 20, 50, 100, 200, 500, 1000],
    ],
    // notable models 2003–2025: Sweden 1 … US 627
    [
      [1, 144, 627],
      [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
    ],
    [
      [0.3, 0.7],
      [0.2, 0.5, 1],
    ],
  ])('covers %j with 1–2–5 steps', (values, expected) => {
    const ticks = logTicks(values) ?? []
    expect(ticks.map((t) => Number(t.toPrecision(6)))).toEqual(expected)
  })
  it('keeps only powers of ten over more than five decades', () => {
    expect(logTicks([0.004, 2500])).toEqual([0.001, 0.01, 0.1, 1, 10, 100, 1000, 10000])
    // 0.02 to 500: four and a half decades keep their 1–2–5 steps.
    expect(logTicks([0.04, 250])).toHaveLength(14)
    expect(logTicks([0.0003, 85674])).toEqual([
      0.0001, 0.001, 0.01, 0.1, 1, 10, 100, 1000, 10000, 100000,
    ])
  })
  it('writes every tick exactly', () => {
    expect(logTicks([0.03, 0.7])).toEqual([0.02, 0.05, 0.1, 0.2, 0.5, 1])
  })
  it('has no ticks without a positive value', () => {
    expect(logTicks([])).toBeUndefined()
    expect(logTicks([0, -1])).toBeUndefined()
  })
})

describe('spansOrders', () => {
  it.each([
    // UAE 4.24 … US 757.27 (US$ bn): 179×, more than two orders of magnitude.
    [[4.235812708, 131.829515814, 757.268161557], true],
    // Sweden 1 … US 627 notable models.
    [[1, 144, 627], true],
    [[10, 1000], false],
    [[10, 1000.01], true],
    [[0, 5, 900], false],
    [[5], false],
  ])('%j → %s', (values, expected) => {
    expect(spansOrders(values)).toBe(expected)
  })
})
