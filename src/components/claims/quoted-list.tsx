/**
 * "Quoted in the debate": claims listed beside the figure they belong to, each with its number
 * (the one its chart marker carries), status, the statement and the figure as quoted, the data
 * point it is checked against with its edition, the revision in the current edition, the other
 * figures set beside it, its sources and a link to the view where it is checked; and once, the
 * rule that gives the statuses. Store-free: the panel (or the Research section) passes the
 * claims it shows and the lookups to word them. A claim is a quote with a status, never data.
 */
import { memo, useId, type ReactNode } from 'react'
import type { Claim } from '../../api/schemas'
import { citedCheck, claimHref, claimView } from '../../domain/claim-placement'
import { CLAIM_AGREEMENT_LABEL } from '../../domain/claims'
import {
  CHECK_ROLE_TEXT,
  checkText,
  claimViewText,
  quotedText,
  revisionText,
} from '../../lib/claims'
import { sourcesOf, type SourceInfo } from '../../lib/sources'
import { SourceLinks } from '../source-links'
import { ClaimStatusBadge } from './claim-status-badge'
import { StatusRule } from './status-rule'

export interface ClaimNames {
  readonly entity: (id: string) => string
  readonly edition: (id: string) => string
  readonly source: (id: string) => SourceInfo | undefined
}

/** What a panel model carries for its quoted lists (built by queries/panel-lookups). */
export interface QuotedLookups {
  /** A claim's number, the same in every list, marker and the scorecard. */
  readonly claimNumber: (id: string) => number | null
  /** The claim-status rule as /meta states it. */
  readonly statusRule: string | null
  readonly claimNames: ClaimNames | null
}

export interface QuotedListProps {
  /** "Quoted in the debate: private investment". */
  readonly title: string
  readonly claims: readonly Claim[]
  /** Each claim's number, the same on chart markers and in the scorecard. */
  readonly numberOf: (id: string) => number | null
  /** The status rule's text (/meta rules.claimStatus); null while it loads. */
  readonly rule: string | null
  readonly names: ClaimNames
  /** A line under the title (what the markers are, where the list will move). */
  readonly note?: ReactNode
}

export function QuotedList({ title, claims, numberOf, rule, names, note }: QuotedListProps) {
  const headingId = useId()
  if (claims.length === 0) return null
  return (
    <section className="quoted" aria-labelledby={headingId}>
      <h3 id={headingId} className="subhead">
        {title}
      </h3>
      {note ? <p className="quoted__note muted">{note}</p> : null}
      <ol className="quoted__list" aria-labelledby={headingId}>
        {claims.map((c) => (
          <QuotedEntry key={c.id} claim={c} number={numberOf(c.id)} names={names} />
        ))}
      </ol>
      <StatusRule rule={rule} />
    </section>
  )
}

interface EntryProps {
  readonly claim: Claim
  readonly number: number | null
  readonly names: ClaimNames
}

/**
 * An entry reads only its claim, its number and the three lookups, which do not change with the
 * filters: a panel re-rendered for a new year or region leaves its quoted entries as they are.
 */
const QuotedEntry = memo(
  QuotedEntryView,
  (a: EntryProps, b: EntryProps) =>
    a.claim === b.claim &&
    a.number === b.number &&
    a.names.entity === b.names.entity &&
    a.names.edition === b.names.edition &&
    a.names.source === b.names.source,
)

function QuotedEntryView({ claim, number, names }: EntryProps) {
  const quoted = quotedText(claim)
  const cited = citedCheck(claim)
  const revised = revisionText(claim.revision, names.edition)
  const others = claim.checks.filter((k) => k.role !== 'cited' && k.role !== 'revision')
  const sources = sourcesOf(
    [claim.sourceId, ...claim.checks.filter((k) => k.kind === 'external').map((k) => k.sourceId)],
    names.source,
  )
  const where = claimViewText(claimView(claim), names)
  return (
    <li id={`claim-${claim.id}`} className="quoted__entry">
      <p className="quoted__claim">
        {number === null ? null : <span className="quoted__number">[{number}]</span>}{' '}
        <ClaimStatusBadge status={claim.status} /> <q>{claim.statement}</q>
        {quoted === null ? null : (
          <>
            {' '}
            — quoted: <strong>{quoted}</strong>
          </>
        )}
      </p>
      <p className="quoted__check">
        {cited ? (
          <>
            Checked against {checkText(cited, names.entity)}
            {cited.agreement ? ` (${CLAIM_AGREEMENT_LABEL[cited.agreement]})` : ''}
          </>
        ) : (
          <>No data point in what it cites{claim.crossCheck ? ` — ${claim.crossCheck}` : ''}</>
        )}
      </p>
      {revised ? <p className="quoted__revision">Revised: {revised}</p> : null}
      {others.length > 0 ? (
        <details className="quoted__others">
          <summary>
            {others.length} other {others.length === 1 ? 'figure' : 'figures'} set beside it
          </summary>
          <ul>
            {others.map((k, i) => (
              <li key={`${k.label}-${String(i)}`}>
                {checkText(k, names.entity)}{' '}
                <span className="muted">
                  — {CHECK_ROLE_TEXT[k.role]}
                  {k.agreement ? `, ${CLAIM_AGREEMENT_LABEL[k.agreement]}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="quoted__sources muted">
        Sources: <SourceLinks sources={sources} /> ·{' '}
        <a href={claimHref(claim)} data-view-link="">
          {where ? `Open where it is checked (${where})` : 'Open its figure'}
        </a>
      </p>
    </li>
  )
}
