// @vitest-environment node
/** The diff of two vintages of a series, and how the report prints it (exact text). */
import { diffSeries, isUnchanged, type Points } from './diff'
import { renderSeries, yearRanges, type ReportContext } from './report'

const points = (rows: Record<string, Record<number, number>>): Points =>
  new Map(
    Object.entries(rows).map(([id, years]) => [
      id,
      new Map(Object.entries(years).map(([y, v]) => [Number(y), v])),
    ]),
  )

const OLD = points({
  USA: { 2022: 334017321, 2023: 336806231, 2024: 340110988 },
  DEU: { 2022: 83177813, 2023: 83287273, 2024: 83516593 },
  ABW: { 2022: 107310, 2023: 107359 },
})
const NEW = points({
  USA: { 2022: 334017321, 2023: 336806232, 2024: 340110988, 2025: 342034432 },
  DEU: { 2022: 83177813, 2024: 83516593 },
  WLD: { 2024: 8141808945, 2025: 8205000000 },
})
const EDITIONS = { old: 'wdi', new: 'wdi-2025-07' }

describe('diffSeries', () => {
  const d = diffSeries('population', EDITIONS, OLD, NEW)

  it('finds years and entities added and dropped', () => {
    expect(d.oldYears).toEqual([2022, 2023, 2024])
    expect(d.newYears).toEqual([2022, 2023, 2024, 2025])
    expect(d.yearsAdded).toEqual([2025])
    expect(d.yearsDropped).toEqual([])
    expect(d.entitiesAdded).toEqual(['WLD'])
    expect(d.entitiesDropped).toEqual(['ABW'])
    expect([d.oldEntities, d.newEntities, d.oldFigures, d.newFigures]).toEqual([3, 3, 8, 8])
  })

  it('reports a revision old → new, a withdrawn figure and the figures of added years', () => {
    expect(d.revised).toEqual([{ entityId: 'USA', year: 2023, old: 336806231, new: 336806232 }])
    expect(d.withdrawn).toEqual([{ entityId: 'DEU', year: 2023, old: 83287273, new: null }])
    expect(d.filled).toEqual([])
    // USA 2025; WLD's are counted with the entity it belongs to
    expect(d.figuresInAddedYears).toBe(1)
    expect(d.figuresOfAddedEntities).toBe(2)
    expect(isUnchanged(d)).toBe(false)
  })

  it('fills a gap and compares exactly (no tolerance)', () => {
    const before = points({ CHN: { 2022: 0.1 + 0.2, 2023: 8.419883187 } })
    const after = points({ CHN: { 2022: 0.3, 2023: 8.419883187 }, GBR: { 2023: 5.12 } })
    const gap = diffSeries(
      'x',
      EDITIONS,
      points({ CHN: { 2023: 1 }, DEU: { 2022: 2 } }),
      points({ CHN: { 2022: 3, 2023: 1 }, DEU: { 2022: 2 } }),
    )
    expect(gap.filled).toEqual([{ entityId: 'CHN', year: 2022, old: null, new: 3 }])
    expect(diffSeries('x', EDITIONS, before, after).revised).toEqual([
      { entityId: 'CHN', year: 2022, old: 0.30000000000000004, new: 0.3 },
    ])
  })

  it('is unchanged only when every figure is the same', () => {
    expect(isUnchanged(diffSeries('x', EDITIONS, OLD, OLD))).toBe(true)
  })
})

describe('the report', () => {
  it('prints years as ranges', () => {
    expect(yearRanges([2010, 2011, 2012, 2015, 2017, 2018])).toBe('2010–2012, 2015, 2017–2018')
    expect(yearRanges([])).toBe('none')
  })

  it('prints a series diff with every figure exactly as served', () => {
    const ctx: ReportContext = {
      retrievedAt: '2026-12-03T09:30:00.000Z',
      from: 'recorded responses',
      dryRun: true,
      names: new Map([
        ['USA', 'United States'],
        ['DEU', 'Germany'],
        ['WLD', 'World'],
      ]),
      indicators: new Map([['population', 'Population']]),
    }
    expect(renderSeries(diffSeries('population', EDITIONS, OLD, NEW), ctx).join('\n')).toBe(
      [
        '### Population (`population`): `wdi` → `wdi-2025-07`',
        '',
        '| | `wdi` | `wdi-2025-07` |',
        '| --- | --- | --- |',
        '| years with data | 2022–2024 | 2022–2025 |',
        '| entities with data | 3 | 3 |',
        '| figures | 8 | 8 |',
        '',
        '**Years added:** 2025 (1 figure for entities already there)',
        '',
        '**Years dropped:** none',
        '',
        '**Entities added (1, 2 figures):** World (WLD)',
        '',
        '**Entities dropped (1):** ABW',
        '',
        '**Figures revised (1):**',
        '',
        '| entity | year | `wdi` | `wdi-2025-07` |',
        '| --- | ---: | ---: | ---: |',
        '| United States (USA) | 2023 | 336806231 | 336806232 |',
        '',
        '**Figures withdrawn (1):**',
        '',
        '| entity | year | `wdi` | `wdi-2025-07` |',
        '| --- | ---: | ---: | ---: |',
        '| Germany (DEU) | 2023 | 83287273 | no data |',
        '',
        '**Gaps filled:** none',
        '',
      ].join('\n'),
    )
  })
})
