/**
 * Table builders shared by the panels' figures: one number format per cell, and the by-year
 * table of a lines chart (years across, one row per series, by name: not a ranking).
 */
import type { FigureTable } from '../components/figure/figure-types'
import { formatValue } from './format'
import { byName } from './table-order'

/** A table cell by the one number format (text cells as they are, gaps "no data"). */
export const cell =
  (format: (v: number | null) => string = formatValue) =>
  (v: number | string | null) =>
    typeof v === 'string' ? v : format(v)

/** One series of a lines chart: an entity's values, one per year of the table. */
export interface YearRow {
  readonly entityId: string
  readonly values: readonly (number | null)[]
}

/** Years across, one row per series, by name; the selected entity highlighted. */
export function yearTable(o: {
  readonly caption: string
  readonly years: readonly number[]
  readonly series: readonly YearRow[]
  readonly nameOf: (id: string) => string
  readonly format: (v: number | null) => string
  readonly selected: string | null
  readonly rowHeader: string
}): FigureTable {
  return {
    caption: o.caption,
    rowHeader: o.rowHeader,
    columns: o.years.map((y) => ({
      id: String(y),
      header: String(y),
      numeric: true,
      format: cell(o.format),
    })),
    rows: byName(o.series, (s) => o.nameOf(s.entityId)).map((s) => ({
      id: s.entityId,
      label: o.nameOf(s.entityId),
      cells: s.values,
      highlighted: s.entityId === o.selected,
    })),
  }
}
