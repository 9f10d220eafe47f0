/** Private Investment panel: where the money goes, normalised honestly, with pledges set against it. */
import { useMemo } from 'react'
import { Panel } from '../../../components/panel/panel'
import { PanelEmpty } from '../../../components/panel/panel-states'
import { QueryBoundary } from '../../../components/panel/query-boundary'
import { scopeOf } from '../../../lib/scope'
import { useIndicator } from '../../../queries/indicator'
import { entityName, useMeta } from '../../../queries/meta'
import { usePledges } from '../../../queries/pledges'
import { useReferenceData } from '../../../queries/reference'
import { useView } from '../../../stores/view-store'
import { buildInvestmentView } from '../model/investment-view'
import { InvestmentCharts } from './investment-charts'
import { InvestmentControls } from './investment-controls'
import { PledgesTable } from './pledges-table'
import './investment.css'

export function InvestmentPanel() {
  const v = useView((s) => s)
  const meta = useMeta()
  const real = v.price === 'real'
  const indicatorId = real ? 'private-investment-real' : 'private-investment'
  const edition = real ? 'owid-2025' : v.edition
  const reported = useIndicator(indicatorId, { edition })
  const groupIds = v.region === 'world' ? [] : [v.region]
  const groups = useIndicator(indicatorId, { edition, entities: [...groupIds, 'eu27'] })
  const reference = useReferenceData(v.norm === 'per-capita' || v.norm === 'share-of-gdp')
  const pledges = usePledges()
  const editionLabel = meta.data?.editions.find((e) => e.id === edition)?.label ?? edition

  const view = useMemo(() => {
    if (!meta.data || !reported.data || !groups.data) return null
    const m = meta.data
    const scope = scopeOf(v, m.groupById, m.entityById)
    const worldByYear = new Map(
      reported.data.observations.filter((o) => o.entityId === 'WLD').map((o) => [o.year, o.value]),
    )
    return buildInvestmentView(
      reported.data.observations,
      groups.data.observations.filter((o) => groupIds.includes(o.entityId)),
      {
        population: reference.population,
        gdp: reference.gdp,
        world: (year) => worldByYear.get(year) ?? null,
        groupMembers: (id) => m.groupById.get(id)?.members ?? null,
      },
      {
        year: v.year,
        range: v.years,
        norm: v.norm,
        cumulative: v.cumulative,
        base: v.base,
        includes: scope.includes,
      },
    )
    // groupIds is derived from v.region
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [meta.data, reported.data, groups.data, reference.population, reference.gdp, v])

  const flowOf = (economyId: string) => {
    if (!view) return null
    const source = economyId === 'eu27' ? groups.data?.observations : reported.data?.observations
    const o = source?.find((x) => x.entityId === economyId && x.year === view.year)
    return o
      ? {
          value: o.value,
          year: view.year,
          label: economyId === 'eu27' ? `${editionLabel}, sum of reporting members` : editionLabel,
        }
      : null
  }

  return (
    <Panel
      title="Private Investment"
      subtitle="Where private AI money goes — and how announced billions compare"
    >
      <InvestmentControls years={view?.years ?? []} />
      <QueryBoundary
        queries={[meta, reported, groups, ...reference.queries]}
        loadingLabel="Loading private investment"
      >
        {() =>
          view ? (
            <>
              <InvestmentCharts
                view={view}
                editionLabel={editionLabel}
                real={real}
                nameOf={(id) => entityName(meta.data, id)}
                isCountry={(id) => meta.data?.entityById.get(id)?.kind === 'country'}
              />
              <QueryBoundary queries={[pledges]} loadingLabel="Loading pledges">
                {() => (
                  <PledgesTable
                    pledges={pledges.data?.pledges ?? []}
                    flowOf={flowOf}
                    nameOf={(id) => entityName(meta.data, id)}
                  />
                )}
              </QueryBoundary>
            </>
          ) : (
            <PanelEmpty>{`${editionLabel} has no private-investment figure in this view.`}</PanelEmpty>
          )
        }
      </QueryBoundary>
    </Panel>
  )
}
