/** AI Vibrancy Ranking panel: the Global AI Vibrancy ranking as published by Stanford HAI. */
import { useMemo } from 'react'
import { DataTable } from '../../../components/data-table'
import { SelectField } from '../../../components/fields/select-field'
import { Panel } from '../../../components/panel/panel'
import { PanelEmpty } from '../../../components/panel/panel-states'
import { QueryBoundary } from '../../../components/panel/query-boundary'
import { formatNumber } from '../../../lib/format'
import { scopeOf } from '../../../lib/scope'
import { entityName, useMeta } from '../../../queries/meta'
import { useVibrancy } from '../../../queries/vibrancy'
import { GVT_EDITIONS, type GvtEdition } from '../../../stores/url-codec'
import { updateView, useView } from '../../../stores/view-store'
import { publishedRows } from '../model/published-ranking'

export function VibrancyPanel() {
  const gvt = useView((v) => v.gvt)
  const region = useView((v) => v.region)
  const countries = useView((v) => v.countries)
  const meta = useMeta()
  const ranking = useVibrancy({ edition: gvt })
  const editionLabel = (id: string) => meta.data?.editions.find((e) => e.id === id)?.label ?? id

  const rows = useMemo(() => {
    if (!meta.data || !ranking.data) return []
    const scope = scopeOf({ region, countries }, meta.data.groupById, meta.data.entityById)
    return publishedRows(ranking.data, scope.includes, countries, (id) => entityName(meta.data, id))
  }, [meta.data, ranking.data, region, countries])

  return (
    <Panel
      title="AI Vibrancy Ranking"
      subtitle="Who leads the Global AI Vibrancy ranking, as published by Stanford HAI"
      actions={
        <SelectField
          label="Vibrancy edition"
          value={gvt}
          sections={[
            {
              title: 'GVT edition',
              options: GVT_EDITIONS.map((id) => ({ id, label: editionLabel(id) })),
            },
          ]}
          onChange={(id) => updateView({ gvt: id as GvtEdition })}
        />
      }
    >
      <QueryBoundary queries={[meta, ranking]} loadingLabel="Loading the vibrancy ranking">
        {() => {
          const data = ranking.data
          if (!data || rows.length === 0)
            return <PanelEmpty>No published rank for the countries in view.</PanelEmpty>
          return (
            <>
              <DataTable
                caption={`Global AI Vibrancy ranking, ${editionLabel(data.edition)} (data year ${data.dataYear}), as published: top ${data.publishedTopN}`}
                rowHeaderLabel="Country"
                rows={rows}
                rowKey={(r) => r.entityId}
                rowHeader={(r) => r.name}
                columns={[
                  {
                    id: 'rank',
                    header: 'Rank',
                    numeric: true,
                    cell: (r) =>
                      r.rank === null ? `not in the published top ${data.publishedTopN}` : r.rank,
                  },
                  {
                    id: 'score',
                    header: 'Score (as published)',
                    numeric: true,
                    cell: (r) =>
                      r.rank === null
                        ? '—'
                        : r.score === null
                          ? 'not published'
                          : formatNumber(r.score),
                  },
                ]}
              />
              <p className="panel__source">
                Source: Stanford HAI Global AI Vibrancy Tool, {editionLabel(data.edition)}, ranks as
                reported in news coverage. Scores are relative (min–max normalised) and not
                comparable across editions.
              </p>
            </>
          )
        }}
      </QueryBoundary>
    </Panel>
  )
}
