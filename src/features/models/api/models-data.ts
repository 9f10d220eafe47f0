/**
 * The Models & Patents panel's data for a view. Every series follows the Edition picker; those
 * one edition alone publishes (cumulative notable models; the values printed on an edition's
 * charts) come from the nearest edition that has them, and name it wherever they are shown.
 */
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { IndicatorId } from '../../../api/schemas'
import { chartLabelsOf, nearestEdition } from '../../../domain/editions'
import type { ViewState } from '../../../domain/view'
import type { PanelData } from '../../../components/figure/figure-spec'
import { useApiClient } from '../../../lib/api-context'
import { indicatorQueryOptions } from '../../../queries/indicator'
import { metaQueryOptions, useMetaLacks } from '../../../queries/meta'
import { claimsQueryOptions } from '../../../queries/pledges'
import { useReferenceData } from '../../../queries/reference'
import { buildModelsModel, type ModelsModel } from '../model/models-view'
import { OPEN_SHARE_CLAIM_IDS } from '../model/open-claims'

export function useModelsData(view: ViewState): PanelData<ModelsModel> {
  const client = useApiClient()
  const perCapita = view.norm === 'per-capita'
  const edition = view.edition
  const meta = useQuery(metaQueryOptions(client))
  const series = (id: IndicatorId) => indicatorQueryOptions(client, id, { edition })
  const notable = useQuery(series('notable-models'))
  const patents = useQuery(series('ai-patents-granted'))
  const patentShare = useQuery(series('ai-patents-share'))
  const per100k = useQuery(series('ai-patents-per-100k'))
  const charts = chartLabelsOf(edition)
  const notableCharts = useQuery({
    ...indicatorQueryOptions(client, 'notable-models', { edition: charts ?? undefined }),
    enabled: charts !== null,
  })
  const cumulative = meta.data?.indicators.find((i) => i.id === 'notable-models-cumulative')
  const cumulativeEditions = cumulative?.editions ?? []
  const cumulativeEdition = nearestEdition(cumulativeEditions, edition)
  const modelsCum = useQuery({
    ...indicatorQueryOptions(client, 'notable-models-cumulative', {
      edition: cumulativeEdition ?? undefined,
    }),
    enabled: cumulativeEdition !== null,
  })
  const investCum = useQuery(
    indicatorQueryOptions(client, 'private-investment-cumulative', { edition: view.invest }),
  )
  const claims = useQuery(claimsQueryOptions(client))
  // The open-share claims are checked against one published world count: fetched in the
  // edition their check names, for its note (the open share it states).
  const openCheck = claims.data?.claims
    .find((c) => c.id === OPEN_SHARE_CLAIM_IDS[0])
    ?.checks.find((k) => k.kind === 'indicator' && k.indicatorId !== null)
  const foundationWorld = useQuery({
    ...indicatorQueryOptions(client, openCheck?.indicatorId ?? 'foundation-models', {
      edition: openCheck?.edition ?? undefined,
    }),
    enabled: openCheck !== undefined,
  })
  const reference = useReferenceData(perCapita)
  const model = useMemo(
    () =>
      buildModelsModel(
        {
          meta: meta.data,
          notable: notable.data,
          patents: patents.data,
          patentShare: patentShare.data,
          per100k: per100k.data,
          notableCharts: charts === null ? null : notableCharts.data,
          modelsCum: cumulativeEdition === null ? null : modelsCum.data,
          investCum: investCum.data,
          foundationWorld: openCheck === undefined ? null : foundationWorld.data,
          claims: claims.data?.claims,
          population: perCapita ? reference.population : null,
        },
        view,
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the data, not the query objects
    [
      meta.data,
      notable.data,
      patents.data,
      patentShare.data,
      per100k.data,
      notableCharts.data,
      modelsCum.data,
      investCum.data,
      foundationWorld.data,
      claims.data,
      reference.population,
      perCapita,
      charts,
      view,
    ],
  )
  // /meta answered without the indicator: say so where it is drawn, rather than draw nothing.
  const modelsCumProblem = useMetaLacks(
    meta.data !== undefined && cumulative === undefined
      ? 'Cumulative notable-model counts could not be loaded: the data service’s /meta lists no indicator notable-models-cumulative.'
      : null,
  )
  return {
    problems: { modelsCum: modelsCumProblem },
    queries: {
      meta,
      notable,
      patents,
      patentShare,
      per100k,
      notableCharts: charts === null ? [] : [notableCharts],
      modelsCum: cumulativeEdition === null ? [] : [modelsCum],
      investCum,
      claims,
      foundationWorld: openCheck === undefined ? [] : [foundationWorld],
      reference: reference.queries,
    },
    model,
  }
}
