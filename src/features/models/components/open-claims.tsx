/** The open-access shares quoted in the debate, as claims with their status, beside the nearest verified figure. */
import type { Claim, Observation } from '../../../api/schemas'
import { DataTable } from '../../../components/data-table'
import { formatCount, formatPercent } from '../../../lib/format'
import { nearestVerified, openShareClaims, openShareInNote } from '../model/open-claims'
import { ClaimStatus } from './claim-status'

export function OpenClaims({
  claims,
  foundation,
}: {
  readonly claims: readonly Claim[]
  readonly foundation: readonly Observation[]
}) {
  const quoted = openShareClaims(claims)
  if (quoted.length === 0) return null
  const verified = nearestVerified(foundation)
  const share = openShareInNote(verified?.note ?? null)
  return (
    <section className="models-section" aria-labelledby="models-claims-h">
      <h3 id="models-claims-h" className="subhead">
        Quoted in the debate: open foundation models
      </h3>
      <div className="models-claims">
        <DataTable
          caption="Shares of open-access foundation models as quoted (claims, not data)"
          rowHeaderLabel="Quoted claim"
          rows={quoted}
          rowKey={(c) => c.id}
          rowHeader={(c) => c.statement}
          columns={[
            { id: 'v', header: 'Quoted', numeric: true, cell: (c) => formatPercent(c.value) },
            { id: 's', header: 'Status', cell: (c) => <ClaimStatus status={c.status} /> },
            { id: 'x', header: 'Cross-check', cell: (c) => c.crossCheck },
          ]}
        />
        <aside className="models-verified" aria-label="Nearest verified figure">
          <p className="models-verified__label">Nearest verified figure</p>
          {verified ? (
            <>
              <p className="models-verified__value">
                {share === null ? 'no data' : formatPercent(share)}{' '}
                <span className="muted">{`of the ${formatCount(verified.value)} foundation models of ${verified.year} were open`}</span>
              </p>
              <p className="muted models-small">
                {`All countries together, AI Index 2024: “${verified.note ?? ''}”. No share by country is published, so it neither confirms nor refutes the quoted shares.`}
              </p>
            </>
          ) : (
            <p>no data</p>
          )}
        </aside>
      </div>
    </section>
  )
}
