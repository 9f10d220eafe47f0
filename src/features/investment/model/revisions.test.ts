import type { EditionId, Observation } from '../../../api/schemas'
import { customBlocObservations } from './custom-bloc'
import { revisions } from './revisions'

const obs = (
  entityId: string,
  year: number,
  value: number | null,
  edition: EditionId = 'aiindex-2026',
): Observation => ({
  entityId,
  year,
  value,
  unit: 'US$ bn (nominal)',
  edition,
  sourceId: 's',
  origin: 'reported',
  period: null,
  note: null,
  coverage: null,
})

describe('revisions', () => {
  it('lists figures revised between editions, oldest first', () => {
    const byEdition = new Map<EditionId, Observation[]>([
      [
        'aiindex-2026',
        [
          obs('USA', 2023, 72.364764946, 'aiindex-2026'),
          obs('CHN', 2023, 9.468041482, 'aiindex-2026'),
        ],
      ],
      [
        'aiindex-2024',
        [obs('USA', 2023, 67.22, 'aiindex-2024'), obs('GBR', 2023, 3.78, 'aiindex-2024')],
      ],
    ])
    expect(revisions(byEdition, 2023)).toEqual([
      {
        entityId: 'USA',
        year: 2023,
        figures: [
          { edition: 'aiindex-2024', value: 67.22 },
          { edition: 'aiindex-2026', value: 72.364764946 },
        ],
      },
    ])
  })
})

describe('a user-defined bloc', () => {
  // Made-up round populations (millions): the coverage rule weighs members by their people.
  const people: Readonly<Record<string, number>> = {
    DEU: 84_000_000,
    FRA: 68_000_000,
    ITA: 59_000_000,
    ESP: 48_000_000,
  }
  const population = (id: string) => people[id] ?? null

  it('sums its reporting members when they hold two thirds of its people, and keeps the coverage', () => {
    const data = [
      obs('DEU', 2025, 3.885044997),
      obs('FRA', 2025, 4.364053412),
      obs('USA', 2025, 285.875311074),
    ]
    const [bloc] = customBlocObservations(
      data,
      { name: 'Franco-German', members: ['FRA', 'DEU', 'ITA'] },
      population,
    )
    // FRA + DEU: 152m of 211m people = 0.7204 ≥ 2/3.
    expect(bloc?.value).toBeCloseTo(8.249098409, 9)
    expect(bloc?.coverage).toEqual({
      reporting: 2,
      members: 3,
      missing: ['ITA'],
      reportingIds: ['FRA', 'DEU'],
      populationShare: 152 / 211,
      sufficient: true,
      populationYear: null,
    })
    expect(bloc?.origin).toBe('computed')
  })

  it('withholds the total when the reporting members hold less than two thirds', () => {
    const [bloc] = customBlocObservations(
      [obs('FRA', 2025, 4.364053412)],
      { name: 'Latin', members: ['FRA', 'ITA', 'ESP'] },
      population,
    )
    // FRA alone: 68m of 175m people = 0.3886 < 2/3.
    expect(bloc?.value).toBeNull()
    expect(bloc?.coverage).toMatchObject({
      reporting: 1,
      reportingIds: ['FRA'],
      populationShare: 68 / 175,
      sufficient: false,
    })
  })

  it('has no figure, not zero, when no member reports', () => {
    const [bloc] = customBlocObservations(
      [obs('USA', 2025, 1)],
      { name: 'Nordics', members: ['NOR', 'SWE'] },
      population,
    )
    expect(bloc?.value).toBeNull()
  })
})
