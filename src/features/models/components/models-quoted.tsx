/**
 * The panel's "Quoted in the debate" lists, one beside each figure: the claims the placement
 * rule (domain/claim-placement) puts on those figures of this panel; `figures: null` lists the
 * claims placed in this panel with no figure of their own (none today).
 */
import type { UseQueryResult } from '@tanstack/react-query'
import { QuotedSection } from '../../../components/claims/quoted-section'
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
  /** The queries the list reads (/meta, /claims). */
  readonly queries: readonly UseQueryResult[]
  readonly title: string
  readonly figures: readonly string[] | null
  readonly note?: string
}) {
  const claims = m.claims
    ? claimsOfPanel(m.claims, 'models').filter((c) => {
        const figure = placeOf(c).figure
        return figures === null ? figure === null : figure !== null && figures.includes(figure)
      })
    : null
  return <QuotedSection lookups={m} queries={queries} title={title} claims={claims} note={note} />
}
