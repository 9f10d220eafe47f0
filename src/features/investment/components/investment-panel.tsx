/** Private Investment panel: where the money goes, normalised honestly, with pledges set against it. */
import { useMemo } from 'react'
import { Panel } from '../../../components/panel/panel'
import { PanelEmpty } from '../../../components/panel/panel-states'
import { QueryBoundary } from '../../../components/panel/query-boundary'
import { scopeOf } from '../../../lib/scope'
import { useIndicator } from '../../../queries/indicator'
import { entityName, useMeta } from '../../../queries/meta'
import { useClaims, usePledges } from '../../../queries/pledges'
import { QuotedClaims } from '../../../components/quoted-claims'
import type { EditionId, Observation } from '../../../api/schemas'
import { useReferenceData } from '../../../queries/reference'
import { useView } from '../../../stores/view-store'
import { buildInvestmentView } from '../model/investment-view'
import { CUSTOM_BLOC_ID, customBlocObservations } from '../model/custom-bloc'
import { revisions } from '../model/revisions'
import { BlocBuilder } from './bloc-builder'
import { RevisionsNote } from './revisions-note'
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
  const claims = useClaims()
  // Every AI Index edition of the same series, to show revisions (cached, shared with the picker).
  const e2024 = useIndicator('private-investment', { edition: 'aiindex-2024' }, !real)
  const e2025 = useIndicator('private-investment', { edition: 'aiindex-2025' }, !real)
  const e2026 = useIndicator('private-investment', { edition: 'aiindex-2026' }, !real)
  const editionLabel = meta.data?.editions.find((e) => e.id === edition)?.label ?? edition

  const view = useMemo(() => {
    if (!meta.data || !reported.data || !groups.data) return null
    const m = meta.data
    const scope = scopeOf(v, m.groupById, m.entityById)
    const worldByYear = new Map(
      reported.data.observations.filter((o) => o.entityId === 'WLD').map((o) => [o.year, o.value]),
    )
    const custom = v.bloc ? customBlocObservations(reported.data.observations, v.bloc) : []
    return buildInvestmentView(
      reported.data.observations,
      [...custom, ...groups.data.observations.filter((o) => groupIds.includes(o.entityId))],
      {
        population: reference.population,
        gdp: reference.gdp,
        world: (year) => worldByYear.get(year) ?? null,
        groupMembers: (id) =>
          id === CUSTOM_BLOC_ID
            ? (v.bloc?.members ?? null)
            : (m.groupById.get(id)?.members ?? null),
      },
      {
        year: v.year,
        range: v.years,
        norm: v.norm,
        cumulative: v.cumulative,
        base: v.base,
        includes: scope.includes,
        picked: v.countries,
      },
    )
    // groupIds is derived from v.region
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [meta.data, reported.data, groups.data, reference.population, reference.gdp, v])

  const nameOf = (id: string) =>
    id === CUSTOM_BLOC_ID ? `${v.bloc?.name ?? 'Your bloc'} (your bloc)` : entityName(meta.data, id)
  const labelOf = (id: string) => meta.data?.editions.find((e) => e.id === id)?.label ?? id
  const revised = view
    ? revisions(
        new Map<EditionId, readonly Observation[]>(
          [e2024, e2025, e2026]
            .filter((q) => q.data)
            .map((q) => [q.data?.edition ?? 'aiindex-2026', q.data?.observations ?? []]),
        ),
        view.year,
      ).filter((r) => r.figures.length > 1)
    : []
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
                nameOf={nameOf}
                revisedIds={new Set(revised.map((r) => r.entityId))}
                isCountry={(id) => meta.data?.entityById.get(id)?.kind === 'country'}
              />
              <BlocBuilder />
              <RevisionsNote items={revised} nameOf={nameOf} editionLabel={labelOf} />
              <QuotedClaims
                title="Quoted in the debate: the investment gap"
                claims={(claims.data?.claims ?? []).filter((c) =>
                  c.id.endsWith('_private_inv_2023'),
                )}
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
