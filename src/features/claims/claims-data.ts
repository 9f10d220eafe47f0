/** The claims scorecard's data for a view: the served claims and /meta (names, the status rule). */
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Claim } from '../../api/schemas'
import type { PanelData } from '../../components/figure/figure-spec'
import { useApiClient } from '../../lib/api-context'
import { metaNames, metaQueryOptions, type MetaNames } from '../../queries/meta'
import { claimsQueryOptions } from '../../queries/pledges'

export interface ClaimsModel {
  /** Every claim served, in the order served (their numbers); null until loaded. */
  readonly claims: readonly Claim[] | null
  readonly names: MetaNames | null
  readonly nameOf: (id: string) => string
  readonly statusRule: string | null
}

/** The scorecard draws the same claims for every view: the view only filters them (../figures). */
export function useClaimsData(): PanelData<ClaimsModel> {
  const client = useApiClient()
  const meta = useQuery(metaQueryOptions(client))
  const claims = useQuery(claimsQueryOptions(client))
  const model = useMemo((): ClaimsModel => {
    const names = meta.data ? metaNames(meta.data) : null
    return {
      claims: claims.data?.claims ?? null,
      names,
      nameOf: (id) => names?.entity(id) ?? id,
      statusRule: meta.data?.rules.claimStatus.text ?? null,
    }
  }, [meta.data, claims.data])
  return { queries: { meta, claims }, model }
}
