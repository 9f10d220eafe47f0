import { logTicks } from './log-ticks'

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
  it('has no ticks without a positive value', () => {
    expect(logTicks([])).toBeUndefined()
    expect(logTicks([0, -1])).toBeUndefined()
  })
})
