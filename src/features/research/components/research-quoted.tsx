/**
 * "Quoted in the debate" for the Research & talent panel: the shared list of quoted claims,
 * with the claims the placement rule puts beside one of its figures (publications, citations).
 */
import type { Claim } from '../../../api/schemas'
import { QuotedList } from '../../../components/claims/quoted-list'
import type { ResearchModel } from '../model/research-view'

export function ResearchQuoted({
  model: m,
  title,
  claims,
}: {
  readonly model: ResearchModel
  readonly title: string
  /** null while the claims load. */
  readonly claims: readonly Claim[] | null
}) {
  if (claims === null || !m.claimNames) return null
  return (
    <QuotedList
      title={title}
      claims={claims}
      numberOf={m.claimNumber}
      rule={m.statusRule}
      names={m.claimNames}
    />
  )
}
