import fc from 'fast-check'
import { agreementOf, claimStatus, quotedFigure, type CheckEvidence } from './claim-status'
import { CLAIM_STATUSES, type ClaimCheckRole, type ClaimStatus } from './claims'

const at = (role: ClaimCheckRole, value: number | null): CheckEvidence => ({
  role,
  value,
  range: null,
  comparison: null,
})
const between = (role: ClaimCheckRole, min: number | null, max: number | null): CheckEvidence => ({
  role,
  value: null,
  range: { min, max },
  comparison: null,
})
const ranked = (role: ClaimCheckRole, rank: number | null, claimedRank = 1): CheckEvidence => ({
  role,
  value: null,
  range: null,
  comparison: { claimedRank, rank },
})

describe('quotedFigure: the precision a figure is written with', () => {
  it.each([
    ['68', 68, 0],
    ['60.5', 60.5, 1],
    ['1.3', 1.3, 1],
    ['44150', 44150, 0],
    ['0.05', 0.05, 2],
  ])('%s → %d at %d decimals', (text, value, decimals) => {
    expect(quotedFigure(text)).toEqual({ value, decimals })
  })
  it.each(['', '44,150', '1e3', 'about 68', '.5'])('%j is not a plain decimal', (text) => {
    expect(quotedFigure(text)).toBeNull()
  })
})

describe('claimStatus: hand-checked cases', () => {
  it.each<[string, string | null, readonly CheckEvidence[], ClaimStatus]>([
    // US notable models 2023: 61 in AI Index 2024.
    ['61 vs 61', '61', [at('cited', 61)], 'verified'],
    // US private investment 2023: 67.22 rounds to 67, not 68; 68 is 1.16% above 67.22.
    ['68 vs 67.22', '68', [at('cited', 67.22)], 'approximately-consistent'],
    // China private investment 2023: 7.76 rounds to 8.
    ['8 vs 7.76', '8', [at('cited', 7.76)], 'consistent-with-rounding'],
    ['no cited point', '109', [at('cited', null)], 'unverified'],
    ['no check at all', '109', [], 'unverified'],
    // "Europe" 12.14 is another aggregate: with nothing cited, the claim stays unverified.
    ['other definition only', '7', [at('other-definition', 12.14)], 'unverified'],
    // China patents: GVT "over 44,000" supports 44,150; AI Index 2026 85,674 (48% off) does not.
    [
      '44150 vs >44,000 and 85,674',
      '44150',
      [between('cited', 44000, null), at('other-definition', 85674)],
      'disputed',
    ],
    [
      '44150 vs >44,000 alone',
      '44150',
      [between('cited', 44000, null)],
      'approximately-consistent',
    ],
    // DeepSeek $1.3bn: SemiAnalysis 1.3; critics 1.4–1.6 (7.1% from 1.4) and 1.6.
    [
      '1.3 vs 1.3, critics 1.4–1.6',
      '1.3',
      [at('cited', 1.3), between('other-definition', 1.4, 1.6), at('other-definition', 1.6)],
      'disputed',
    ],
    // DeepSeek $6m: 5.576 rounds to 6.
    ['6 vs 5.576', '6', [at('cited', 5.576)], 'consistent-with-rounding'],
    ['7 vs 12.14 cited', '7', [at('cited', 12.14)], 'contradicted'],
    [
      'cited beyond, another definition within 5%',
      '7',
      [at('cited', 12.14), at('other-definition', 7.2)],
      'disputed',
    ],
    ['cited points disagree', '10', [at('cited', 10), at('cited', 20)], 'disputed'],
    [
      'cited points both support: the loosest',
      '10',
      [at('cited', 10), at('cited', 10.51)],
      'approximately-consistent',
    ],
    [
      'another definition agrees',
      '10',
      [at('cited', 10), at('other-definition', 10.4)],
      'verified',
    ],
    // A revision never changes the status: 68 stays judged on 67.22, not on 72.36.
    [
      'revision ignored',
      '68',
      [at('cited', 67.22), at('revision', 72.364764946)],
      'approximately-consistent',
    ],
    ['other year ignored', '10', [at('cited', 10), at('other-year', 50)], 'verified'],
    ['context ignored', '44150', [at('cited', 44150), at('context', 16946)], 'verified'],
    // Qualitative: "China was the world leader" (rank 1).
    ['leader, rank 1 cited', null, [ranked('cited', 1)], 'verified'],
    ['leader, rank 2 cited', null, [ranked('cited', 2)], 'contradicted'],
    ['leader, rank unknown', null, [ranked('cited', null)], 'unverified'],
    ['leader, only another definition', null, [ranked('other-definition', 1)], 'unverified'],
    [
      'leader, other definition disagrees',
      null,
      [ranked('cited', 1), ranked('other-definition', 2)],
      'disputed',
    ],
    // A figure cannot be set against a qualitative claim, nor a rank against a figure.
    ['figure vs qualitative claim', null, [at('cited', 23.07)], 'unverified'],
    ['rank vs quoted figure', '3', [ranked('cited', 1)], 'unverified'],
  ])('%s → %s', (_, quoted, checks, status) => {
    expect(claimStatus(quoted, checks)).toBe(status)
  })
})

describe('agreementOf: precision and tolerance edges', () => {
  it.each<[string, number, string]>([
    ['60.5', 60.5, 'equal'],
    ['60.5', 60.55, 'rounding'], // half-way, up
    ['60.5', 60.45, 'rounding'], // half-way, down
    ['60.5', 60.56, 'approximate'],
    ['68', 67.5, 'rounding'],
    ['68', 67.49, 'approximate'],
    ['1.3', 1.25, 'rounding'],
    ['1.3', 1.2, 'beyond'], // 8.3% above 1.2
    ['6', 5.5, 'rounding'],
    ['6', 5.4, 'beyond'], // 11.1% above 5.4
    ['105', 100, 'approximate'], // exactly 5%
    ['95', 100, 'approximate'],
    ['105.1', 100, 'beyond'],
    ['100', 105, 'approximate'], // 4.76% below 105
    ['100', 94.9, 'beyond'], // 5.37% above 94.9
    ['0', 0, 'equal'],
    ['1', 0, 'beyond'],
  ])('%s vs %d → %s', (quoted, value, agreement) => {
    expect(agreementOf(quoted, at('cited', value))).toBe(agreement)
  })

  it.each<[string, number | null, number | null, string]>([
    ['1.5', 1.4, 1.6, 'approximate'], // inside: consistent, but not pinned
    ['1.35', 1.4, 1.6, 'approximate'], // 3.6% below 1.4
    ['1.3', 1.4, 1.6, 'beyond'], // 7.1% below 1.4
    ['1.7', 1.4, 1.6, 'beyond'], // 6.25% above 1.6
    ['3', null, 3, 'approximate'], // "nearly three times": at most 3
    ['3.1', null, 3, 'approximate'],
    ['3.2', null, 3, 'beyond'],
    ['43000', 44000, null, 'approximate'], // 2.3% below "over 44,000"
  ])('%s against [%s, %s] → %s', (quoted, min, max, agreement) => {
    expect(agreementOf(quoted, between('cited', min, max))).toBe(agreement)
  })

  it('does not compare context figures, missing figures or empty ranges', () => {
    expect(agreementOf('10', at('context', 10))).toBeNull()
    expect(agreementOf('10', at('cited', null))).toBeNull()
    expect(agreementOf('10', between('cited', null, null))).toBeNull()
    expect(agreementOf('44,150', at('cited', 44150))).toBeNull()
  })
})

describe('claimStatus: properties', () => {
  // The statuses one cited point can give, closest first.
  const ORDER: readonly ClaimStatus[] = [
    'verified',
    'consistent-with-rounding',
    'approximately-consistent',
    'contradicted',
  ]
  const quoteArb = fc
    .tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 2 }))
    .map(([n, decimals]) => (n / 10 ** decimals).toFixed(decimals))

  it('is monotone in the distance: moving the data point away never improves the status', () => {
    fc.assert(
      fc.property(
        quoteArb,
        fc.boolean(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (quoted, above, a, b) => {
          const q = Number(quoted)
          // Fractions of the quote, so a point below stays positive.
          const [near, far] = a <= b ? [a, b] : [b, a]
          const point = (f: number) => (above ? q * (1 + f) : q * (1 - f * 0.99))
          const s1 = claimStatus(quoted, [at('cited', point(near))])
          const s2 = claimStatus(quoted, [at('cited', point(far))])
          expect(ORDER.indexOf(s1)).toBeLessThanOrEqual(ORDER.indexOf(s2))
        },
      ),
    )
  })

  it('never changes with revisions, other years or context figures', () => {
    const roleArb = fc.constantFrom<ClaimCheckRole>('revision', 'other-year', 'context')
    const checkArb = (roles: fc.Arbitrary<ClaimCheckRole>) =>
      fc
        .tuple(roles, fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null }))
        .map(([role, value]) => at(role, value))
    fc.assert(
      fc.property(
        quoteArb,
        fc.array(checkArb(fc.constantFrom<ClaimCheckRole>('cited', 'other-definition'))),
        fc.array(checkArb(roleArb)),
        (quoted, judged, shown) => {
          const status = claimStatus(quoted, judged)
          expect(CLAIM_STATUSES).toContain(status)
          expect(claimStatus(quoted, [...shown, ...judged, ...shown])).toBe(status)
        },
      ),
    )
  })
})
