/**
 * An accessible data table: caption, column headers, row headers, numeric columns aligned.
 * Cell content is rendered as text (React escapes it), so names from data cannot inject markup.
 */
import { useId, type ReactNode } from 'react'

export interface Column<Row> {
  readonly id: string
  readonly header: string
  readonly numeric?: boolean
  readonly cell: (row: Row) => ReactNode
}

interface DataTableProps<Row> {
  readonly caption: ReactNode
  readonly columns: readonly Column<Row>[]
  readonly rows: readonly Row[]
  readonly rowKey: (row: Row) => string
  /** Header cell of each row (e.g. the country name). */
  readonly rowHeader: (row: Row) => ReactNode
  readonly rowHeaderLabel: string
  readonly rowClassName?: (row: Row) => string | undefined
}

export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  rowHeader,
  rowHeaderLabel,
  rowClassName,
}: DataTableProps<Row>) {
  const captionId = useId()
  // The wrapper scrolls when the table is wider or taller than its box, so it is a named
  // region with a tab stop: keyboard users can scroll it (axe "scrollable-region-focusable").
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeaderLabel}</th>
            {columns.map((c) => (
              <th key={c.id} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              <th scope="row">{rowHeader(row)}</th>
              {columns.map((c) => (
                <td key={c.id} className={c.numeric ? 'num' : undefined}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
