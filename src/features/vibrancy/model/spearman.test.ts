import { crossCheckReading, spearman } from './spearman'

const ranks = (ids: string) => new Map(ids.split(',').map((id, i) => [id, i + 1]))

describe('Spearman cross-check', () => {
  it.each([
    // published order, computed order, expected
    ['A,B,C', 'A,B,C', { n: 3, rho: 1, samePlace: 3 }],
    ['A,B,C', 'C,B,A', { n: 3, rho: -1, samePlace: 1 }],
    // d = (−1, 1, 0) → Σd² = 2 → rho = 1 − 6·2 / (3·8) = 0.5
    ['A,B,C', 'B,A,C', { n: 3, rho: 0.5, samePlace: 1 }],
    // Overlap only (D, E unranked here), re-ranked 1..3 on it: computed A, C, B → rho 0.5
    ['A,B,C,D', 'E,A,C,B', { n: 3, rho: 0.5, samePlace: 1 }],
    ['A,B', 'A,B', { n: 2, rho: null, samePlace: 2 }],
  ])('%s vs %s', (p, c, expected) => {
    expect(spearman(ranks(p), ranks(c))).toEqual(expected)
  })

  it('reads as one line', () => {
    expect(
      crossCheckReading({ n: 10, rho: 0.26, samePlace: 1 }, { label: 'GVT 2024', topN: 10 }),
    ).toBe(
      'Against GVT 2024: Spearman ρ = 0.26 on the 10 countries ranked by both (little agreement); the computed index agrees with the published top 10 on 1 of 10 places.',
    )
    expect(
      crossCheckReading({ n: 2, rho: null, samePlace: 2 }, { label: 'GVT 2025', topN: 8 }),
    ).toBe(
      'Only two of the countries in the published top 8 (GVT 2025) are ranked by the index here: too few to compare (a rank correlation needs three).',
    )
    expect(
      crossCheckReading({ n: 0, rho: null, samePlace: 0 }, { label: 'GVT 2024', topN: 10 }),
    ).toBe('None of the published top 10 (GVT 2024) is ranked here: nothing to compare.')
  })
})
