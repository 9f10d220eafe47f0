import fc from 'fast-check'
import {
  computeIndex,
  INDEX_INDICATORS,
  minMax,
  normaliseAll,
  type RawValues,
} from './composite-index'
import { describeRange, rankRanges } from './robustness'
import { spearman } from './spearman'

const raw = (columns: Record<string, Record<string, number | null>>): RawValues =>
  new Map(Object.entries(columns).map(([k, v]) => [k, new Map(Object.entries(v))]))

// Hand-checked example: see the comments for each expected figure.
const abc = raw({
  'investment-latest': { A: 10, B: 20, C: 15, D: 1 }, // → A 0, B 1, C 0.5 (D is not ranked)
  'investment-cumulative': { A: 100, B: 50 }, // → A 1, B 0
  'patents-per-100k': { A: 2, B: 4, C: 3 }, // → A 0, B 1, C 0.5
  'models-cumulative': { A: 0, B: 10 }, // → A 0, B 1
})

describe('composite index', () => {
  it('min–max normalises over the countries given', () => {
    expect(
      Object.fromEntries(
        minMax(
          new Map([
            ['A', 10],
            ['B', 20],
            ['C', 15],
          ]),
        ),
      ),
    ).toEqual({ A: 0, B: 1, C: 0.5 })
    expect(Object.fromEntries(minMax(new Map([['A', 3]])))).toEqual({ A: 1 })
  })

  it('weights pillars equally by default: B 75, C 50, A 25', () => {
    const { ranked, insufficient } = computeIndex(abc, ['A', 'B', 'C', 'D'], {})
    expect(ranked.map((r) => [r.entityId, r.rank, r.index])).toEqual([
      ['B', 1, 75], // economy (1+0)/2 = 50, R&D (1+1)/2 = 100 → 75
      ['C', 2, 50], // economy 0.5 → 50, R&D 0.5 → 50 (two of four indicators: still ranked)
      ['A', 3, 25], // economy (0+1)/2 = 50, R&D 0 → 25
    ])
    expect(ranked[0]?.contributions).toEqual({ economy: 25, research: 50 })
    // D has one indicator of four: more than half missing → insufficient data, not ranked
    expect(insufficient).toEqual([
      {
        entityId: 'D',
        missing: ['investment-cumulative', 'patents-per-100k', 'models-cumulative'],
      },
    ])
  })

  it('applies pillar weights: economy ×3 gives B 62.5, C 50, A 37.5', () => {
    const { ranked } = computeIndex(abc, ['A', 'B', 'C'], { economy: 3, research: 1 })
    expect(ranked.map((r) => [r.entityId, r.index])).toEqual([
      ['B', 62.5],
      ['C', 50],
      ['A', 37.5],
    ])
  })

  it('robustness: clear leads hold in every draw; a trade-off gives a range', () => {
    const countries = ['A', 'B', 'C']
    const ranges = rankRanges(normaliseAll(abc, countries), countries, {}, { draws: 1000 })
    expect(describeRange(ranges.get('B') ?? { min: 0, max: 0, mode: 0, modeShare: 0 })).toBe(
      '#1 in 100% of draws',
    )
    expect(ranges.get('A')).toEqual({ min: 3, max: 3, mode: 3, modeShare: 1 })
    const tradeOff = raw({
      'investment-latest': { X: 1, Y: 0 },
      'investment-cumulative': { X: 1, Y: 0 },
      'patents-per-100k': { X: 0, Y: 1 },
      'models-cumulative': { X: 0, Y: 1 },
    })
    const xy = rankRanges(normaliseAll(tradeOff, ['X', 'Y']), ['X', 'Y'], {}, { draws: 1000 })
    expect(xy.get('X')).toMatchObject({ min: 1, max: 2 })
    expect(describeRange(xy.get('X') ?? { min: 0, max: 0, mode: 0, modeShare: 0 })).toBe('#1–#2')
  })

  it('cross-checks against published ranks with Spearman’s rho', () => {
    // d = (-1, 1, 0) → Σd² = 2 → rho = 1 − 6·2 / (3·8) = 0.5
    expect(
      spearman(
        new Map([
          ['A', 1],
          ['B', 2],
          ['C', 3],
        ]),
        new Map([
          ['A', 2],
          ['B', 1],
          ['C', 3],
        ]),
      ),
    ).toEqual({ n: 3, rho: 0.5, samePlace: 1 })
    expect(spearman(new Map([['A', 1]]), new Map([['A', 1]])).rho).toBeNull()
  })
})

const countryIds = fc.uniqueArray(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'), {
  minLength: 2,
  maxLength: 6,
})
const valuesFor = (ids: string[]) =>
  fc
    .record(
      Object.fromEntries(
        INDEX_INDICATORS.map((i) => [
          i.id,
          fc.tuple(...ids.map(() => fc.double({ min: 0, max: 1000, noNaN: true }))),
        ]),
      ),
    )
    .map((cols) =>
      raw(
        Object.fromEntries(
          Object.entries(cols).map(([k, vs]) => [
            k,
            Object.fromEntries(ids.map((id, j) => [id, vs[j] ?? 0])),
          ]),
        ),
      ),
    )
const weightsArb = fc.record({
  economy: fc.double({ min: 0.01, max: 100, noNaN: true }),
  research: fc.double({ min: 0.01, max: 100, noNaN: true }),
})

describe('composite index properties', () => {
  it('scaling all weights by a constant changes no rank; the index stays within 0–100', () => {
    fc.assert(
      fc.property(
        countryIds.chain((ids) =>
          fc.tuple(
            fc.constant(ids),
            valuesFor(ids),
            weightsArb,
            fc.double({ min: 0.1, max: 50, noNaN: true }),
          ),
        ),
        ([ids, values, w, k]) => {
          const a = computeIndex(values, ids, w).ranked
          const b = computeIndex(values, ids, {
            economy: w.economy * k,
            research: w.research * k,
          }).ranked
          for (const r of a) {
            expect(r.index).toBeGreaterThanOrEqual(0)
            expect(r.index).toBeLessThanOrEqual(100 + 1e-9)
          }
          // Scaling cancels out in every weighted mean: the same indices, hence the same ranks.
          for (const r of a)
            expect(b.find((x) => x.entityId === r.entityId)?.index).toBeCloseTo(r.index, 9)
          expect(b.map((r) => r.entityId)).toEqual(a.map((r) => r.entityId))
        },
      ),
    )
  })

  it('a country that leads on every indicator ranks first under any positive weights', () => {
    fc.assert(
      fc.property(
        countryIds.chain((ids) => fc.tuple(fc.constant(ids), valuesFor(ids), weightsArb)),
        ([ids, values, w]) => {
          const leader = 'LEAD'
          const boosted = new Map(
            [...values].map(([k, col]) => [
              k,
              new Map([...col, [leader, Math.max(...[...col.values()].map((v) => v ?? 0)) + 1]]),
            ]),
          )
          expect(computeIndex(boosted, [...ids, leader], w).ranked[0]?.entityId).toBe(leader)
        },
      ),
    )
  })
})
