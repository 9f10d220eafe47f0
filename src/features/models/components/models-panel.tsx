/** Models & Patents panel: the output of the AI race (headline table for the selected year). */
import { useMemo } from 'react'
import { DataTable } from '../../../components/data-table'
import { Panel } from '../../../components/panel/panel'
import { PanelEmpty } from '../../../components/panel/panel-states'
import { QueryBoundary } from '../../../components/panel/query-boundary'
import { formatCount, formatNumber } from '../../../lib/format'
import { scopeOf } from '../../../lib/scope'
import { wideRows } from '../../../lib/wide-rows'
import { latestYear } from '../../../lib/year-table'
import { useIndicator } from '../../../queries/indicator'
import { entityName, useMeta } from '../../../queries/meta'
import { useView } from '../../../stores/view-store'

export function ModelsPanel() {
  const edition = useView((v) => v.edition)
  const region = useView((v) => v.region)
  const countries = useView((v) => v.countries)
  const year = useView((v) => v.year)
  const meta = useMeta()
  const notable = useIndicator('notable-models', { edition })
  const foundation = useIndicator('foundation-models', { edition })
  const patents = useIndicator('ai-patents-granted', { edition })
  const perCapita = useIndicator('ai-patents-per-100k', { edition })

  const view = useMemo(() => {
    if (!meta.data || !notable.data || !foundation.data || !patents.data || !perCapita.data)
      return null
    const shownYear =
      year ?? latestYear(notable.data.observations) ?? latestYear(patents.data.observations)
    if (shownYear === null) return null
    const scope = scopeOf({ region, countries }, meta.data.groupById, meta.data.entityById)
    const rows = wideRows(
      {
        notable: notable.data.observations,
        foundation: foundation.data.observations,
        patents: patents.data.observations,
        perCapita: perCapita.data.observations,
      },
      shownYear,
      scope.includes,
    )
    return { year: shownYear, rows }
  }, [
    meta.data,
    notable.data,
    foundation.data,
    patents.data,
    perCapita.data,
    year,
    region,
    countries,
  ])

  const editionLabel = meta.data?.editions.find((e) => e.id === edition)?.label ?? edition

  return (
    <Panel title="Models & Patents" subtitle="Notable and foundation models, granted AI patents">
      <QueryBoundary
        queries={[meta, notable, foundation, patents, perCapita]}
        loadingLabel="Loading models and patents"
      >
        {() => {
          if (!view || view.rows.length === 0)
            return (
              <PanelEmpty>{`${editionLabel} has no model or patent figure for ${year ?? 'this view'} in this scope.`}</PanelEmpty>
            )
          return (
            <>
              <DataTable
                caption={`Models and granted AI patents in ${view.year}, ${editionLabel}`}
                rowHeaderLabel="Country or aggregate"
                rows={view.rows}
                rowKey={(r) => r.entityId}
                rowHeader={(r) => entityName(meta.data, r.entityId)}
                columns={[
                  {
                    id: 'notable',
                    header: 'Notable ML models',
                    numeric: true,
                    cell: (r) => formatCount(r.values.notable),
                  },
                  {
                    id: 'foundation',
                    header: 'Foundation models',
                    numeric: true,
                    cell: (r) => formatCount(r.values.foundation),
                  },
                  {
                    id: 'patents',
                    header: 'Granted AI patents',
                    numeric: true,
                    cell: (r) => formatCount(r.values.patents),
                  },
                  {
                    id: 'perCapita',
                    header: 'Patents per 100k',
                    numeric: true,
                    cell: (r) => formatNumber(r.values.perCapita),
                  },
                ]}
              />
              <p className="panel__source">
                Source: Stanford HAI AI Index ({editionLabel}); notable models from Epoch AI. A
                model with authors in several countries may count for each; recent patent years lag.
              </p>
            </>
          )
        }}
      </QueryBoundary>
    </Panel>
  )
}
