/**
 * The panel's data: meta, both GVT editions, the four index indicators (each from the edition
 * the model picks) and, per capita, population; assembled into the published rows and the raw
 * inputs of the computed index.
 */
import { useQueries, type QueryClient } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import type { ApiClient } from '../../../api/client'
import type { EditionId, MetaResponse } from '../../../api/schemas'
import { useApiClient } from '../../../lib/api-context'
import { scopeOf } from '../../../lib/scope'
import { indicatorQueryOptions } from '../../../queries/indicator'
import { entityName, metaQueryOptions, useMeta } from '../../../queries/meta'
import { referenceQueryOptions, useReferenceData } from '../../../queries/reference'
import { useVibrancy, vibrancyQueryOptions } from '../../../queries/vibrancy'
import type { GvtEdition, ViewState } from '../../../stores/url-codec'
import { useView } from '../../../stores/view-store'
import { buildRawValues, editionFor, referenceYear, SOURCES } from '../model/index-inputs'

/** The GVT edition the movement chart compares the chosen one with. */
const otherGvt = (gvt: GvtEdition): GvtEdition => (gvt === 'gvt-2024' ? 'gvt-2025' : 'gvt-2024')

/**
 * The index inputs' queries: one per index indicator, in the edition the model picks for it.
 * The editions come from the metadata, so without it every query is disabled.
 */
function inputQueries(
  client: ApiClient,
  meta: Pick<MetaResponse, 'indicators'> | undefined,
  edition: EditionId,
) {
  return SOURCES.map((s) => {
    const picked = editionFor(
      meta?.indicators.find((i) => i.id === s.indicator),
      edition,
    )
    return {
      ...indicatorQueryOptions(client, s.indicator, { edition: picked ?? undefined }),
      enabled: picked != null,
    }
  })
}

/**
 * Loads what the panel's first view needs (the same queries as the hook below, into the same
 * cache), so a page can start it before React renders. Never rejects: a failure stays in the
 * cache for the panel to show.
 */
export async function prefetchVibrancy(
  queryClient: QueryClient,
  client: ApiClient,
  view: Pick<ViewState, 'gvt' | 'edition' | 'norm'>,
): Promise<void> {
  const settled = (loading: Promise<unknown>) => loading.catch(() => undefined)
  const independent = [
    settled(queryClient.query(vibrancyQueryOptions(client, { edition: view.gvt }))),
    settled(queryClient.query(vibrancyQueryOptions(client, { edition: otherGvt(view.gvt) }))),
    ...(view.norm === 'per-capita'
      ? referenceQueryOptions(client).map((options) => settled(queryClient.query(options)))
      : []),
  ]
  const meta = await queryClient.query(metaQueryOptions(client)).catch(() => undefined)
  const inputs = inputQueries(client, meta, view.edition).filter((q) => q.enabled)
  await Promise.all([
    ...independent,
    ...inputs.map((options) => settled(queryClient.query(options))),
  ])
}

export function useVibrancyData() {
  const client = useApiClient()
  const region = useView((v) => v.region)
  const countries = useView((v) => v.countries)
  const edition = useView((v) => v.edition)
  const gvt = useView((v) => v.gvt)
  const year = useView((v) => v.year)
  const perCapita = useView((v) => v.norm === 'per-capita')
  const meta = useMeta()
  const ranking = useVibrancy({ edition: gvt })
  const other = useVibrancy({ edition: otherGvt(gvt) })
  const inputOptions = inputQueries(client, meta.data, edition)
  const inputs = useQueries({ queries: inputOptions })
  const reference = useReferenceData(perCapita)
  const inputData = inputs.map((q) => q.data)

  const model = useMemo(() => {
    const m = meta.data
    if (!m || inputData.some((d) => d === undefined)) return null
    const scope = scopeOf({ region, countries }, m.groupById, m.entityById)
    const inView = m.entities
      .filter((e) => e.kind === 'country' && scope.includes(e.id))
      .map((e) => e.id)
    const { raw, used } = buildRawValues(
      SOURCES.map((s, i) => ({
        id: s.id,
        edition: inputData[i]?.edition ?? 'aiindex-2026',
        observations: inputData[i]?.observations ?? [],
      })),
      {
        perCapita,
        population: reference.population,
        maxYear: year,
        isCountry: (id) => m.entityById.get(id)?.kind === 'country',
      },
    )
    return { scope, inView, raw, used, refYear: referenceYear(used) }
    // The query results change identity on every render; their data is what matters.
  }, [meta.data, region, countries, year, perCapita, reference.population, ...inputData])

  // Stable while the metadata is, so the memoised sections below skip renders that change nothing.
  const metaData = meta.data
  const label = useCallback(
    (id: string) => metaData?.editions.find((e) => e.id === id)?.label ?? id,
    [metaData],
  )
  const nameOf = useCallback((id: string) => entityName(metaData, id), [metaData])
  const sourceLabel = useCallback(
    (id: string) => metaData?.sourceById.get(id)?.citation ?? id,
    [metaData],
  )
  return {
    queries: [
      meta,
      ranking,
      other,
      ...inputs.filter((_, i) => inputOptions[i]?.enabled),
      ...reference.queries,
    ],
    meta: meta.data,
    ranking: ranking.data,
    other: other.data,
    model,
    perCapita,
    label,
    nameOf,
    sourceLabel,
  }
}
