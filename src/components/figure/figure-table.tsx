/** A figure's table as an accessible data table: the same numbers the chart draws. */
import { DataTable } from '../data-table'
import type { FigureCell, FigureColumn, FigureRow, FigureTable } from './figure-types'
import { formatValue, NO_DATA } from '../../lib/format'

/** The display text of a cell: the column's format, else the one number format, or the text. */
export function cellText(column: FigureColumn, value: FigureCell): string {
  if (column.format) return column.format(value)
  return typeof value === 'number' ? formatValue(value) : (value ?? NO_DATA)
}

export function FigureTableView({ table }: { readonly table: FigureTable }) {
  return (
    <DataTable
      caption={table.caption}
      rowHeaderLabel={table.rowHeader}
      rows={table.rows}
      rowKey={(r: FigureRow) => r.id}
      rowHeader={(r) => r.label}
      rowClassName={(r) =>
        r.aggregate ? 'row--aggregate' : r.highlighted ? 'row--selected' : undefined
      }
      columns={table.columns.map((c, i) => ({
        id: c.id,
        header: c.header,
        numeric: c.numeric,
        cell: (r: FigureRow) => cellText(c, r.cells[i] ?? null),
      }))}
    />
  )
}
