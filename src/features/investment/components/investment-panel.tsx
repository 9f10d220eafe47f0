/** Private Investment panel: where the money goes, normalised honestly, with pledges set against it. */
import { memo } from 'react'
import { FigureView } from '../../../components/figure/figure-view'
import { queriesOf, type AnyFigureSpec } from '../../../components/figure/figure-spec'
import { Panel } from '../../../components/panel/panel'
import { QueryBoundary } from '../../../components/panel/query-boundary'
import { VisibleFirst } from '../../../components/panel/visible-first'
import { ScrollRegion } from '../../../components/scroll-region'
import { sameViewExcept, type UpdateView, type ViewState } from '../../../domain/view'
import { useInvestmentData } from '../api/investment-data'
import {
  pledgesFigure,
  pledgesTableFigure,
  rankedFigure,
  trendFigure,
  yearTableFigure,
} from '../figures'
import { mapFigure } from '../map-figure'
import type { InvestmentModel } from '../model/investment-view'
import { BlocBuilder } from './bloc-builder'
import { FxField } from './fx-field'
import { InvestmentControls } from './investment-controls'
import { InvestmentQuoted } from './investment-quoted'
import { RevisionsNote } from './revisions-note'
import { WithheldTotals } from './withheld-totals'
import './investment.css'

interface Props {
  readonly view: ViewState
  readonly update: UpdateView
}

/** Settings this panel does not draw: a change to them does not re-render it. */
const IGNORED = ['weights', 'compare', 'gvt', 'invest', 'sort'] as const

function InvestmentPanelView({ view, update }: Props) {
  const data = useInvestmentData(view)
  const m = data.model
  const figure = (spec: AnyFigureSpec<InvestmentModel>) => (
    <FigureView spec={spec} data={data} view={view} update={update} nameOf={m.nameOf} />
  )
  const years = m.series !== null && m.series !== 'none' ? m.series.years : []
  return (
    <Panel
      title="Private Investment"
      subtitle="Where private AI money goes — and how announced billions compare"
    >
      <InvestmentControls view={view} update={update} years={years} />
      {/* Off screen when its data arrives (below the fold at load), the panel's body is
          drawn right after the visible panels instead of holding up their first paint. */}
      <VisibleFirst className="panel__deferred">
        <VisibleFirst>
          <div className="panel__grid">
            {figure(rankedFigure)}
            {/* Scrollable, so it must be reachable by keyboard (tabIndex) and named. */}
            <div className="panel__side-stack">
              <ScrollRegion className="panel__side" label="Figures of the year">
                {figure(yearTableFigure)}
              </ScrollRegion>
              <WithheldTotals model={m} />
            </div>
          </div>
        </VisibleFirst>
        <VisibleFirst>{figure(mapFigure)}</VisibleFirst>
        <VisibleFirst>{figure(trendFigure)}</VisibleFirst>
        <VisibleFirst>
          <BlocBuilder
            countries={view.countries}
            bloc={view.bloc}
            nameOf={m.nameOf}
            update={update}
          />
          <RevisionsNote
            items={m.revisions}
            nameOf={m.nameOf}
            editionLabel={(id) => m.names?.edition(id) ?? id}
          />
          <QueryBoundary
            queries={queriesOf(data, ['meta', 'claims'])}
            label="Quoted claims on the investment gap"
          >
            {() => <InvestmentQuoted model={m} topic="investment" />}
          </QueryBoundary>
          <section className="pledges" aria-labelledby="pledges-title">
            <h3 id="pledges-title" className="subhead">
              Pledges against flows
            </h3>
            <FxField fx={view.fx} update={update} />
            {figure(pledgesFigure)}
            {figure(pledgesTableFigure)}
            <QueryBoundary
              queries={queriesOf(data, ['meta', 'claims'])}
              label="Quoted claims on pledges"
            >
              {() => <InvestmentQuoted model={m} topic="pledges" />}
            </QueryBoundary>
          </section>
        </VisibleFirst>
      </VisibleFirst>
    </Panel>
  )
}

export const InvestmentPanel = memo(
  InvestmentPanelView,
  (a, b) => a.update === b.update && sameViewExcept(a.view, b.view, IGNORED),
)
