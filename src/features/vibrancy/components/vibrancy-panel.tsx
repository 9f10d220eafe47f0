/** AI Vibrancy Ranking panel: the ranking as published, and an open index computed here. */
import { useMemo } from 'react'
import { SelectField } from '../../../components/fields/select-field'
import { NormalisationField } from '../../../components/fields/normalisation-field'
import { Panel } from '../../../components/panel/panel'
import { PanelEmpty } from '../../../components/panel/panel-states'
import { QueryBoundary } from '../../../components/panel/query-boundary'
import { scopeOf } from '../../../lib/scope'
import { useIndicator } from '../../../queries/indicator'
import { entityName, useMeta } from '../../../queries/meta'
import { useReferenceData } from '../../../queries/reference'
import { useVibrancy } from '../../../queries/vibrancy'
import { GVT_EDITIONS, type GvtEdition } from '../../../stores/url-codec'
import { updateView, useView } from '../../../stores/view-store'
import { buildRawValues, editionFor, SOURCES } from '../model/index-inputs'
import { publishedRows } from '../model/published-ranking'
import { IndexSection } from './index-section'
import { PublishedSection } from './published-section'
import './vibrancy.css'

export function VibrancyPanel() {
  const v = useView((s) => s)
  const meta = useMeta()
  const ranking = useVibrancy({ edition: v.gvt })
  const other = useVibrancy({ edition: v.gvt === 'gvt-2024' ? 'gvt-2025' : 'gvt-2024' })
  const indicatorMeta = (id: string) => meta.data?.indicators.find((i) => i.id === id)
  const editions = SOURCES.map((s) => editionFor(indicatorMeta(s.indicator), v.edition))
  const q0 = useIndicator(
    SOURCES[0]?.indicator ?? 'private-investment',
    { edition: editions[0] ?? undefined },
    editions[0] != null,
  )
  const q1 = useIndicator(
    SOURCES[1]?.indicator ?? 'private-investment',
    { edition: editions[1] ?? undefined },
    editions[1] != null,
  )
  const q2 = useIndicator(
    SOURCES[2]?.indicator ?? 'private-investment',
    { edition: editions[2] ?? undefined },
    editions[2] != null,
  )
  const q3 = useIndicator(
    SOURCES[3]?.indicator ?? 'private-investment',
    { edition: editions[3] ?? undefined },
    editions[3] != null,
  )
  const perCapita = v.norm === 'per-capita'
  const reference = useReferenceData(perCapita)
  const label = (id: string) => meta.data?.editions.find((e) => e.id === id)?.label ?? id
  const nameOf = (id: string) => entityName(meta.data, id)

  const model = useMemo(() => {
    const m = meta.data
    if (!m || !ranking.data || !q0.data || !q1.data || !q2.data || !q3.data) return null
    const scope = scopeOf(v, m.groupById, m.entityById)
    const rows = publishedRows(ranking.data, scope.includes, v.countries, (id) => entityName(m, id))
    const countries = m.entities
      .filter((e) => e.kind === 'country' && scope.includes(e.id))
      .map((e) => e.id)
    const columns = [q0, q1, q2, q3].map((q, i) => ({
      id: SOURCES[i]?.id ?? '',
      edition: q.data?.edition ?? 'aiindex-2026',
      observations: q.data?.observations ?? [],
    }))
    const { raw, used } = buildRawValues(columns, perCapita, reference.population)
    return { scope, rows, countries, raw, used }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the query objects change identity every render; their data is listed
  }, [
    meta.data,
    ranking.data,
    q0.data,
    q1.data,
    q2.data,
    q3.data,
    v,
    perCapita,
    reference.population,
  ])

  return (
    <Panel
      title="AI Vibrancy Ranking"
      subtitle="Who leads the Global AI Vibrancy ranking as published by Stanford HAI — and an open index you can re-weight"
      actions={
        <>
          <NormalisationField options={['absolute', 'per-capita']} />
          <SelectField
            label="Vibrancy edition"
            value={v.gvt}
            sections={[
              {
                title: 'GVT edition',
                options: GVT_EDITIONS.map((id) => ({ id, label: label(id) })),
              },
            ]}
            onChange={(id) => updateView({ gvt: id as GvtEdition })}
          />
        </>
      }
    >
      <QueryBoundary
        queries={[meta, ranking, q0, q1, q2, q3, ...reference.queries]}
        loadingLabel="Loading the vibrancy ranking"
      >
        {() =>
          model && ranking.data ? (
            <>
              {model.rows.length > 0 ? (
                <PublishedSection
                  current={ranking.data}
                  both={other.data ? [ranking.data, other.data] : [ranking.data]}
                  rows={model.rows}
                  editionLabel={label}
                  nameOf={nameOf}
                  include={model.scope.includes}
                  selected={v.selected}
                />
              ) : (
                <PanelEmpty>
                  No country in view is in the published top {ranking.data.publishedTopN} of{' '}
                  {label(ranking.data.edition)}.
                </PanelEmpty>
              )}
              <IndexSection
                raw={model.raw}
                used={model.used}
                countries={model.countries}
                published={new Map(ranking.data.entries.map((e) => [e.entityId, e.rank]))}
                publishedLabel={`the published ${label(ranking.data.edition)} ranks`}
                nameOf={nameOf}
                perCapita={perCapita}
              />
            </>
          ) : null
        }
      </QueryBoundary>
    </Panel>
  )
}
