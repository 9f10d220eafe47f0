/** AI Vibrancy Ranking panel: the ranking as published, why ranks move, and an open index computed here. */
import { memo } from 'react'
import { NormalisationField } from '../../../components/fields/normalisation-field'
import { SelectField } from '../../../components/fields/select-field'
import type { AnyFigureSpec } from '../../../components/figure/figure-spec'
import { FigureView } from '../../../components/figure/figure-view'
import { Panel } from '../../../components/panel/panel'
import { VisibleFirst } from '../../../components/panel/visible-first'
import { GVT_EDITIONS } from '../../../domain/editions'
import { gvtOf, sameViewExcept, type UpdateView, type ViewState } from '../../../domain/view'
import { useVibrancyData } from '../api/vibrancy-data'
import {
  contributionsFigure,
  indexFigure,
  indexTableFigure,
  movementFigure,
  pillarsFigure,
  profileFigure,
  publishedFigure,
  publishedTableFigure,
} from '../figures'
import { mapFigure } from '../map-figure'
import type { VibrancyModel } from '../model/vibrancy-view'
import { IndexAside } from './index-aside'
import { ProfilePickers } from './profile-pickers'
import { VibrancyQuoted } from './vibrancy-quoted'
import './vibrancy.css'

interface Props {
  readonly view: ViewState
  readonly update: UpdateView
}

/** Settings this panel does not draw: a change to them does not re-render it. */
const IGNORED = [
  'price',
  'cumulative',
  'log',
  'base',
  'bloc',
  'fx',
  'invest',
  'sort',
  'years',
] as const

const AUTO = 'auto'

function VibrancyPanelView({ view, update }: Props) {
  const data = useVibrancyData(view)
  const m = data.model
  const figure = (spec: AnyFigureSpec<VibrancyModel>) => (
    <FigureView spec={spec} data={data} view={view} update={update} nameOf={m.nameOf} />
  )
  const shown = (id: string) => view.tables.includes(id) || view.tables.includes('vibrancy')
  const noPillars = pillarsFigure.state(m, view)?.kind === 'empty'
  return (
    <Panel
      title="AI Vibrancy Ranking"
      subtitle="The Global AI Vibrancy ranking as published by Stanford HAI — and an open index, computed here, that you can re-weight"
      actions={
        <>
          <NormalisationField
            value={view.norm}
            onChange={(norm) => update({ norm })}
            options={['absolute', 'per-capita']}
          />
          <SelectField
            label="Vibrancy edition"
            value={view.gvt ?? AUTO}
            sections={[
              {
                title: 'GVT edition',
                options: [
                  {
                    id: AUTO,
                    label: `Matching the year (${m.editionLabel(gvtOf({ ...view, gvt: null }))})`,
                  },
                  ...GVT_EDITIONS.map((id) => ({ id, label: m.editionLabel(id) })),
                ],
              },
            ]}
            onChange={(id) => update({ gvt: GVT_EDITIONS.find((e) => e === id) ?? null })}
          />
        </>
      }
    >
      <VisibleFirst>
        <div className={`vib-published${noPillars ? ' vib-published--no-pillars' : ''}`}>
          {figure(publishedFigure)}
          {noPillars ? null : figure(pillarsFigure)}
          {/* The same list beside the chart; not twice when the chart is a table already. */}
          {shown(publishedFigure.id) ? null : (
            <div className="vib-published__table">{figure(publishedTableFigure)}</div>
          )}
          {/* A release without pillar scores (GVT 2024, 2025) says so in a line below, rather
              than hold a column of the first screen for it. */}
          {noPillars ? (
            <div className="vib-published__note">
              <FigureView
                spec={pillarsFigure}
                data={data}
                view={view}
                update={update}
                nameOf={m.nameOf}
                height={48}
              />
            </div>
          ) : null}
        </div>
        {/* Full width: every data year of every release, with room for the breaks between them. */}
        {/* Its own block: below the published ranking, it then waits for it. */}
        <div className="vib-movement">
          <VisibleFirst>{figure(movementFigure)}</VisibleFirst>
        </div>
        <VibrancyQuoted title="Quoted in the debate: the ranking" />
      </VisibleFirst>
      <VisibleFirst>{figure(mapFigure)}</VisibleFirst>
      <VisibleFirst>
        <section className="vib-index" aria-label="Computed index">
          <h3 className="subhead">
            Computed here: an open index you can inspect and re-weight
            {view.norm === 'per-capita' ? ' (per capita)' : ''}
          </h3>
          <div className="vib-index__grid">
            <IndexAside model={m} weights={view.weights} update={update} />
            <div className="vib-index__main">
              {figure(indexFigure)}
              {shown(indexFigure.id) ? null : (
                <div className="vib-index__table">{figure(indexTableFigure)}</div>
              )}
            </div>
          </div>
          {m.scored && m.scored.insufficient.length > 0 ? <InsufficientNote model={m} /> : null}
          <section className="vib-profile" aria-label="Country profile">
            <h3 className="subhead">Why it ranks where it does</h3>
            <ProfilePickers model={m} view={view} update={update} />
            <div className="vib-profile__grid">
              {figure(contributionsFigure)}
              {figure(profileFigure)}
            </div>
          </section>
        </section>
      </VisibleFirst>
    </Panel>
  )
}

export const VibrancyPanel = memo(
  VibrancyPanelView,
  (a, b) => a.update === b.update && sameViewExcept(a.view, b.view, IGNORED),
)

/** Beyond this many, the countries set aside are listed behind a disclosure. */
const INSUFFICIENT_SHOWN = 12

/** The countries the index sets aside for too few figures, each with its count of inputs. */
function InsufficientNote({ model: m }: { readonly model: VibrancyModel }) {
  const k = m.index?.used.length ?? 0
  const rows = m.scored?.insufficient ?? []
  const names = rows
    .map((i) => `${m.nameOf(i.entityId)} (${String(k - i.missing.length)})`)
    .join(', ')
  const lead = `figures for fewer than half of the ${String(k)} inputs with data in this view, so not ranked`
  return rows.length > INSUFFICIENT_SHOWN ? (
    <div className="vib-insufficient" role="note" aria-label="Insufficient data">
      <strong>Insufficient data</strong> — {rows.length} countries have {lead} (inputs with figures
      in brackets).
      <details>
        <summary>List them</summary>
        {names}.
      </details>
    </div>
  ) : (
    <p className="vib-insufficient" role="note" aria-label="Insufficient data">
      <strong>Insufficient data</strong> — {lead}: {names}.
    </p>
  )
}
