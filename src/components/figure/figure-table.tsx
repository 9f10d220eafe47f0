/** A figure's table as an accessible data table: the same numbers the chart draws. */
import { DataTable } from '../data-table'
import type { FigureCell, FigureColumn, FigureRow, FigureTable } from './figure-types'
import { formatValue, NO_DATA } from '../../lib/format'

/** The display text of a cell: the column's format, else the one number format, or the text. */
export function cellText(column: FigureColumn, value: FigureCell): string {
  if (column.format) return column.format(value)
  return typeof value === 'number' ? formatValue(value) : (value ?? NO_DATA)
}

export function FigureTableView({
  table,
  maxRows,
}: {
  readonly table: FigureTable
  /** Rows shown at most (a slide); the rest are counted under the table. */
  readonly maxRows?: number | undefined
}) {
  const rows = maxRows === undefined ? table.rows : table.rows.slice(0, maxRows)
  const more = table.rows.length - rows.length
  return (
    <>
      <DataTable
        caption={table.caption}
        rowHeaderLabel={table.rowHeader}
        rows={rows}
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
      {more > 0 ? (
        <p className="figure-table__more">
          … and {more} more {more === 1 ? 'row' : 'rows'} in the figure’s table export
        </p>
      ) : null}
    </>
  )
}
