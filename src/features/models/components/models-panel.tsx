/** Models & Patents panel: the output of the AI race, and output per dollar. */
import { memo } from 'react'
import { queriesOf, type AnyFigureSpec } from '../../../components/figure/figure-spec'
import { FigureView } from '../../../components/figure/figure-view'
import { Panel } from '../../../components/panel/panel'
import { VisibleFirst } from '../../../components/panel/visible-first'
import { Disclosure } from '../../../components/disclosure'
import { ScrollRegion } from '../../../components/scroll-region'
import { sameViewExcept, type UpdateView, type ViewState } from '../../../domain/view'
import { useModelsData } from '../api/models-data'
import {
  editionCompareFigure,
  headlineFigure,
  notableCumulativeFigure,
  notableTrendFigure,
  openClaimsFigure,
  outputFigure,
  patentDefinitionsFigure,
  patentsTrendFigure,
  per100kFigure,
} from '../figures'
import { mapFigure } from '../map-figure'
import type { ModelsModel } from '../model/models-view'
import { ModelsControls } from './models-controls'
import { ModelsQuoted } from './models-quoted'
import { SourcesNote } from './sources-note'
import './models.css'

interface Props {
  readonly view: ViewState
  readonly update: UpdateView
}

/** Settings this panel does not draw: a change to them does not re-render it. */
const IGNORED = ['weights', 'compare', 'gvt', 'price', 'base', 'bloc', 'fx'] as const

function ModelsPanelView({ view, update }: Props) {
  const data = useModelsData(view)
  const quotedQueries = queriesOf(data, ['meta', 'claims'])
  const m = data.model
  const figure = (spec: AnyFigureSpec<ModelsModel>) => (
    <FigureView spec={spec} data={data} view={view} update={update} nameOf={m.nameOf} />
  )
  return (
    <Panel title="Models & Patents" subtitle="The output of the AI race — and output per dollar">
      <ModelsControls model={m} view={view} update={update} />
      {/* Off screen when its data arrives (below the fold at load), the panel's body is
          drawn right after the visible panels instead of holding up their first paint. */}
      <VisibleFirst className="panel__deferred">
        <VisibleFirst>
          <section className="models-section" aria-labelledby="models-models-h">
            <h3 id="models-models-h" className="subhead">
              Notable and foundation models
            </h3>
            <div className="panel__grid">
              {figure(view.cumulative ? notableCumulativeFigure : notableTrendFigure)}
              <ScrollRegion className="panel__side" label="Headline figures">
                {figure(headlineFigure)}
              </ScrollRegion>
            </div>
            <Disclosure
              className="models-compare"
              summary="The edition prints other counts on its charts than in its data files — both shown, neither corrected"
            >
              {() => figure(editionCompareFigure)}
            </Disclosure>
            <ModelsQuoted
              model={m}
              queries={quotedQueries}
              title="Quoted in the debate: models"
              figures={['models.headline', 'models.notable-trend']}
              note="A count quoted without a data point in what it cites (foundation models) is a quote with a status, never a figure of the charts."
            />
          </section>
        </VisibleFirst>
        <VisibleFirst>
          <section className="models-section" aria-labelledby="models-patents-h">
            <h3 id="models-patents-h" className="subhead">
              Granted AI patents
            </h3>
            <div className="panel__row">
              {figure(patentsTrendFigure)}
              {figure(per100kFigure)}
            </div>
            {figure(mapFigure)}
            {figure(patentDefinitionsFigure)}
            <ModelsQuoted
              model={m}
              queries={quotedQueries}
              title="Quoted in the debate: patents"
              figures={['models.patents-trend', 'models.patent-definitions']}
            />
          </section>
        </VisibleFirst>
        <VisibleFirst>
          <section className="models-section" aria-labelledby="models-output-h">
            <h3 id="models-output-h" className="subhead">
              Output per dollar
            </h3>
            {figure(outputFigure)}
            <ModelsQuoted
              model={m}
              queries={quotedQueries}
              title="Quoted in the debate: training cost"
              figures={['models.output-per-dollar']}
              note="No series holds a model's training cost: these are quoted statements with their status and sources."
            />
          </section>
        </VisibleFirst>
        <VisibleFirst>
          <section className="models-section" aria-labelledby="models-claims-h">
            <h3 id="models-claims-h" className="subhead">
              Quoted in the debate: open foundation models
            </h3>
            {figure(openClaimsFigure)}
            <ModelsQuoted
              model={m}
              queries={quotedQueries}
              title="Open foundation models: the quotes"
              figures={['models.open-claims']}
            />
          </section>
          <SourcesNote />
        </VisibleFirst>
      </VisibleFirst>
    </Panel>
  )
}

export const ModelsPanel = memo(
  ModelsPanelView,
  (a, b) => a.update === b.update && sameViewExcept(a.view, b.view, IGNORED),
)
