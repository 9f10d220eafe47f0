import fc from 'fast-check'
import { createRepository } from '../../../../mocks/service/repository'
import { sourcedDataset } from '../../../../mocks/service/sourced-dataset'
import type { EditionId, Observation } from '../../../api/schemas'
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
  const { claims } = createRepository(sourcedDataset).claims()
  it('draws each investment claim with a data point at its cited entity and year, checked against the edition it cites', () => {
    const drawn = claimAnnotations(claims, ['investment'])
    // "The EU invests 4% of what Washington provides" has no year and no data point: listed only.
    expect(drawn.map((a) => [a.id, a.number, a.entityId, a.year, a.claimed])).toEqual([
      ['us_private_inv_2023', 5, 'USA', 2023, 68],
      ['cn_private_inv_2023', 6, 'CHN', 2023, 8],
      ['eu_private_inv_2023', 7, 'eu27', 2023, 7],
    ])
    // The cited AI Index 2024 figures, never AI Index 2026's revision (72.364764946, 9.468041482).
    expect(drawn.map((a) => [a.cited.edition, a.cited.value])).toEqual([
      ['aiindex-2024', 67.22],
      ['aiindex-2024', 7.76],
      // Germany alone reports for EU-27 in 2023: the total is withheld, not 1.91.
      ['aiindex-2024', null],
    ])
    expect(drawn[2]?.cited.coverage).toMatchObject({ reportingIds: ['DEU'], sufficient: false })
  })
  it('ignores claims of other topics', () => {
    expect(claimAnnotations(claims, ['pledges'])).toEqual([])
    expect(claimAnnotations(claims, ['models']).map((a) => a.id)).toEqual([
      'us_notable_models_2023',
      'cn_notable_models_2023',
    ])
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
  it('puts each pledge beside its economy’s invested money; no horizon, a row without a bar', () => {
    const rows = [
      pledge('Stargate', 'USA', 500, 'USD', 4),
      pledge('InvestAI', 'eu27', 200, 'EUR', null),
      pledge('Factories', 'eu27', 10, 'EUR', 7),
      { ...pledge('Gigafactories', 'eu27', 20, 'EUR', null), partOf: 'InvestAI' },
    ].map((p) => annualise(p, 1.05))
    const bars = pledgeBars(
      rows,
      (id) =>
        id === 'USA'
          ? { value: 109.0773255, year: 2024, label: 'AI Index 2025' }
          : {
              value: null,
              year: 2024,
              label: 'AI Index 2025, sum of members: no member reports',
              withheld: 'no member reports (0 of 27)',
            },
      (id) => (id === 'USA' ? 'United States' : 'EU-27'),
    )
    // €10bn × 1.05 / 7 = 1.5 a year; the €20bn fund is part of InvestAI (in the table only).
    expect(bars.map((b) => [b.name, b.kind, b.value, b.missing])).toEqual([
      ['Stargate (someone): $500bn / 4 yrs', 'pledge', 125, null],
      ['United States invested, 2024', 'flow', 109.0773255, null],
      [
        'InvestAI (someone): €200bn',
        'pledge',
        null,
        'no horizon stated: not spread over guessed years',
      ],
      ['Factories (someone): €10bn / 7 yrs', 'pledge', 1.5, null],
      ['EU-27 invested, 2024', 'flow', null, 'no member reports (0 of 27)'],
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
