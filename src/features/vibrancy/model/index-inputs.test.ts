import type { EditionId, Observation } from '../../../api/schemas'
import { buildRawValues, referenceYear, unitOf } from './index-inputs'

const obs = (
  entityId: string,
  year: number,
  value: number | null,
  edition: EditionId = 'aiindex-2025',
  extra: Partial<Observation> = {},
): Observation => ({
  entityId,
  year,
  value,
  unit: 'US$ bn',
  edition,
  sourceId: `src-${edition}`,
  origin: 'reported',
  period: null,
  note: null,
  coverage: null,
  ...extra,
})

const countries = new Set(['USA', 'CHN', 'LUX', 'DEU'])
const options = {
  perCapita: false,
  population: () => null,
  maxYear: null,
  isCountry: (id: string) => countries.has(id),
  // The mechanics on four countries: no coverage threshold (tested on its own below).
  minCountries: () => 1,
}

describe('raw values', () => {
  const investment = [
    obs('USA', 2023, 60),
    obs('USA', 2024, 109.08),
    obs('CHN', 2024, 9.29),
    obs('LUX', 2024, null), // no data stays no data
    obs('WLD', 2025, 300), // an aggregate never sets the data year
    obs('DEU', 2024, 4, 'aiindex-2026'), // another edition is never mixed in
  ]

  it('takes the latest year with country data, from the one edition', () => {
    const { raw, used } = buildRawValues(
      [{ id: 'investment-latest', edition: 'aiindex-2025', observations: investment }],
      options,
    )
    expect(Object.fromEntries(raw.get('investment-latest') ?? [])).toEqual({
      USA: 109.08,
      CHN: 9.29,
    })
    expect(used).toEqual([
      {
        id: 'investment-latest',
        indicator: 'private-investment',
        edition: 'aiindex-2025',
        year: 2024,
        period: null,
        unit: 'US$ bn',
        sourceIds: ['src-aiindex-2025'],
        populationYear: null,
      },
    ])
    expect(referenceYear(used)).toBe(2024)
  })

  it('the Year filter caps the data year', () => {
    const { raw, used } = buildRawValues(
      [{ id: 'investment-latest', edition: 'aiindex-2025', observations: investment }],
      { ...options, maxYear: 2023 },
    )
    expect(Object.fromEntries(raw.get('investment-latest') ?? [])).toEqual({ USA: 60 })
    expect(used[0]?.year).toBe(2023)
    // Nothing up to 2022: the indicator drops out (and the disclosure says so).
    expect(
      buildRawValues(
        [{ id: 'investment-latest', edition: 'aiindex-2025', observations: investment }],
        { ...options, maxYear: 2022 },
      ).used,
    ).toEqual([])
  })

  it('per capita: US$ bn → US$ per person, counts → per million, per-100k untouched', () => {
    const population = (id: string, year: number) =>
      year === 2024 ? (({ USA: 340e6, LUX: 0.67e6 } as Record<string, number>)[id] ?? null) : null
    const { raw, used } = buildRawValues(
      [
        {
          id: 'investment-latest',
          edition: 'aiindex-2025',
          observations: [obs('USA', 2024, 109.08)],
        },
        {
          id: 'models-cumulative',
          edition: 'aiindex-2026',
          observations: [
            obs('USA', 2025, 1020, 'aiindex-2026', { unit: 'models', period: '2003-2025' }),
            obs('LUX', 2025, 2, 'aiindex-2026', { unit: 'models', period: '2003-2025' }),
            obs('CHN', 2025, 300, 'aiindex-2026', { unit: 'models', period: '2003-2025' }),
          ],
        },
        {
          id: 'patents-per-100k',
          edition: 'aiindex-2025',
          observations: [obs('LUX', 2023, 1.5, 'aiindex-2025', { unit: 'patents per 100k' })],
        },
      ],
      { ...options, perCapita: true, population },
    )
    // 109.08e9 / 340e6 = 320.82352941…; 1020e6 / 340e6 = 3; 2e6 / 0.67e6 = 2.98507…
    expect(raw.get('investment-latest')?.get('USA')).toBeCloseTo(320.8235294, 6)
    expect(raw.get('models-cumulative')?.get('USA')).toBe(3)
    expect(raw.get('models-cumulative')?.get('LUX')).toBeCloseTo(2.9850746, 6)
    // China has no population figure here: no per-capita figure, never zero.
    expect(raw.get('models-cumulative')?.get('CHN')).toBeNull()
    expect(raw.get('patents-per-100k')?.get('LUX')).toBe(1.5)
    // 2025 data uses 2024 population (WDI ends in 2024) — recorded for the disclosure.
    expect(used.map((u) => [u.id, u.unit, u.populationYear, u.period])).toEqual([
      ['investment-latest', 'US$ per person', null, null],
      ['patents-per-100k', 'patents per 100k', null, null],
      ['models-cumulative', 'models per million people', 2024, '2003-2025'],
    ])
  })

  it('coverage: a year needs enough countries, and a fixed-year release only the index year', () => {
    const companies = (year: number, ids: readonly string[]) =>
      ids.map((id) => obs(id, year, 10, 'aiindex-2026', { unit: 'companies' }))
    const ten = ['USA', 'CHN', 'LUX', 'DEU', 'FRA', 'GBR', 'IND', 'JPN', 'KOR', 'CAN']
    const all = new Set([...ten, 'WLD'])
    // The declared thresholds (investment 5 countries, newly funded companies 10).
    const wide = {
      perCapita: false,
      population: () => null,
      isCountry: (id: string) => all.has(id) && id !== 'WLD',
    }
    const columns = [
      {
        id: 'investment-latest',
        edition: 'aiindex-2026' as const,
        // Five countries in 2021 and 2024; the US and China alone in 2023.
        observations: [
          ...[2021, 2024].flatMap((y) =>
            ten.slice(0, 5).map((id) => obs(id, y, 50, 'aiindex-2026')),
          ),
          obs('USA', 2023, 60, 'aiindex-2026'),
          obs('CHN', 2023, 9, 'aiindex-2026'),
        ],
      },
      {
        id: 'newly-funded',
        edition: 'aiindex-2026' as const,
        // 2025: ten countries; 2024: the US and China only.
        observations: [...companies(2024, ['USA', 'CHN']), ...companies(2025, ten)],
      },
      {
        id: 'gvt-investment',
        edition: 'gvt-2022' as const,
        observations: ten.map((id) => obs(id, 2021, 1e9, 'gvt-2022')),
      },
      {
        id: 'gvt-journal',
        edition: 'gvt-2022' as const,
        observations: [obs('USA', 2020, 7, 'gvt-2022'), obs('USA', 2021, 8, 'gvt-2022')],
      },
    ]
    const at = (maxYear: number | null) =>
      buildRawValues(columns, { ...wide, maxYear }).used.map((u) => [u.id, u.year])
    expect(at(null)).toEqual([
      ['investment-latest', 2024],
      ['newly-funded', 2025],
    ])
    // Up to 2024 newly funded companies cover two countries: not used. GVT 2022 has no 2024.
    expect(at(2024)).toEqual([['investment-latest', 2024]])
    // 2023 has the US and China alone: the latest year with five countries is 2021, and the
    // GVT 2022 investment does not count a second time beside it.
    expect(at(2023)).toEqual([
      ['investment-latest', 2021],
      ['gvt-journal', 2021],
    ])
    // Without the AI Index investment, the GVT 2022 release's stands in for it.
    const postings = {
      id: 'job-postings',
      edition: 'aiindex-2026' as const,
      observations: ten.map((id) => obs(id, 2021, 1.5, 'aiindex-2026')),
    }
    expect(
      buildRawValues([...columns.filter((c) => c.id !== 'investment-latest'), postings], {
        ...wide,
        maxYear: 2021,
      }).used.map((u) => u.id),
    ).toEqual(['job-postings', 'gvt-investment', 'gvt-journal'])
    expect(at(2021)).toEqual([
      ['investment-latest', 2021],
      ['gvt-journal', 2021],
    ])
  })

  it.each([
    ['per-person', 'US$ bn', true, 'US$ per person'],
    ['per-million', 'models', true, 'models per million people'],
    ['already', 'patents per 100k', true, 'patents per 100k'],
    ['per-person', 'US$ bn', false, 'US$ bn'],
  ] as const)('unit of %s %s (per capita %s) is %s', (rule, unit, perCapita, expected) => {
    expect(unitOf(rule, unit, perCapita)).toBe(expected)
  })
})
