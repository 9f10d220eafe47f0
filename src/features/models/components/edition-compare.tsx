/** AI Index 2026's 2025 counts twice: its public-data CSV and the values its charts print. */
import { DataTable } from '../../../components/data-table'
import type { Observation } from '../../../api/schemas'
import { formatCount } from '../../../lib/format'
import { compareEditions } from '../model/edition-compare'

const YEAR = 2025

export function EditionCompare({
  csv,
  charts,
  include,
  nameOf,
  selected,
}: {
  readonly csv: readonly Observation[]
  readonly charts: readonly Observation[]
  readonly include: (id: string) => boolean
  readonly nameOf: (id: string) => string
  readonly selected: string | null
}) {
  const rows = compareEditions(csv, charts, YEAR, include)
  if (rows.length === 0) return null
  return (
    <details className="models-compare">
      <summary>
        AI Index 2026 prints other {YEAR} counts on its charts than in its data files — both shown,
        neither corrected
      </summary>
      <DataTable
        caption={`Notable ML models in ${YEAR}: AI Index 2026 data file (CSV) and chart PDFs`}
        rowHeaderLabel="Country or region"
        rows={rows}
        rowKey={(r) => r.entityId}
        rowHeader={(r) => nameOf(r.entityId)}
        rowClassName={(r) => (r.entityId === selected ? 'row--selected' : undefined)}
        columns={[
          {
            id: 'csv',
            header: 'Data file (used in the charts above)',
            numeric: true,
            cell: (r) => formatCount(r.csv),
          },
          {
            id: 'charts',
            header: 'As printed on the charts',
            numeric: true,
            cell: (r) => formatCount(r.charts),
          },
          {
            id: 'diff',
            header: 'Charts − data file',
            numeric: true,
            cell: (r) =>
              r.difference === null
                ? 'no data'
                : `${r.difference > 0 ? '+' : ''}${formatCount(r.difference)}`,
          },
        ]}
      />
      <p className="muted models-small">
        The data files sum consistently to the cumulative totals (fig. 1.1.3) and look like an
        earlier Epoch AI snapshot; the report text follows the charts.
      </p>
    </details>
  )
}
