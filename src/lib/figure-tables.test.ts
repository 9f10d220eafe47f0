import { describe, expect, it } from 'vitest'
import { cell, yearTable } from './figure-tables'
import { formatPercent } from './format'

const names: Record<string, string> = { CHE: 'Switzerland', SWE: 'Sweden', CAN: 'Canada' }

describe('yearTable', () => {
  const table = yearTable({
    caption: 'Share of AI publications',
    years: [2022, 2023],
    series: [
      { entityId: 'CHE', values: [1.2, null] },
      { entityId: 'SWE', values: [0.8, 0.9] },
      { entityId: 'CAN', values: [2.5, 2.4] },
    ],
    nameOf: (id) => names[id] ?? id,
    format: (v) => formatPercent(v),
    selected: 'SWE',
    rowHeader: 'Country',
  })

  it('puts the years across and the rows by name, not by code or value', () => {
    expect(table.columns.map((c) => c.header)).toEqual(['2022', '2023'])
    expect(table.rows.map((r) => r.label)).toEqual(['Canada', 'Sweden', 'Switzerland'])
    expect(table.rows.map((r) => r.highlighted)).toEqual([false, true, false])
    expect(table.rows[2]?.cells).toEqual([1.2, null])
  })

  it('formats each cell with the one number format; a gap reads "no data", text stays text', () => {
    const format = table.columns[0]?.format
    expect(format?.(2.5)).toBe(formatPercent(2.5))
    expect(format?.(null)).toBe(formatPercent(null))
    expect(formatPercent(null)).toMatch(/no data/i)
    expect(cell()('not published')).toBe('not published')
  })
})
