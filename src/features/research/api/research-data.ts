/**
 * The Research & talent panel's data for a view. The AI Index series follow the Edition picker
 * where an edition publishes them, else come from the nearest edition that does and name it;
 * the GVT 2022 release's publications and citations have one edition only.
 */
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { IndicatorResponse } from '../../../api/schemas'
import type { PanelData } from '../../../components/figure/figure-spec'
import { nearestEdition } from '../../../domain/editions'
import type { ViewState } from '../../../domain/view'
import { useApiClient } from '../../../lib/api-context'
import { indicatorQueryOptions } from '../../../queries/indicator'
import { metaQueryOptions } from '../../../queries/meta'
import { claimsQueryOptions } from '../../../queries/pledges'
import {
  AI_INDEX_SERIES,
  buildResearchModel,
  GVT_EDITION,
  GVT_SERIES,
  type AiIndexKey,
  type GvtKey,
  type ResearchModel,
} from '../model/research-view'

const AI_KEYS = Object.keys(AI_INDEX_SERIES) as AiIndexKey[]
const GVT_KEYS = Object.keys(GVT_SERIES) as GvtKey[]

export function useResearchData(view: ViewState): PanelData<ResearchModel> {
  const client = useApiClient()
  const meta = useQuery(metaQueryOptions(client))
  const editionOf = (key: AiIndexKey) =>
    meta.data
      ? nearestEdition(
          meta.data.indicators.find((i) => i.id === AI_INDEX_SERIES[key])?.editions ?? [],
          view.edition,
        )
      : undefined
  const editions = AI_KEYS.map(editionOf)
  const aiIndex = useQueries({
    queries: AI_KEYS.map((key, i) => ({
      ...indicatorQueryOptions(client, AI_INDEX_SERIES[key], {
        edition: editions[i] ?? undefined,
      }),
      // Off until /meta says which edition holds it, and off for good when none does.
      enabled: editions[i] !== undefined && editions[i] !== null,
    })),
  })
  const gvt = useQueries({
    queries: GVT_KEYS.map((key) =>
      indicatorQueryOptions(client, GVT_SERIES[key], { edition: GVT_EDITION }),
    ),
  })
  const claims = useQuery(claimsQueryOptions(client))
  const aiData = aiIndex.map((q, i) => (editions[i] === null ? null : q.data))
  const gvtData = gvt.map((q) => q.data)
  // One dependency per series (the lists are new arrays on every render; their items are not).
  const [a0, a1, a2, a3, a4, a5] = aiData
  const [g0, g1, g2, g3, g4, g5] = gvtData
  const model = useMemo(
    () =>
      buildResearchModel(
        {
          meta: meta.data,
          aiIndex: Object.fromEntries(AI_KEYS.map((k, i) => [k, aiData[i]])) as Record<
            AiIndexKey,
            IndicatorResponse | null | undefined
          >,
          gvt: Object.fromEntries(GVT_KEYS.map((k, i) => [k, gvtData[i]])) as Record<
            GvtKey,
            IndicatorResponse | undefined
          >,
          claims: claims.data?.claims,
        },
        view,
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the data, not the query objects
    [meta.data, a0, a1, a2, a3, a4, a5, g0, g1, g2, g3, g4, g5, claims.data, view],
  )
  const ai = (key: AiIndexKey): readonly UseQueryResult[] => {
    const i = AI_KEYS.indexOf(key)
    const q = aiIndex[i]
    return q === undefined || editions[i] === null ? [] : [q]
  }
  return {
    queries: {
      meta,
      shares: ai('shares'),
      topCited: ai('topCited'),
      jobPostings: ai('jobPostings'),
      talent: [...ai('authors'), ...ai('concentration'), ...ai('migration')],
      gvtPublications: gvt.slice(0, 3),
      gvtCitations: gvt.slice(3),
      claims,
    },
    model,
  }
}
