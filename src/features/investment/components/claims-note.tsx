/** Figures quoted in the debate, each with its status and the data point it is checked against. */
import { formatValue } from '../../../lib/format'
import { CLAIM_STATUS_LABEL } from '../../../domain/claims'
import type { ClaimAnnotation } from '../model/claim-annotations'

export function ClaimsNote({ claims }: { readonly claims: readonly ClaimAnnotation[] }) {
  if (claims.length === 0) return null
  return (
    <section className="claims" aria-label="Quoted in the debate: the investment gap">
      <h3 className="subhead">Quoted in the debate: the investment gap</h3>
      <ul className="claims__list">
        {claims.map((c, i) => (
          <li key={c.id} className="claim">
            <span className="muted">[{i + 1}]</span>{' '}
            <span className={`claim__status claim__status--${c.status}`}>
              {CLAIM_STATUS_LABEL[c.status]}
            </span>{' '}
            <q>{c.statement}</q>: about <strong>${String(c.claimed)}bn</strong>
            <span className="muted">
              {' '}
              — checked against {c.checkedAgainst.label} = {formatValue(c.checkedAgainst.value)} US$
              bn
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
