/**
 * The panel's "Quoted in the debate" lists, one beside each figure: the claims the placement
 * rule (domain/claim-placement) puts on those figures of this panel; `figures: null` lists the
 * claims placed in this panel with no figure of their own (none today).
 */
import type { UseQueryResult } from '@tanstack/react-query'
import { QuotedList } from '../../../components/claims/quoted-list'
import { QueryBoundary } from '../../../components/panel/query-boundary'
import { claimsOfPanel, placeOf } from '../../../domain/claim-placement'
import type { ModelsModel } from '../model/models-view'

export function ModelsQuoted({
  model: m,
  queries,
  title,
  figures,
  note,
}: {
  readonly model: ModelsModel
  /** The queries the list reads (/meta, /claims): when one fails, the list says so, with Retry. */
  readonly queries: readonly UseQueryResult[]
  readonly title: string
  readonly figures: readonly string[] | null
  readonly note?: string
}) {
  return (
    <QueryBoundary queries={queries} label={title}>
      {() => {
        if (!m.claims || !m.claimNames) return null
        const claims = claimsOfPanel(m.claims, 'models').filter((c) => {
          const figure = placeOf(c).figure
          return figures === null ? figure === null : figure !== null && figures.includes(figure)
        })
        return (
          <QuotedList
            title={title}
            claims={claims}
            numberOf={m.claimNumber}
            rule={m.statusRule}
            names={m.claimNames}
            note={note}
          />
        )
      }}
    </QueryBoundary>
  )
}
