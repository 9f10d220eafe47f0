/** The year's headline figures: notable and foundation models, granted patents, patents per 100k. */
import { DataTable } from '../../../components/data-table'
import { formatCount, formatNumber } from '../../../lib/format'
import type { WideRow } from '../../../lib/wide-rows'

type Key = 'notable' | 'foundation' | 'patents' | 'perCapita'

export function HeadlineTable({
  rows,
  year,
  editionLabel,
  nameOf,
  selected,
}: {
  readonly rows: readonly WideRow<Key>[]
  readonly year: number
  readonly editionLabel: string
  readonly nameOf: (id: string) => string
  readonly selected: string | null
}) {
  return (
    <DataTable
      caption={`Models and granted AI patents in ${year}, ${editionLabel}`}
      rowHeaderLabel="Country or aggregate"
      rows={rows}
      rowKey={(r) => r.entityId}
      rowHeader={(r) => nameOf(r.entityId)}
      rowClassName={(r) => (r.entityId === selected ? 'row--selected' : undefined)}
      columns={[
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
      ]}
    />
  )
}
