// @vitest-environment node
/** The observations module's format: runs of rows, expanded back to the same observations. */
import { expandObservations } from '../../mocks/data/expand-observations'
import type { FixtureObservation } from '../../mocks/data/types'
import { observationSeries } from './observations'

const obs = (
  indicatorId: FixtureObservation['indicatorId'],
  entityId: string,
  year: number,
  value: number | null,
  sourceId: string,
  note: string | null,
): FixtureObservation => ({
  indicatorId,
  entityId,
  year,
  value,
  edition: 'aiindex-2026',
  sourceId,
  period: null,
  note,
})

describe('observation series', () => {
  const list = [
    obs('notable-models', 'CHN', 2024, 150, 'fig-1-1-2', 'Epoch AI'),
    obs('notable-models', 'CHN', 2025, 161, 'fig-1-1-2', 'Epoch AI'),
    obs('notable-models', 'DEU', 2025, 120, 'chart-fig-1-1-1', null),
    obs('notable-models', 'USA', 2025, null, 'fig-1-1-2', 'Epoch AI'),
  ]

  it('starts a run whenever indicator, edition or source changes, storing each note once', () => {
    expect(observationSeries(list)).toEqual([
      {
        indicatorId: 'notable-models',
        edition: 'aiindex-2026',
        sourceId: 'fig-1-1-2',
        notes: ['Epoch AI'],
        rows: [
          ['CHN', 2024, 150, null, 0],
          ['CHN', 2025, 161, null, 0],
        ],
      },
      {
        indicatorId: 'notable-models',
        edition: 'aiindex-2026',
        sourceId: 'chart-fig-1-1-1',
        notes: [],
        rows: [['DEU', 2025, 120, null, null]],
      },
      {
        indicatorId: 'notable-models',
        edition: 'aiindex-2026',
        sourceId: 'fig-1-1-2',
        notes: ['Epoch AI'],
        rows: [['USA', 2025, null, null, 0]],
      },
    ])
  })

  it('expands back to the same observations in the same order, nulls kept', () => {
    expect(expandObservations(observationSeries(list))).toEqual(list)
  })

  it('refuses a row naming a note the run does not have', () => {
    const [run] = observationSeries(list.slice(0, 1))
    if (run === undefined) throw new Error('no run')
    expect(() => expandObservations([{ ...run, notes: [] }])).toThrow(/no note 0/)
  })
})
