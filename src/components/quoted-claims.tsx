/**
 * Figures quoted in the debate about output, shown as claims with their status beside the
 * data they are checked against — never as data.
 */
import type { Claim } from '../api/schemas'
import { formatExact } from '../lib/format'

const STATUS_LABEL: Readonly<Record<Claim['status'], string>> = {
  verified: 'verified',
  'consistent-with-rounding': 'consistent with rounding',
  'approximately-consistent': 'approximately consistent',
  unverified: 'unverified',
  contradicted: 'contradicted',
  disputed: 'disputed',
}

export function QuotedClaims({
  claims,
  title,
}: {
  readonly claims: readonly Claim[]
  readonly title: string
}) {
  if (claims.length === 0) return null
  return (
    <section className="claims" aria-label={title}>
      <h3 className="subhead">{title}</h3>
      <ul className="claims__list">
        {claims.map((c) => (
          <li key={c.id} className="claim">
            <span className={`claim__status claim__status--${c.status}`}>
              {STATUS_LABEL[c.status]}
            </span>{' '}
            <q>{c.statement}</q>: <strong>{formatExact(c.value)}</strong> {c.unit}
            <span className="muted">
              {' '}
              — checked against:{' '}
              {c.checks.length > 0
                ? c.checks
                    .map(
                      (k) => `${k.label} = ${k.value === null ? 'no data' : formatExact(k.value)}`,
                    )
                    .join('; ')
                : c.crossCheck}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
