import { prepareIndex } from './composite-index'
import { mulberry32 } from './prng'
import { describeRange, describeRangeInFull, rankRanges } from './robustness'
import { twoPillars } from './test-helpers'

// (economy, R&D) raw figures; over A..Z both scales run 0–100, so normalised = raw / 100.
// B beats C iff w_e·(0.75 − 0.25) > w_r·(0.8 − 0.2), i.e. w_e / w_r > 1.2. Under ±25% draws,
// w_e / w_r = u1 / u2 with u ~ U(0.75, 1.25): P(u1 > 1.2 u2) = 4 ∫_{0.75}^{1.25/1.2} (1.25 − 1.2 u) du
// = 0.2042 (hand-computed). A leads on everything; Z trails on everything.
const values = twoPillars({ A: [100, 100], B: [75, 20], C: [25, 80], Z: [0, 0] })
const prepared = prepareIndex(values, ['A', 'B', 'C', 'Z'])

describe('robustness ranges (seeded Monte Carlo, weights ±25%)', () => {
  const ranges = rankRanges(prepared, {}, { draws: 4000, seed: 7 })

  it.each([
    ['A', 1, 1, 1],
    ['Z', 4, 4, 4],
    ['B', 2, 3, 3], // equal weights: B 47.5 < C 52.5, so B is mostly third
    ['C', 2, 3, 2],
  ])('%s ranks #%i–#%i, mostly #%i', (id, min, max, mode) => {
    expect(ranges.get(id)).toMatchObject({ min, max, mode })
  })

  it('the share of draws matches the hand-computed probability 0.204', () => {
    expect(ranges.get('B')?.modeShare).toBeCloseTo(1 - 0.2042, 1)
    expect(Math.abs((ranges.get('B')?.modeShare ?? 0) - 0.7958)).toBeLessThan(0.03)
    expect(ranges.get('A')?.modeShare).toBe(1)
  })

  it('a ratio threshold beyond ±25% never flips: B vs C at w_e / w_r > 2', () => {
    // B beats C iff w_e / w_r > (0.8 − 0.2) / (0.55 − 0.25) = 2; the draws reach at most 1.25/0.75.
    const far = prepareIndex(twoPillars({ A: [100, 100], B: [55, 20], C: [25, 80], Z: [0, 0] }), [
      'A',
      'B',
      'C',
      'Z',
    ])
    const r = rankRanges(far, {}, { draws: 1000 })
    expect(r.get('B')).toEqual({ min: 3, max: 3, mode: 3, modeShare: 1 })
    expect(r.get('C')).toEqual({ min: 2, max: 2, mode: 2, modeShare: 1 })
  })

  it('is seeded: the same seed gives the same answer, and the weights in force are the centre', () => {
    expect(rankRanges(prepared, {}, { seed: 3 })).toEqual(rankRanges(prepared, {}, { seed: 3 }))
    // Economy ×3: B wins against C in every draw (ratio ≥ 3·0.6 = 1.8 > 1.2).
    expect(rankRanges(prepared, { economy: 3 }).get('B')).toEqual({
      min: 2,
      max: 2,
      mode: 2,
      modeShare: 1,
    })
  })

  it.each([
    [{ min: 1, max: 1, mode: 1, modeShare: 1 }, '#1 in 100% of draws', '#1 in 100% of draws'],
    [{ min: 3, max: 5, mode: 4, modeShare: 0.615 }, '#3–#5', '#3–#5 (#4 in 62%)'],
  ])('describes %j as %s', (range, short, long) => {
    expect(describeRange(range)).toBe(short)
    expect(describeRangeInFull(range)).toBe(long)
  })
})

describe('mulberry32', () => {
  it('is deterministic and uniform-ish in [0, 1)', () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    const xs = Array.from({ length: 10000 }, () => a())
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()))
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...xs)).toBeLessThan(1)
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1)
  })
})
