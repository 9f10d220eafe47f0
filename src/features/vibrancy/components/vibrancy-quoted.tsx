/**
 * The panel's "Quoted in the debate" list, read from the served claims and /meta: the claims the
 * placement rule (domain/claim-placement) puts in this panel (the published ranks), kept apart
 * from the panel's model so the ranking's figures do not depend on them.
 */
import { useMemo } from 'react'
import { claimNumber, claimsOfPanel, placeOf } from '../../../domain/claim-placement'
import { metaNames, useMeta } from '../../../queries/meta'
import { useClaims } from '../../../queries/pledges'
import { QuotedList } from '../../../components/claims/quoted-list'

export function VibrancyQuoted({
  title,
  figures,
  note,
}: {
  readonly title: string
  readonly figures?: readonly string[]
  readonly note?: string
}) {
  const claims = useClaims().data?.claims
  const meta = useMeta().data
  const shown = useMemo(
    () =>
      claimsOfPanel(claims ?? [], 'vibrancy').filter((c) => {
        const figure = placeOf(c).figure
        return figures === undefined || (figure !== null && figures.includes(figure))
      }),
    [claims, figures],
  )
  if (!claims || !meta) return null
  const names = metaNames(meta)
  return (
    <QuotedList
      title={title}
      claims={shown}
      numberOf={(id) => claimNumber(claims, id)}
      rule={meta.rules.claimStatus.text}
      names={{ entity: names.entity, edition: names.edition, source: names.source }}
      note={note}
    />
  )
}
