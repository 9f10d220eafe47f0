/** China's AI patents, 2023: the quoted (GVT) count and the AI Index 2026 counts, side by side. */
import type { Claim } from '../../../api/schemas'
import { DataTable } from '../../../components/data-table'
import { formatCount } from '../../../lib/format'
import { patentCounts } from '../model/patent-definitions'
import { ClaimStatus } from './claim-status'

export function PatentDefinitions({
  claims,
  nameOf,
}: {
  readonly claims: readonly Claim[]
  readonly nameOf: (id: string) => string
}) {
  const rows = patentCounts(claims)
  const claim = claims.find((c) => c.id === rows[0]?.id)
  if (rows.length === 0 || !claim) return null
  return (
    <div className="models-definitions">
      <DataTable
        caption="China’s AI patents in 2023: two definitions and editions, not reconciled"
        rowHeaderLabel="Figure"
        rows={rows}
        rowKey={(r) => r.id}
        rowHeader={(r) => r.label}
        columns={[
          {
            id: 'who',
            header: 'Country',
            cell: (r) => (r.entityId ? nameOf(r.entityId) : 'no data'),
          },
          { id: 'value', header: 'Patents', numeric: true, cell: (r) => formatCount(r.value) },
          {
            id: 'status',
            header: 'Status',
            cell: (r) => (r.status ? <ClaimStatus status={r.status} /> : 'published data'),
          },
          { id: 'detail', header: 'What it is', cell: (r) => r.detail },
        ]}
      />
      <p className="muted models-small">
        {`Cross-check: ${claim.crossCheck}. The quoted count's definition (grants or applications, office or inventor) is not published; the two are different measures, so neither corrects the other.`}
      </p>
    </div>
  )
}
