/** Private Investment panel: where the money goes, normalised honestly, with pledges set against it. */
import { Panel } from '../../../components/panel/panel'
import { PanelEmpty } from '../../../components/panel/panel-states'
import { QueryBoundary } from '../../../components/panel/query-boundary'
import { VisibleFirst } from '../../../components/panel/visible-first'
import { useViewOmit } from '../../../stores/view-store'
import { caveats, digitsFor, sourceLine, trendUnit, yearUnit } from '../model/labels'
import { pointKey, revisionText } from '../model/revisions'
import { BlocBuilder } from './bloc-builder'
import type { ChartContext } from './chart-context'
import { ClaimsNote } from './claims-note'
import { InvestmentControls } from './investment-controls'
import { PledgesTable } from './pledges-table'
import { RevisionsNote } from './revisions-note'
import { TrendSection } from './trend-section'
import { useInvestmentData } from './use-investment-data'
import { YearSection } from './year-section'
import './investment.css'

export function InvestmentPanel() {
  const d = useInvestmentData()
  const s = useViewOmit(['weights', 'compare'])
  const view = d.view
  const labels = {
    norm: s.norm,
    price: s.price,
    cumulative: s.cumulative,
    base: s.base,
    log: s.log,
    firstYear: view?.years[0] ?? null,
  }
  const ctx: ChartContext | null = view && {
    view,
    unit: yearUnit(s.norm, s.price),
    source: sourceLine(s.norm, d.editionLabel),
    caveats: caveats({ ...labels, hasWorld: d.hasWorld === true }),
    digits: digitsFor(s.norm),
    editionLabel: d.editionLabel,
    nameOf: d.nameOf,
    isCountry: (id) => d.meta.data?.entityById.get(id)?.kind === 'country',
    revisedNote: (id, year) => revisionText(d.marks.get(pointKey(id, year)), d.labelOf),
  }
  return (
    <Panel
      title="Private Investment"
      subtitle="Where private AI money goes — and how announced billions compare"
    >
      <InvestmentControls years={view?.years ?? []} />
      {/* Off screen when its data arrives (below the fold at load), the panel's body is
          drawn right after the visible panels instead of holding up their first paint. */}
      <VisibleFirst className="panel__deferred">
        <QueryBoundary queries={d.queries} loadingLabel="Loading private investment">
          {() =>
            ctx ? (
              <>
                <VisibleFirst>
                  <YearSection ctx={ctx} />
                </VisibleFirst>
                <VisibleFirst>
                  <TrendSection
                    ctx={ctx}
                    unit={trendUnit(labels)}
                    claims={d.annotations}
                    claimsComparable={
                      s.norm === 'absolute' && !d.real && !s.cumulative && s.base === null
                    }
                  />
                </VisibleFirst>
                <VisibleFirst>
                  <BlocBuilder />
                  <RevisionsNote items={d.revised} nameOf={d.nameOf} editionLabel={d.labelOf} />
                  <QueryBoundary queries={[d.claimsQuery]} loadingLabel="Loading quoted claims">
                    {() => <ClaimsNote claims={d.annotations} />}
                  </QueryBoundary>
                  <QueryBoundary queries={[d.pledges]} loadingLabel="Loading pledges">
                    {() => (
                      <PledgesTable
                        pledges={d.pledges.data?.pledges ?? []}
                        flowOf={d.flowOf}
                        nameOf={d.nameOf}
                        editionLabel={d.editionLabel}
                      />
                    )}
                  </QueryBoundary>
                </VisibleFirst>
              </>
            ) : (
              <PanelEmpty>{`${d.editionLabel} has no private-investment figure in this view.`}</PanelEmpty>
            )
          }
        </QueryBoundary>
      </VisibleFirst>
    </Panel>
  )
}
