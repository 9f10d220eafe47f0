/** Table alternatives of the panel's charts (same numbers as drawn, selected row marked). */
import { DataTable } from '../../../components/data-table'
import { formatNumber, NO_DATA } from '../../../lib/format'
import type { RankedEntry, Series } from '../model/models-view'

const mark = (selected: string | null) => (r: { entityId: string }) =>
  r.entityId === selected ? 'row--selected' : undefined

/** Years across, one row per series. */
export function seriesTable(
  title: string,
  years: readonly number[],
  series: readonly Series[],
  nameOf: (id: string) => string,
  digits: number,
  selected: string | null,
) {
  return (
    <DataTable
      caption={title}
      rowHeaderLabel="Country or region"
      rows={series}
      rowKey={(s) => s.entityId}
      rowHeader={(s) => nameOf(s.entityId)}
      rowClassName={mark(selected)}
      columns={years.map((y, i) => ({
        id: String(y),
        header: String(y),
        numeric: true,
        cell: (s: Series) => formatNumber(s.values[i], digits),
      }))}
    />
  )
}

const significant = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 })

/** Four significant digits, so a small rate (0.0003556 per 100k) never reads as 0. */
export function formatSignificant(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? NO_DATA
    : significant.format(value)
}

/** One value per entity, in the order given (digits null: four significant digits). */
export function entriesTable(
  caption: string,
  rows: readonly RankedEntry[],
  nameOf: (id: string) => string,
  header: string,
  digits: number | null,
  selected: string | null,
) {
  return (
    <DataTable
      caption={caption}
      rowHeaderLabel="Country"
      rows={rows}
      rowKey={(r) => r.entityId}
      rowHeader={(r) => nameOf(r.entityId)}
      rowClassName={mark(selected)}
      columns={[
        {
          id: 'v',
          header,
          numeric: true,
          cell: (r) =>
            digits === null ? formatSignificant(r.value) : formatNumber(r.value, digits),
        },
      ]}
    />
  )
}
