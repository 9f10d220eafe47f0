/**
 * The AI Vibrancy panel's data for a view: meta, the published ranking the view shows and the
 * other Vibrancy releases (the movement between them), the computed index's inputs (each from
 * the edition the nearest-edition rule picks) and, per capita, population — assembled by the
 * pure builders of ../model. The same query list serves the page's first-load prefetch.
 */
import { useQueries, useQuery, type QueryClient } from '@tanstack/react-query'
import { useDeferredValue, useMemo } from 'react'
import type { ApiClient } from '../../../api/client'
import type { MetaResponse } from '../../../api/schemas'
import { GVT_EDITIONS, nearestEdition } from '../../../domain/editions'
import { gvtOf, type ViewState } from '../../../domain/view'
import type { PanelData } from '../../../components/figure/figure-spec'
import { useApiClient } from '../../../lib/api-context'
import { indicatorQueryOptions } from '../../../queries/indicator'
import { metaQueryOptions, useMetaLacks } from '../../../queries/meta'
import { claimsQueryOptions } from '../../../queries/pledges'
import { referenceQueryOptions, useReferenceData } from '../../../queries/reference'
import { withData } from '../../../queries/query-client'
import { vibrancyQueryOptions } from '../../../queries/vibrancy'
import { SOURCES } from '../model/index-inputs'
import { effectiveWeights } from '../model/presets'
import {
  buildVibrancyModel,
  indexInputs,
  indexRanges,
  missingIndexInputs,
  scoreIndex,
  type VibrancyModel,
} from '../model/vibrancy-view'

/**
 * The index inputs' queries: one per index indicator, in the edition the nearest-edition rule
 * picks for it. The editions come from the metadata, so without it every query is disabled.
 */
function inputQueries(
  client: ApiClient,
  meta: Pick<MetaResponse, 'indicators'> | undefined,
  view: Pick<ViewState, 'edition'>,
) {
  return SOURCES.map((s) => {
    const indicator = meta?.indicators.find((i) => i.id === s.indicator)
    const picked = indicator ? nearestEdition(indicator.editions, view.edition) : null
    return {
      ...indicatorQueryOptions(client, s.indicator, { edition: picked ?? undefined }),
      enabled: picked != null,
    }
  })
}

/** The releases whose rankings the view shows: its own first, then every other one. */
function releases(view: Pick<ViewState, 'gvt' | 'year'>) {
  const shown = gvtOf(view)
  return [shown, ...GVT_EDITIONS.filter((e) => e !== shown)] as const
}

/**
 * Loads what the panel's first view needs (the same queries as the hook below, into the same
 * cache), so a page can start it before React renders. Never rejects: a failure stays in the
 * cache for the panel to show.
 */
export async function prefetchVibrancy(
  queryClient: QueryClient,
  client: ApiClient,
  view: ViewState,
): Promise<void> {
  const settled = (loading: Promise<unknown>) => loading.catch(() => undefined)
  const independent = [
    ...releases(view).map((edition) =>
      settled(queryClient.query(vibrancyQueryOptions(client, { edition }))),
    ),
    ...(view.norm === 'per-capita'
      ? referenceQueryOptions(client).map((options) => settled(queryClient.query(options)))
      : []),
    // The panel's "Quoted in the debate" list.
    settled(queryClient.query(claimsQueryOptions(client))),
  ]
  const meta = await queryClient.query(metaQueryOptions(client)).catch(() => undefined)
  const inputs = inputQueries(client, meta, view).filter((q) => q.enabled)
  await Promise.all([
    ...independent,
    ...inputs.map((options) => settled(queryClient.query(options))),
  ])
}

export function useVibrancyData(view: ViewState): PanelData<VibrancyModel> {
  const client = useApiClient()
  const perCapita = view.norm === 'per-capita'
  const meta = useQuery(metaQueryOptions(client))
  const [shown, ...otherEditions] = releases(view)
  const ranking = useQuery(vibrancyQueryOptions(client, { edition: shown }))
  const others = useQueries({
    queries: otherEditions.map((edition) => vibrancyQueryOptions(client, { edition })),
    combine: withData,
  })
  const inputOptions = inputQueries(client, meta.data, view)
  const inputs = useQueries({ queries: inputOptions, combine: withData })
  const reference = useReferenceData(perCapita)

  // Each step is memoised on what it reads, so a weight slider only re-scores (well under 1 ms)
  // and the Monte Carlo of the rank ranges follows the deferred weights.
  const { region, countries, year } = view
  const prepared = useMemo(
    () =>
      indexInputs(
        meta.data,
        inputs.data,
        { region, countries, year, perCapita },
        reference.population,
      ),
    [meta.data, inputs.data, region, countries, year, perCapita, reference.population],
  )
  const weights = useMemo(() => effectiveWeights(view.weights), [view.weights])
  const deferredWeights = useDeferredValue(weights)
  const scored = useMemo(() => scoreIndex(prepared, weights), [prepared, weights])
  const ranges = useMemo(() => indexRanges(prepared, deferredWeights), [prepared, deferredWeights])
  const model = useMemo(
    () =>
      buildVibrancyModel({
        meta: meta.data,
        ranking: ranking.data,
        others: others.data.flatMap((d) => (d ? [d] : [])),
        inputs: prepared,
        scored,
        ranges,
        view,
      }),
    [meta.data, ranking.data, others.data, prepared, scored, ranges, view],
  )
  const missing = meta.data ? missingIndexInputs(meta.data).join(', ') : ''
  const inputsProblem = useMetaLacks(
    missing === ''
      ? null
      : `The open index could not be computed: the data service’s /meta lists no indicator${missing.includes(',') ? 's' : ''} ${missing}, and the index needs all ${SOURCES.length} of its inputs.`,
  )
  return {
    problems: { inputs: inputsProblem },
    queries: {
      meta,
      ranking,
      others: others.results,
      inputs: inputs.results.filter((_, i) => inputOptions[i]?.enabled),
      reference: reference.queries,
    },
    model,
  }
}
