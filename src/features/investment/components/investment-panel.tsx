/** Private Investment panel: where the money goes (headline table for the selected year). */
import { useMemo } from 'react'
import { DataTable } from '../../../components/data-table'
import { Panel } from '../../../components/panel/panel'
import { PanelEmpty } from '../../../components/panel/panel-states'
import { QueryBoundary } from '../../../components/panel/query-boundary'
import { coverageLabel } from '../../../lib/aggregate'
import { formatNumber } from '../../../lib/format'
import { scopeOf } from '../../../lib/scope'
import { latestYear, yearRows } from '../../../lib/year-table'
import { useIndicator } from '../../../queries/indicator'
import { entityName, useMeta } from '../../../queries/meta'
import { useView } from '../../../stores/view-store'

export function InvestmentPanel() {
  const edition = useView((v) => v.edition)
  const region = useView((v) => v.region)
  const countries = useView((v) => v.countries)
  const year = useView((v) => v.year)
  const meta = useMeta()
  const reported = useIndicator('private-investment', { edition })
  const bloc = useIndicator(
    'private-investment',
    { edition, entities: [region] },
    region !== 'world',
  )
  const queries = region === 'world' ? [meta, reported] : [meta, reported, bloc]

  const view = useMemo(() => {
    if (!meta.data || !reported.data) return null
    const shownYear = year ?? latestYear(reported.data.observations)
    if (shownYear === null) return null
    const scope = scopeOf({ region, countries }, meta.data.groupById, meta.data.entityById)
    const blocRows =
      region !== 'world' && bloc.data ? yearRows(bloc.data.observations, shownYear, () => true) : []
    return {
      year: shownYear,
      rows: [...blocRows, ...yearRows(reported.data.observations, shownYear, scope.includes)],
    }
  }, [meta.data, reported.data, bloc.data, year, region, countries])

  const editionLabel = meta.data?.editions.find((e) => e.id === edition)?.label ?? edition

  return (
    <Panel
      title="Private Investment"
      subtitle="Private AI investment by country and bloc, US$ billions (nominal)"
    >
      <QueryBoundary queries={queries} loadingLabel="Loading private investment">
        {() => {
          if (!view || view.rows.every((r) => r.value === null))
            return (
              <PanelEmpty>{`${editionLabel} has no private-investment figure for ${year ?? 'this view'} in this scope.`}</PanelEmpty>
            )
          return (
            <>
              <DataTable
                caption={`AI private investment in ${view.year}, US$ bn (nominal), ${editionLabel}`}
                rowHeaderLabel="Country or aggregate"
                rows={view.rows}
                rowKey={(r) => `${r.origin}-${r.entityId}`}
                rowHeader={(r) =>
                  r.origin === 'computed'
                    ? `${entityName(meta.data, r.entityId)} (sum of members)`
                    : entityName(meta.data, r.entityId)
                }
                rowClassName={(r) => (r.origin === 'computed' ? 'row--aggregate' : undefined)}
                columns={[
                  {
                    id: 'value',
                    header: 'US$ bn',
                    numeric: true,
                    cell: (r) => formatNumber(r.value),
                  },
                  {
                    id: 'coverage',
                    header: 'Coverage',
                    cell: (r) =>
                      r.coverage
                        ? coverageLabel(r.coverage)
                        : r.origin === 'reported'
                          ? 'as reported'
                          : '',
                  },
                ]}
              />
              <p className="panel__source">
                Source: Stanford HAI AI Index ({editionLabel}), Quid data. Private investment only:
                venture capital and private equity into private AI companies raising over $1.5m, by
                headquarters.
              </p>
            </>
          )
        }}
      </QueryBoundary>
    </Panel>
  )
}
