import fc from 'fast-check'
import { computeIndex, INDEX_INDICATORS, orderBy, reorder, type RawValues } from './composite-index'
import { raw } from './test-helpers'

const countryIds = fc.uniqueArray(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G'), {
  minLength: 2,
  maxLength: 7,
})
const value = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.constant(null) },
)
const valuesFor = (ids: readonly string[]) =>
  fc
    .tuple(...INDEX_INDICATORS.map(() => fc.tuple(...ids.map(() => value))))
    .map((cols) =>
      raw(
        Object.fromEntries(
          INDEX_INDICATORS.map((ind, k) => [
            ind.id,
            Object.fromEntries(ids.map((id, j) => [id, cols[k]?.[j] ?? null])),
          ]),
        ),
      ),
    )
const positive = fc.double({ min: 0.01, max: 100, noNaN: true })
const weightsArb = fc.record(
  Object.fromEntries(
    ['economy', 'research', ...INDEX_INDICATORS.map((i) => i.id)].map((id) => [id, positive]),
  ),
)
const input = countryIds.chain((ids) => fc.tuple(fc.constant(ids), valuesFor(ids), weightsArb))

describe('composite index properties', () => {
  it('scaling all weights by a constant changes no rank', () => {
    fc.assert(
      fc.property(input, fc.double({ min: 0.01, max: 100, noNaN: true }), ([ids, values, w], k) => {
        const scaled = Object.fromEntries(Object.entries(w).map(([key, x]) => [key, x * k]))
        const a = computeIndex(values, ids, w).ranked
        const b = computeIndex(values, ids, scaled).ranked
        // Scaling cancels out in every weighted mean: the same indices (to rounding).
        for (const r of a)
          expect(b.find((x) => x.entityId === r.entityId)?.index).toBeCloseTo(r.index, 6)
        // Ranks may only differ between countries whose indices are equal to rounding.
        for (const r of a) {
          const other = b.find((x) => x.entityId === r.entityId)
          if (other && other.rank !== r.rank) {
            const tied = a.find((x) => x.rank === other.rank)
            expect(Math.abs((tied?.index ?? Infinity) - r.index)).toBeLessThan(1e-9)
          }
        }
      }),
    )
  })

  it('a country that leads on every indicator ranks first under any positive weights', () => {
    fc.assert(
      fc.property(input, ([ids, values, w]) => {
        const leader = 'LEAD'
        const boosted: RawValues = new Map(
          [...values].map(([k, col]) => {
            const top = Math.max(0, ...[...col.values()].map((v) => v ?? 0))
            return [k, new Map([...col, [leader, top + 1]])]
          }),
        )
        const { ranked } = computeIndex(boosted, [...ids, leader], w)
        expect(ranked[0]?.entityId).toBe(leader)
        expect(ranked[0]?.index).toBeCloseTo(100, 9)
      }),
    )
  })

  it('the index stays within 0–100 and ranks are 1..n', () => {
    fc.assert(
      fc.property(input, ([ids, values, w]) => {
        const { ranked, insufficient } = computeIndex(values, ids, w)
        ranked.forEach((r, i) => {
          expect(r.index).toBeGreaterThanOrEqual(0)
          expect(r.index).toBeLessThanOrEqual(100)
          expect(r.rank).toBe(i + 1)
          expect(r.missing.length * 2).toBeLessThanOrEqual(INDEX_INDICATORS.length)
        })
        for (const x of insufficient)
          expect(x.missing.length * 2).toBeGreaterThan(INDEX_INDICATORS.length)
      }),
    )
  })
})

describe('ordering', () => {
  it('insertion re-sort from any previous order equals a fresh sort (ties by position)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 40 }).chain((xs) =>
          fc.tuple(
            fc.constant(xs),
            fc.shuffledSubarray(
              xs.map((_, i) => i),
              { minLength: xs.length },
            ),
          ),
        ),
        ([xs, start]) => {
          const scores = Float64Array.from(xs)
          const fresh = orderBy(scores, new Uint32Array(xs.length))
          expect([...reorder(scores, Uint32Array.from(start))]).toEqual([...fresh])
        },
      ),
    )
  })
})
