/**
 * A panel's "Quoted in the debate" list beside its figures, with its own boundary: while
 * /meta or /claims loads it shows a skeleton, and when one fails it says so with Retry, rather
 * than vanish. `claims` null: not loaded yet.
 */
import type { UseQueryResult } from '@tanstack/react-query'
import type { Claim } from '../../api/schemas'
import { QueryBoundary } from '../panel/query-boundary'
import { QuotedList, type QuotedLookups } from './quoted-list'

export function QuotedSection({
  lookups,
  queries,
  title,
  claims,
  note,
}: {
  readonly lookups: QuotedLookups
  /** The queries the list reads (/meta, /claims). */
  readonly queries: readonly UseQueryResult[]
  readonly title: string
  readonly claims: readonly Claim[] | null
  readonly note?: string
}) {
  return (
    <QueryBoundary queries={queries} label={title}>
      {() =>
        claims === null || !lookups.claimNames ? null : (
          <QuotedList
            title={title}
            claims={claims}
            numberOf={lookups.claimNumber}
            rule={lookups.statusRule}
            names={lookups.claimNames}
            note={note}
          />
        )
      }
    </QueryBoundary>
  )
}
