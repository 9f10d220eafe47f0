/**
 * The panel's data: meta, both GVT editions, the four index indicators (each from the edition
 * the model picks) and, per capita, population; assembled into the published rows and the raw
 * inputs of the computed index.
 */
import { useQueries } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { useApiClient } from '../../../lib/api-context'
import { scopeOf } from '../../../lib/scope'
import { indicatorQueryOptions } from '../../../queries/indicator'
import { entityName, useMeta } from '../../../queries/meta'
import { useReferenceData } from '../../../queries/reference'
import { useVibrancy } from '../../../queries/vibrancy'
import { useView } from '../../../stores/view-store'
import { buildRawValues, editionFor, referenceYear, SOURCES } from '../model/index-inputs'

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
  const other = useVibrancy({ edition: gvt === 'gvt-2024' ? 'gvt-2025' : 'gvt-2024' })
  const editions = SOURCES.map((s) =>
    editionFor(
      meta.data?.indicators.find((i) => i.id === s.indicator),
      edition,
    ),
  )
  const inputs = useQueries({
    queries: SOURCES.map((s, i) => ({
      ...indicatorQueryOptions(client, s.indicator, { edition: editions[i] ?? undefined }),
      enabled: editions[i] != null,
    })),
  })
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
      ...inputs.filter((_, i) => editions[i] != null),
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
