/**
 * The Private Investment panel's data for a view: meta, the selected series (an AI Index
 * edition, or constant prices), the server's group sums (region, EU-27), population and GDP
 * when the view divides by them, every AI Index edition of the nominal series (revisions),
 * pledges and claims — turned into the panel's model by the pure builder.
 */
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { EditionId } from '../../../api/schemas'
import { AI_INDEX_EDITIONS, DEFAULT_OWID } from '../../../domain/editions'
import type { ViewState } from '../../../domain/view'
import type { PanelData } from '../../../components/figure/figure-spec'
import { useApiClient } from '../../../lib/api-context'
import { indicatorQueryOptions } from '../../../queries/indicator'
import { metaQueryOptions } from '../../../queries/meta'
import { claimsQueryOptions, pledgesQueryOptions } from '../../../queries/pledges'
import { useQueriesData } from '../../../queries/use-queries-data'
import { useReferenceData } from '../../../queries/reference'
import { buildInvestmentModel, type InvestmentModel } from '../model/investment-view'

/** The constant-prices series is Our World in Data's: its newest vintage. */
const REAL_EDITION: EditionId = DEFAULT_OWID

export function useInvestmentData(view: ViewState): PanelData<InvestmentModel> {
  const client = useApiClient()
  const real = view.price === 'real'
  const indicatorId = real ? 'private-investment-real' : 'private-investment'
  const edition: EditionId = real ? REAL_EDITION : view.edition
  const meta = useQuery(metaQueryOptions(client))
  const reported = useQuery(indicatorQueryOptions(client, indicatorId, { edition }))
  const groupIds = view.region === 'world' ? [] : [view.region]
  // A region from a link is asked for only once /meta knows it: an unknown one falls back to
  // the world (see src/app/use-known-ids.ts) instead of costing a 400 that Retry cannot clear.
  const regionKnown = view.region === 'world' || meta.data?.groupById.has(view.region) === true
  const groups = useQuery({
    ...indicatorQueryOptions(client, indicatorId, { edition, entities: [...groupIds, 'eu27'] }),
    enabled: regionKnown,
  })
  // Population also decides whether the user's bloc has enough members reporting (coverage rule).
  const reference = useReferenceData(
    view.norm === 'per-capita' || view.norm === 'share-of-gdp' || view.bloc !== null,
  )
  const pledges = useQuery(pledgesQueryOptions(client))
  const claims = useQuery(claimsQueryOptions(client))
  // Every AI Index edition of the nominal series, for revisions (cached and shared).
  const editions = useQueriesData(
    AI_INDEX_EDITIONS.map((e) => ({
      ...indicatorQueryOptions(client, 'private-investment', { edition: e }),
      enabled: !real,
    })),
  )
  const model = useMemo(
    () =>
      buildInvestmentModel(
        {
          meta: meta.data,
          reported: reported.data,
          groups: groups.data,
          population: reference.population,
          gdp: reference.gdp,
          editions: editions.data.flatMap((d) => (d ? [d] : [])),
          pledges: pledges.data?.pledges,
          claims: claims.data?.claims,
        },
        view,
      ),
    [
      meta.data,
      reported.data,
      groups.data,
      reference.population,
      reference.gdp,
      pledges.data,
      claims.data,
      view,
      editions.data,
    ],
  )
  return {
    queries: {
      meta,
      series: [reported, groups],
      reference: reference.queries,
      editions: real ? [] : editions.results,
      pledges,
      claims,
    },
    model,
  }
}
