/**
 * China's AI patents for 2023 are quoted in two incompatible ways: the count the Global AI
 * Vibrancy Tool and the ING article use (44,150) and the AI Index 2026 count of granted AI
 * patents (85,674). They differ in definition and edition, so they are listed side by side,
 * never averaged or "corrected" into one another.
 */
import type { Claim } from '../../../api/schemas'

export const CN_PATENTS_CLAIM_ID = 'cn_ai_patents_2023'

export interface PatentCount {
  readonly id: string
  /** Who counts, and how. */
  readonly label: string
  readonly entityId: string | null
  readonly year: number | null
  readonly value: number | null
  /** 'quoted' figures are claims with a status; 'data' figures are published series. */
  readonly kind: 'quoted' | 'data'
  readonly status: Claim['status'] | null
  readonly detail: string
}

/** The quoted count and each data point it is checked against, as separate rows. */
export function patentCounts(claims: readonly Claim[]): PatentCount[] {
  const claim = claims.find((c) => c.id === CN_PATENTS_CLAIM_ID)
  if (!claim) return []
  const rows: PatentCount[] = [
    {
      id: claim.id,
      label: 'Quoted: Global AI Vibrancy Tool count, as cited by ING',
      entityId: 'CHN',
      year: claim.year,
      value: claim.value,
      kind: 'quoted',
      status: claim.status,
      detail: claim.statusText,
    },
  ]
  claim.checks.forEach((check, i) => {
    // An edition that holds no figure for the point is not offered as one.
    if (check.kind !== 'indicator' || check.value === null) return
    rows.push({
      id: `${claim.id}-check-${i}`,
      label: check.label,
      entityId: check.entityId,
      year: check.year,
      value: check.value,
      kind: 'data',
      status: null,
      detail:
        check.indicatorId === 'gvt-patent-filings'
          ? 'AI patent filings (applications, not grants)'
          : 'Granted AI patents (not applications)',
    })
  })
  return rows
}
