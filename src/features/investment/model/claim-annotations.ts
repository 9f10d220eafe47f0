/**
 * Quoted claims as chart annotations: where a figure from the debate sits against the series,
 * with its status and the one data point it is checked against. Claims are never data: they
 * are drawn as annotations, not as points of a series.
 */
import type { Claim, EditionId } from '../../../api/schemas'

/** The claims of this panel (GET /claims ids). */
export const INVESTMENT_CLAIM_IDS = [
  'us_private_inv_2023',
  'cn_private_inv_2023',
  'eu_private_inv_2023',
] as const

export interface ClaimAnnotation {
  readonly id: string
  /** The entity and year the claim is about (from its check), where it is drawn. */
  readonly entityId: string
  readonly year: number
  /** The quoted figure, in the claim's unit (US$ bn). */
  readonly claimed: number
  readonly statement: string
  readonly status: Claim['status']
  /** The data point it is checked against: the selected edition's when there is one. */
  readonly checkedAgainst: { readonly label: string; readonly value: number | null }
}

/** Annotations for the investment claims, each checked against the selected edition if it can be. */
export function claimAnnotations(claims: readonly Claim[], edition: EditionId): ClaimAnnotation[] {
  const ids: readonly string[] = INVESTMENT_CLAIM_IDS
  return claims
    .filter((c) => ids.includes(c.id) && c.year !== null)
    .flatMap((c) => {
      const checks = c.checks.filter((k) => k.kind === 'indicator' && k.entityId !== null)
      const check = checks.find((k) => k.edition === edition) ?? checks.at(-1)
      if (!check?.entityId || c.year === null || c.value === null) return []
      return [
        {
          id: c.id,
          entityId: check.entityId,
          year: c.year,
          claimed: c.value,
          statement: c.statement,
          status: c.status,
          checkedAgainst: { label: check.label, value: check.value },
        },
      ]
    })
}
