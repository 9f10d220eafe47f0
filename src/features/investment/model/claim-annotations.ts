/**
 * Quoted claims as chart annotations: where a figure from the debate sits against the series,
 * with its number, its status and the data point it is checked against — the one it cites
 * (its edition and year), never a later revision, whatever edition the chart shows. Claims are
 * never data: they are drawn as rings, not as points of a series.
 */
import type { Claim, ClaimCheck } from '../../../api/schemas'
import { citedCheck, claimNumber, claimsOfTopics } from '../../../domain/claim-placement'
import type { ClaimTopic } from '../../../domain/claims'

export interface ClaimAnnotation {
  readonly id: string
  /** Its number in every list, marker and the scorecard. */
  readonly number: number
  /** The entity and year the claim is about (from its cited check), where it is drawn. */
  readonly entityId: string
  readonly year: number
  /** The quoted figure, in the claim's unit. */
  readonly claimed: number
  /** The figure as written ("68"), and its unit ("USD bn (about)"). */
  readonly quoted: string
  readonly unit: string
  readonly statement: string
  readonly status: Claim['status']
  /** The data point it is checked against: the cited one, in the edition it cites. */
  readonly cited: ClaimCheck
}

/**
 * Annotations for the claims of some topics that have a data point of a series: a quoted
 * figure for one year, cited against one entity's observation. The others (pledges, ratios,
 * qualitative claims, no data point) are listed, not drawn.
 */
export function claimAnnotations(
  claims: readonly Claim[],
  topics: readonly ClaimTopic[],
): ClaimAnnotation[] {
  return claimsOfTopics(claims, topics).flatMap((c) => {
    const cited = citedCheck(c)
    const number = claimNumber(claims, c.id)
    if (
      cited?.kind !== 'indicator' ||
      cited.entityId === null ||
      c.year === null ||
      c.value === null ||
      c.quoted === null ||
      number === null
    )
      return []
    return [
      {
        id: c.id,
        number,
        entityId: cited.entityId,
        year: c.year,
        claimed: c.value,
        quoted: c.quoted,
        unit: c.unit,
        statement: c.statement,
        status: c.status,
        cited,
      },
    ]
  })
}
