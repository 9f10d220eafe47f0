import fc from 'fast-check'
import type { Claim, EditionId, Observation } from '../../../api/schemas'
import { claimAnnotations } from './claim-annotations'
import { customBlocObservations } from './custom-bloc'
import { trendUnit, yearUnit } from './labels'
import { annualise, pledgeBars } from './pledges'
import { pointKey, revisedSincePrevious, revisionText } from './revisions'

const obs = (entityId: string, year: number, value: number | null, edition: EditionId) =>
  ({
    entityId,
    year,
    value,
    unit: 'US$ bn',
    edition,
    sourceId: 's',
    origin: 'reported',
    period: null,
    note: null,
    coverage: null,
  }) satisfies Observation

// Figures as in mocks/data/observations.ts (private-investment).
const byEdition = new Map<EditionId, Observation[]>([
  [
    'aiindex-2024',
    [obs('USA', 2023, 67.22, 'aiindex-2024'), obs('GBR', 2023, 3.78, 'aiindex-2024')],
  ],
  ['aiindex-2025', [obs('USA', 2024, 109.0773255, 'aiindex-2025')]],
  [
    'aiindex-2026',
    [
      obs('USA', 2023, 72.364764946, 'aiindex-2026'),
      obs('USA', 2024, 109.547864789, 'aiindex-2026'),
      obs('USA', 2025, 285.875311074, 'aiindex-2026'),
    ],
  ],
])

describe('revisedSincePrevious', () => {
  it('marks points that differ from the newest earlier edition reporting them', () => {
    const marks = revisedSincePrevious(byEdition, 'aiindex-2026')
    expect([...marks.keys()].sort()).toEqual(['USA|2023', 'USA|2024'])
    expect(marks.get(pointKey('USA', 2023))).toEqual({
      previous: { edition: 'aiindex-2024', value: 67.22 },
      current: 72.364764946,
    })
    expect(marks.get(pointKey('USA', 2024))?.previous).toEqual({
      edition: 'aiindex-2025',
      value: 109.0773255,
    })
    expect(revisionText(marks.get('USA|2023'), (e) => e.replace('aiindex-', 'AI Index '))).toBe(
      'US$ bn figure revised from 67.22 (AI Index 2024) to 72.364764946',
    )
  })

  it('has nothing to mark in the oldest edition, or for first-time figures', () => {
    expect(revisedSincePrevious(byEdition, 'aiindex-2024').size).toBe(0)
    expect(revisedSincePrevious(byEdition, 'aiindex-2026').has('USA|2025')).toBe(false)
    expect(revisionText(undefined, String)).toBeNull()
  })
})

describe('claimAnnotations', () => {
  const check = (edition: EditionId, value: number) => ({
    kind: 'indicator' as const,
    role: edition === 'aiindex-2024' ? ('cited' as const) : ('revision' as const),
    label: `${edition}: United States 2023`,
    indicatorId: 'private-investment' as const,
    entityId: 'USA',
    year: 2023,
    edition,
    pledgeId: null,
    value,
    unit: 'US$ bn',
    sourceId: 's',
    range: null,
    quote: null,
    coverage: null,
    ratio: null,
    comparison: null,
    agreement: null,
  })
  const claim: Claim = {
    id: 'us_private_inv_2023',
    statement: 'US AI private investment, 2023',
    value: 68,
    quoted: '68',
    unit: 'USD bn (about)',
    year: 2023,
    topic: 'investment',
    status: 'consistent-with-rounding',
    statusText: '',
    crossCheck: '',
    seenInPublicCopy: '',
    sourceId: 's',
    checks: [check('aiindex-2024', 67.22), check('aiindex-2026', 72.364764946)],
    revision: null,
  }
  it('checks a claim against the selected edition when it can, else the newest check', () => {
    expect(claimAnnotations([claim], 'aiindex-2024')[0]?.checkedAgainst.value).toBe(67.22)
    expect(claimAnnotations([claim], 'aiindex-2025')[0]?.checkedAgainst.value).toBe(72.364764946)
    expect(claimAnnotations([claim], 'aiindex-2026')[0]).toMatchObject({
      entityId: 'USA',
      year: 2023,
      claimed: 68,
      status: 'consistent-with-rounding',
    })
  })
  it('ignores claims of other panels', () => {
    expect(claimAnnotations([{ ...claim, id: 'cn_ai_patents_2023' }], 'aiindex-2026')).toEqual([])
  })
})

describe('pledgeBars', () => {
  const pledge = (
    id: string,
    economyId: string,
    amount: number,
    currency: 'USD' | 'EUR',
    years: number | null,
  ) => ({
    id,
    date: '2025-01-21',
    actor: `${id} (someone)`,
    economyId,
    amount,
    currency,
    scale: 'bn' as const,
    horizonYears: years,
    horizonText: years === null ? '' : String(years),
    description: '',
    aiOnly: true,
    funding: 'private' as const,
    partOf: null,
    sourceId: 's',
  })
  it('puts each annualised pledge beside its economy’s invested money; no horizon, no bar', () => {
    const rows = [
      pledge('Stargate', 'USA', 500, 'USD', 4),
      pledge('InvestAI', 'eu27', 200, 'EUR', null),
      pledge('Factories', 'eu27', 10, 'EUR', 7),
    ].map((p) => annualise(p, 1.05))
    const bars = pledgeBars(
      rows,
      (id) => (id === 'USA' ? { value: 109.0773255, year: 2024, label: 'AI Index 2025' } : null),
      (id) => (id === 'USA' ? 'United States' : 'EU-27'),
    )
    expect(bars.map((b) => [b.name, b.kind, b.value])).toEqual([
      ['Stargate: $500bn / 4 yrs', 'pledge', 125],
      ['United States invested, 2024', 'flow', 109.0773255],
      ['Factories: €10bn / 7 yrs', 'pledge', 1.5],
    ])
  })
})

describe('labels', () => {
  it('always names the price basis, and says what is computed here', () => {
    expect(yearUnit('absolute', 'nominal')).toBe('US$ bn, nominal US$')
    expect(yearUnit('per-capita', 'real')).toBe('US$ per person, constant 2021 US$')
    const base = {
      norm: 'absolute',
      price: 'nominal',
      cumulative: false,
      base: null,
      log: false,
      firstYear: 2013,
    } as const
    expect(trendUnit({ ...base, log: true })).toBe('US$ bn, nominal US$, log scale')
    expect(trendUnit({ ...base, cumulative: true })).toBe(
      'US$ bn, nominal US$, cumulative from 2013 (computed here)',
    )
    expect(trendUnit({ ...base, base: 2015 })).toBe(
      'index, 2015 = 100 (computed here) of US$ bn, nominal US$',
    )
  })
})

describe('a user-defined bloc (property)', () => {
  it('shows the sum of its reporting members only when they hold two thirds of its people', () => {
    const ids = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF']
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 1e3, noNaN: true }), { nil: null }), {
          minLength: ids.length,
          maxLength: ids.length,
        }),
        fc.array(fc.integer({ min: 1, max: 1e9 }), {
          minLength: ids.length,
          maxLength: ids.length,
        }),
        fc.subarray(ids, { minLength: 1 }),
        (values, people, members) => {
          const data = ids.map((id, i) => obs(id, 2024, values[i] ?? null, 'aiindex-2025'))
          const population = (id: string) => people[ids.indexOf(id)] ?? null
          const [bloc] = customBlocObservations(data, { name: 'B', members }, population)
          const reporting = members.filter((id) => values[ids.indexOf(id)] != null)
          const sum = reporting.reduce((t, id) => t + (values[ids.indexOf(id)] ?? 0), 0)
          const held = reporting.reduce((t, id) => t + (population(id) ?? 0), 0)
          const total = members.reduce((t, id) => t + (population(id) ?? 0), 0)
          const share = reporting.length === members.length ? 1 : held / total
          expect(bloc?.coverage).toEqual({
            reporting: reporting.length,
            members: members.length,
            missing: members.filter((id) => !reporting.includes(id)),
            reportingIds: reporting,
            populationShare: share,
            sufficient: reporting.length > 0 && share >= 2 / 3,
            populationYear: null,
          })
          if (reporting.length === 0 || share < 2 / 3) expect(bloc?.value).toBeNull()
          else expect(bloc?.value).toBeCloseTo(sum, 6)
        },
      ),
    )
  })
})
