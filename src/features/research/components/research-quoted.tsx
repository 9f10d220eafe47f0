/**
 * "Quoted in the debate" for the Research & talent panel: the shared list of quoted claims,
 * with the claims the placement rule puts beside one of its figures (publications, citations).
 */
import type { UseQueryResult } from '@tanstack/react-query'
import type { Claim } from '../../../api/schemas'
import { QuotedList } from '../../../components/claims/quoted-list'
import { QueryBoundary } from '../../../components/panel/query-boundary'
import type { ResearchModel } from '../model/research-view'

export function ResearchQuoted({
  model: m,
  queries,
  title,
  claims,
}: {
  readonly model: ResearchModel
  /** The queries the list reads (/meta, /claims): when one fails, the list says so, with Retry. */
  readonly queries: readonly UseQueryResult[]
  readonly title: string
  /** null while the claims load. */
  readonly claims: readonly Claim[] | null
}) {
  return (
    <QueryBoundary queries={queries} label={title}>
      {() =>
        claims === null || !m.claimNames ? null : (
          <QuotedList
            title={title}
            claims={claims}
            numberOf={m.claimNumber}
            rule={m.statusRule}
            names={m.claimNames}
          />
        )
      }
    </QueryBoundary>
  )
}
