/**
 * What an export carries: the figure's text and table (raw values, null = no data) and the
 * view's context in words (filters, weights, the link that reopens it). Built by the figure
 * layer from props; nothing here reads a store or the DOM's data attributes.
 */
import type { FigureTable, FigureText } from '../../components/figure/figure-types'

/** The data behind a chart, as a table of raw values (null = no data). */
export interface ExportTable {
  readonly header: readonly string[]
  readonly rows: readonly (readonly (string | number | null)[])[]
}

export interface FigureExport {
  readonly text: FigureText
  readonly table: FigureTable
  /** The view's filters in words ("Region: EU-27 · Year: 2023"). */
  readonly filters: string
  /** The computed index's weights in words, or null when the defaults apply. */
  readonly weights: string | null
  /** The link that reopens the view. */
  readonly link: string
}

/** A figure's table as rows of raw values: the row header, then each column. */
export function exportTable(table: FigureTable): ExportTable {
  return {
    header: [table.rowHeader, ...table.columns.map((c) => c.header)],
    rows: table.rows.map((r) => [r.label, ...r.cells]),
  }
}
