import type { Observation } from '../api/schemas'
import { wideRows } from './wide-rows'

const obs = (entityId: string, year: number, value: number | null): Observation => ({
  entityId,
  year,
  value,
  unit: 'models',
  edition: 'aiindex-2024',
  sourceId: 's',
  origin: 'reported',
  period: null,
  note: null,
  coverage: null,
})

describe('wideRows', () => {
  it('joins indicators per entity, with null for a missing cell, largest first', () => {
    const rows = wideRows(
      {
        notable: [obs('USA', 2023, 61), obs('CHN', 2023, 15), obs('USA', 2022, 1)],
        foundation: [obs('USA', 2023, 109), obs('WLD', 2023, 149)],
      },
      2023,
      () => true,
    )
    expect(rows).toEqual([
      { entityId: 'USA', values: { notable: 61, foundation: 109 } },
      { entityId: 'CHN', values: { notable: 15, foundation: null } },
      { entityId: 'WLD', values: { notable: null, foundation: 149 } },
    ])
  })

  it('lists explicitly picked entities without any figure as "no data" rows', () => {
    expect(
      wideRows({ notable: [obs('USA', 2023, 61)] }, 2023, (id) => id === 'USA', ['FRA']),
    ).toEqual([
      { entityId: 'USA', values: { notable: 61 } },
      { entityId: 'FRA', values: { notable: null } },
    ])
  })
})
