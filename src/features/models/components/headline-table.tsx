/** The year's headline figures: notable and foundation models, granted patents, patents per 100k. */
import { DataTable, type Column } from '../../../components/data-table'
import { formatCount, formatNumber } from '../../../lib/format'
import type { WideRow } from '../../../lib/wide-rows'
import { perMillionFor, type PopulationLookup } from '../model/models-view'

type Key = 'notable' | 'foundation' | 'patents' | 'perCapita'
type Row = WideRow<Key>

export function HeadlineTable({
  rows,
  year,
  editionLabel,
  nameOf,
  selected,
  population,
}: {
  readonly rows: readonly Row[]
  readonly year: number
  readonly editionLabel: string
  readonly nameOf: (id: string) => string
  readonly selected: string | null
  /** Given when the view is per capita: adds notable models per million people. */
  readonly population: PopulationLookup | null
}) {
  const columns: Column<Row>[] = [
    {
      id: 'notable',
      header: 'Notable ML models',
      numeric: true,
      cell: (r) => formatCount(r.values.notable),
    },
    {
      id: 'foundation',
      header: 'Foundation models',
      numeric: true,
      cell: (r) => formatCount(r.values.foundation),
    },
    {
      id: 'patents',
      header: 'Granted AI patents',
      numeric: true,
      cell: (r) => formatCount(r.values.patents),
    },
    {
      id: 'perCapita',
      header: 'Patents per 100k',
      numeric: true,
      cell: (r) => formatNumber(r.values.perCapita),
    },
  ]
  if (population)
    columns.splice(1, 0, {
      id: 'notablePerMillion',
      header: 'Notable models per million people (computed here)',
      numeric: true,
      cell: (r) => formatNumber(perMillionFor(r.values.notable, r.entityId, year, population), 3),
    })
  return (
    <DataTable
      caption={`Models and granted AI patents in ${year}, ${editionLabel}`}
      rowHeaderLabel="Country or aggregate"
      rows={rows}
      rowKey={(r) => r.entityId}
      rowHeader={(r) => nameOf(r.entityId)}
      rowClassName={(r) => (r.entityId === selected ? 'row--selected' : undefined)}
      columns={columns}
    />
  )
}
