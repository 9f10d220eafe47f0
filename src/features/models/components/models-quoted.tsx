/**
 * The panel's "Quoted in the debate" lists, one beside each figure: the claims the placement
 * rule (domain/claim-placement) puts on those figures of this panel; `figures: null` lists the
 * claims placed in this panel with no figure of their own (none today).
 */
import { QuotedList } from '../../../components/claims/quoted-list'
import { claimsOfPanel, placeOf } from '../../../domain/claim-placement'
import type { ModelsModel } from '../model/models-view'

export function ModelsQuoted({
  model: m,
  title,
  figures,
  note,
}: {
  readonly model: ModelsModel
  readonly title: string
  readonly figures: readonly string[] | null
  readonly note?: string
}) {
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
}
