import { benchIndex, syntheticIndex } from './index-bench'

describe('index benchmark', () => {
  it('builds the same seeded dataset every time', () => {
    const a = syntheticIndex(1, 5, 3)
    expect(a.ids).toEqual(['C000', 'C001', 'C002', 'C003', 'C004'])
    expect([...(a.raw.get('i0') ?? [])]).toEqual([...(syntheticIndex(1, 5, 3).raw.get('i0') ?? [])])
    expect(a.spec.indicators.map((i) => i.pillar)).toEqual(['economy', 'research', 'economy'])
  })
  it('reports timings for the scale run', () => {
    let clock = 0
    const r = benchIndex({
      countries: 50,
      indicators: 10,
      moves: 20,
      runs: 2,
      draws: 10,
      now: () => (clock += 1),
    })
    expect(r.sliderMove).toEqual({ p50: 1, p95: 1, max: 1 })
    expect(r.countries + r.insufficient).toBeLessThanOrEqual(50)
    expect(r.countries).toBeGreaterThan(40)
  })
})
