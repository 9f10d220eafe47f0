/** Research & talent panel: who publishes and is cited in AI, and where the AI talent is. */
import { memo } from 'react'
import { queriesOf, type AnyFigureSpec } from '../../../components/figure/figure-spec'
import { FigureView } from '../../../components/figure/figure-view'
import { QuotedSection } from '../../../components/claims/quoted-section'
import { Panel } from '../../../components/panel/panel'
import { VisibleFirst } from '../../../components/panel/visible-first'
import { ScrollRegion } from '../../../components/scroll-region'
import { sameViewExcept, type UpdateView, type ViewState } from '../../../domain/view'
import { useResearchData } from '../api/research-data'
import {
  citationClaims,
  citationsFigure,
  gvtPublicationsFigure,
  jobPostingsFigure,
  publicationClaims,
  publicationSharesFigure,
  talentFigure,
  topCitedFigure,
} from '../figures'
import type { ResearchModel } from '../model/research-view'
import './research.css'

interface Props {
  readonly view: ViewState
  readonly update: UpdateView
}

/** Settings this panel does not draw: a change to them does not re-render it. */
const IGNORED = [
  'weights',
  'compare',
  'gvt',
  'price',
  'base',
  'bloc',
  'fx',
  'invest',
  'sort',
  'cumulative',
  'log',
] as const

function ResearchPanelView({ view, update }: Props) {
  const data = useResearchData(view)
  const quotedQueries = queriesOf(data, ['meta', 'claims'])
  const m = data.model
  const figure = (spec: AnyFigureSpec<ResearchModel>) => (
    <FigureView spec={spec} data={data} view={view} update={update} nameOf={m.nameOf} />
  )
  return (
    <Panel
      title="Research & talent"
      subtitle="Who publishes and is cited in AI research — and where the AI talent works"
    >
      <VisibleFirst className="panel__deferred">
        <VisibleFirst>
          <section className="research-section" aria-labelledby="research-publications-h">
            <h3 id="research-publications-h" className="subhead">
              AI publications
            </h3>
            <div className="panel__grid">
              {figure(publicationSharesFigure)}
              <ScrollRegion className="panel__side" label="Quoted claims on publications">
                <QuotedSection
                  lookups={m}
                  queries={quotedQueries}
                  title="Quoted in the debate: publications"
                  claims={publicationClaims(m)}
                />
              </ScrollRegion>
            </div>
          </section>
        </VisibleFirst>
        <VisibleFirst>
          <section className="research-section" aria-labelledby="research-citations-h">
            <h3 id="research-citations-h" className="subhead">
              Citations and the most-cited papers
            </h3>
            <div className="panel__grid">
              {figure(citationsFigure)}
              <div className="research-side">
                <QuotedSection
                  lookups={m}
                  queries={quotedQueries}
                  title="Quoted in the debate: citations"
                  claims={citationClaims(m)}
                />
                {figure(topCitedFigure)}
              </div>
            </div>
            {figure(gvtPublicationsFigure)}
          </section>
        </VisibleFirst>
        <VisibleFirst>
          <section className="research-section" aria-labelledby="research-talent-h">
            <h3 id="research-talent-h" className="subhead">
              Talent and job postings
            </h3>
            <div className="research-row">
              {figure(jobPostingsFigure)}
              {figure(talentFigure)}
            </div>
          </section>
        </VisibleFirst>
      </VisibleFirst>
    </Panel>
  )
}

export const ResearchPanel = memo(
  ResearchPanelView,
  (a, b) => a.update === b.update && sameViewExcept(a.view, b.view, IGNORED),
)
