/**
 * The AI Vibrancy panel's data for a view: meta, the published ranking the view shows and the
 * other Vibrancy releases (the movement between them), the computed index's inputs (each from
 * the edition the nearest-edition rule picks) and, per capita, population — assembled by the
 * pure builders of ../model. The same query list serves the page's first-load prefetch.
 */
import { useQuery, type QueryClient } from '@tanstack/react-query'
import { useDeferredValue, useMemo } from 'react'
import type { ApiClient } from '../../../api/client'
import type { MetaResponse } from '../../../api/schemas'
import { GVT_EDITIONS, gvtDataYears, nearestEdition } from '../../../domain/editions'
import { gvtDataYearOf, gvtOf, type ViewState } from '../../../domain/view'
import type { PanelData } from '../../../components/figure/figure-spec'
import { useApiClient } from '../../../lib/api-context'
import { indicatorQueryOptions } from '../../../queries/indicator'
import { metaQueryOptions, useMetaLacks } from '../../../queries/meta'
import { claimsQueryOptions } from '../../../queries/pledges'
import { referenceQueryOptions, useReferenceData } from '../../../queries/reference'
import { useQueriesData } from '../../../queries/use-queries-data'
import { vibrancyQueryOptions } from '../../../queries/vibrancy'
import { INDEX_INPUTS } from '../model/index-inputs'
import { effectiveWeights } from '../model/presets'
import {
  buildVibrancyModel,
  indexInputs,
  indexRanges,
  missingIndexInputs,
  scoreIndex,
  type VibrancyModel,
} from '../model/vibrancy-view'

/** The last data year of the releases the index reads for their years only (GVT 2022: 2021). */
const LAST_FIXED_YEAR = Math.max(...gvtDataYears('gvt-2022'))

/**
 * The index inputs' queries: one per declared input, in the edition the nearest-edition rule
 * picks for it (or the one edition of a single release's indicator). The editions come from the metadata, so without it every query is disabled.
 */
function inputQueries(
  client: ApiClient,
  meta: Pick<MetaResponse, 'indicators'> | undefined,
  view: Pick<ViewState, 'edition' | 'year'>,
) {
  return INDEX_INPUTS.map((s) => {
    const indicator = meta?.indicators.find((i) => i.id === s.indicator)
    // An indicator of one release only (the GVT 2022 indicators) is read in that release.
    const only = indicator?.editions.length === 1 ? indicator.editions[0] : undefined
    const picked = indicator ? (nearestEdition(indicator.editions, view.edition) ?? only) : null
    // A release of fixed data years counts only for one of them: not fetched for other Years.
    const inYears = !s.sameYear || (view.year !== null && view.year <= LAST_FIXED_YEAR)
    return {
      ...indicatorQueryOptions(client, s.indicator, { edition: picked ?? undefined }),
      enabled: picked != null && inYears,
    }
  })
}

/**
 * The rankings the panel draws: the view's own (its release, at the data year the Year picks)
 * first, then every other data year of every release (the movement between them).
 */
function rankings(view: Pick<ViewState, 'gvt' | 'year'>) {
  const shown = { edition: gvtOf(view), year: gvtDataYearOf(view) ?? undefined }
  const all = GVT_EDITIONS.flatMap((edition) =>
    gvtDataYears(edition).map((year) => ({ edition, year })),
  )
  return [
    shown,
    ...all.filter((r) => r.edition !== shown.edition || r.year !== shown.year),
  ] as const
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
    ...rankings(view).map((query) =>
      settled(queryClient.query(vibrancyQueryOptions(client, query))),
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
  const [shown, ...otherRankings] = rankings(view)
  const ranking = useQuery(vibrancyQueryOptions(client, shown))
  const others = useQueriesData(otherRankings.map((query) => vibrancyQueryOptions(client, query)))
  const inputOptions = inputQueries(client, meta.data, view)
  const inputs = useQueriesData(inputOptions)
  const reference = useReferenceData(perCapita)

  // Each step is memoised on what it reads. The scores and the Monte Carlo of the rank ranges
  // follow the deferred weights: while a weight slider is dragged, its thumb and value move in
  // the urgent render, and the re-ranked index follows in a background render React can
  // interrupt for the next step, so no frame waits for the bars (the drag re-ranks live, a
  // frame or two behind the thumb at most).
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
  const scored = useMemo(() => scoreIndex(prepared, deferredWeights), [prepared, deferredWeights])
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
      : `The open index could not be computed: the data service’s /meta lists no indicator${missing.includes(',') ? 's' : ''} ${missing}, and the index reads all ${INDEX_INPUTS.length} of its declared inputs.`,
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
