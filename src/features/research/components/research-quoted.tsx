/**
 * "Quoted in the debate" for the Research & talent panel: the quoted claims on publications and
 * citations, each with the quoted figure and its status, beside the figures they argue with.
 * Self-contained on purpose (one file): the shared list of quoted claims can replace it.
 */
import type { Claim } from '../../../api/schemas'
import { CLAIM_STATUS_LABEL } from '../../../domain/claims'
import { formatValue } from '../../../lib/format'

interface Props {
  /** The list's heading. */
  readonly title: string
  /** null while the claims load. */
  readonly claims: readonly Claim[] | null
}

/** The quoted figure as the claim writes it; a qualitative claim quotes none. */
function quotedValue(claim: Claim): string {
  if (claim.quoted !== null) return `${claim.quoted}${claim.unit ? ` ${claim.unit}` : ''}`
  if (claim.value !== null)
    return `${formatValue(claim.value)}${claim.unit ? ` ${claim.unit}` : ''}`
  return 'no figure quoted (a ranking claim)'
}

export function ResearchQuoted({ title, claims }: Props) {
  return (
    <section className="research-quoted" aria-label={title}>
      <h4 className="research-quoted__title">{title}</h4>
      {claims === null ? (
        <p className="research-quoted__note" role="status">
          Loading the quoted claims…
        </p>
      ) : claims.length === 0 ? (
        <p className="research-quoted__note">No quoted claim on these figures.</p>
      ) : (
        <ul className="research-quoted__list">
          {claims.map((c) => (
            <li key={c.id} className="research-quoted__claim" aria-label={c.statement}>
              <p className="research-quoted__statement">“{c.statement}”</p>
              <dl className="research-quoted__facts">
                <div>
                  <dt>Quoted</dt>
                  <dd>{quotedValue(c)}</dd>
                </div>
                <div>
                  <dt>Status</dt>
                  <dd>
                    <span className={`claim__status claim__status--${c.status}`}>
                      {CLAIM_STATUS_LABEL[c.status]}
                    </span>
                  </dd>
                </div>
              </dl>
              <p className="research-quoted__check">Curator’s note: {c.statusText}.</p>
              <p className="research-quoted__check">Cross-check: {c.crossCheck}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
