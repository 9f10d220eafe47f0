import {
  computeIndex,
  minMax,
  prepareIndex,
  scorePrepared,
  type IndexSpec,
} from './composite-index'
import { raw } from './test-helpers'

// Hand-checked example: see the comments for each expected figure.
const abc = raw({
  'investment-latest': { A: 10, B: 20, C: 15, D: 1 }, // over A, B, C → A 0, B 1, C 0.5
  'investment-cumulative': { A: 100, B: 50 }, // → A 1, B 0
  'patents-per-100k': { A: 2, B: 4, C: 3 }, // → A 0, B 1, C 0.5
  'models-cumulative': { A: 0, B: 10 }, // → A 0, B 1
})

describe('min–max normalisation', () => {
  it.each([
    [
      { A: 10, B: 20, C: 15 },
      { A: 0, B: 1, C: 0.5 },
    ],
    [
      { A: -5, B: 5 },
      { A: 0, B: 1 },
    ],
    [
      { A: 2, B: 2 },
      { A: 1, B: 1 },
    ], // no spread: everyone is "best in view"
    [{ A: 3 }, { A: 1 }],
    [
      { A: 0, B: 1, C: 4 },
      { A: 0, B: 0.25, C: 1 },
    ],
  ])('%j → %j', (input, expected) => {
    expect(Object.fromEntries(minMax(new Map(Object.entries(input))))).toEqual(expected)
  })
})

describe('composite index', () => {
  it('weights pillars equally by default: B 75, C 50, A 25', () => {
    const { ranked, insufficient } = computeIndex(abc, ['A', 'B', 'C', 'D', 'E'], {})
    expect(ranked.map((r) => [r.entityId, r.rank, r.index])).toEqual([
      ['B', 1, 75], // economy (1+0)/2 = 50, R&D (1+1)/2 = 100 → 75
      ['C', 2, 50], // economy 0.5 → 50, R&D 0.5 → 50 (two of four indicators: still ranked)
      ['A', 3, 25], // economy (0+1)/2 = 50, R&D 0 → 25
    ])
    expect(ranked[0]?.pillars).toEqual({ economy: 50, research: 100 })
    expect(ranked[0]?.contributions).toEqual({ economy: 25, research: 50 })
    expect(ranked[1]?.missing).toEqual(['investment-cumulative', 'models-cumulative'])
    // D has one indicator of four: more than half missing → insufficient data, not ranked.
    // E has none at all: not part of the index.
    expect(insufficient).toEqual([
      {
        entityId: 'D',
        missing: ['investment-cumulative', 'patents-per-100k', 'models-cumulative'],
      },
    ])
  })

  it('sets insufficient countries aside before normalising (D = 1 does not stretch the scale)', () => {
    // With D in the min–max, A's latest investment would be (10−1)/(20−1), not 0.
    const { ranked } = computeIndex(abc, ['A', 'B', 'C', 'D'], {})
    expect(ranked.find((r) => r.entityId === 'A')?.pillars.economy).toBe(50)
  })

  it.each([
    [
      { economy: 3, research: 1 },
      [
        ['B', 62.5],
        ['C', 50],
        ['A', 37.5],
      ],
    ],
    [
      { economy: 1, research: 3 },
      [
        ['B', 87.5],
        ['C', 50],
        ['A', 12.5],
      ],
    ],
    [
      { economy: 0, research: 1 },
      [
        ['B', 100],
        ['C', 50],
        ['A', 0],
      ],
    ],
    // Indicator weights inside a pillar: cumulative ×3 → A economy (0+3)/4 = 75, B (1+0)/4 = 25.
    [
      { 'investment-cumulative': 3 },
      [
        ['B', 62.5],
        ['C', 50],
        ['A', 37.5],
      ],
    ],
  ])('weights %j give %j', (weights, expected) => {
    expect(
      computeIndex(abc, ['A', 'B', 'C'], weights).ranked.map((r) => [r.entityId, r.index]),
    ).toEqual(expected)
  })

  it('contributions add up to the index', () => {
    for (const r of computeIndex(abc, ['A', 'B', 'C'], { economy: 2, research: 0.5 }).ranked)
      expect(Object.values(r.contributions).reduce((a, b) => a + b, 0)).toBeCloseTo(r.index, 12)
  })

  it('all weights zero: every index is 0, ties ranked by id', () => {
    const { ranked } = computeIndex(abc, ['A', 'B', 'C'], { economy: 0, research: 0 })
    expect(ranked.map((r) => [r.entityId, r.rank, r.index])).toEqual([
      ['A', 1, 0],
      ['B', 2, 0],
      ['C', 3, 0],
    ])
  })

  it('runs any indicator set (the benchmark uses ten)', () => {
    const spec: IndexSpec = {
      pillars: [{ id: 'p', label: 'P' }],
      indicators: [
        { id: 'x', pillar: 'p', label: 'X' },
        { id: 'y', pillar: 'p', label: 'Y' },
      ],
    }
    const values = raw({ x: { A: 1, B: 3 }, y: { A: 4, B: 2 } })
    // x → A 0, B 1; y → A 1, B 0; y weighs 3 → A 75, B 25
    const prepared = prepareIndex(values, ['B', 'A'], spec)
    expect(prepared.countries).toEqual(['A', 'B'])
    expect(scorePrepared(prepared, { y: 3 }).ranked.map((r) => [r.entityId, r.index])).toEqual([
      ['A', 75],
      ['B', 25],
    ])
  })
})
