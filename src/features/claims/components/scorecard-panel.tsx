/**
 * The claims scorecard: every quoted claim of the debate, filtered by status and by the panel
 * it is shown in (view parameters, so a filtered scorecard is a link), as one figure (the table
 * slides and exports use) and, under it, a link to each claim where it is checked.
 */
import { memo } from 'react'
import { ClaimStatusBadge } from '../../../components/claims/claim-status-badge'
import { SelectField } from '../../../components/fields/select-field'
import { FigureView } from '../../../components/figure/figure-view'
import { Panel } from '../../../components/panel/panel'
import { claimHref, claimNumber, PANEL_TITLE, placeOf } from '../../../domain/claim-placement'
import { CLAIM_STATUS_LABEL, CLAIM_STATUSES } from '../../../domain/claims'
import { PANELS, type PanelId, type UpdateView, type ViewState } from '../../../domain/view'
import { useClaimsData } from '../claims-data'
import { scorecardClaims, scorecardFigure, statusesFigure, statusCounts } from '../figures'

interface Props {
  readonly view: ViewState
  readonly update: UpdateView
}

const ALL = 'all'
const LISTED: readonly PanelId[] = PANELS.filter((p) => p !== 'claims')

/** The settings the scorecard draws: any other change does not re-render it. */
const DRAWN = ['claimStatus', 'claimPanel', 'tables'] as const

export const SCORECARD_ID = 'claims-scorecard'

function ScorecardPanelView({ view, update }: Props) {
  const data = useClaimsData()
  const m = data.model
  const shown = m.claims ? scorecardClaims(m.claims, view) : []
  return (
    <Panel
      id={SCORECARD_ID}
      title="Claims scorecard"
      subtitle={
        m.claims
          ? `Every figure quoted in the debate, checked against the edition it cites — ${statusCounts(m.claims)}`
          : 'Every figure quoted in the debate, checked against the edition it cites'
      }
      actions={
        <>
          <SelectField
            label="Status"
            value={view.claimStatus ?? ALL}
            sections={[
              {
                title: 'Status',
                options: [
                  { id: ALL, label: 'Every status' },
                  ...CLAIM_STATUSES.map((s) => ({ id: s, label: CLAIM_STATUS_LABEL[s] })),
                ],
              },
            ]}
            onChange={(id) => update({ claimStatus: CLAIM_STATUSES.find((s) => s === id) ?? null })}
          />
          <SelectField
            label="Shown in"
            value={view.claimPanel ?? ALL}
            sections={[
              {
                title: 'Panel',
                options: [
                  { id: ALL, label: 'Every panel' },
                  ...LISTED.map((p) => ({ id: p, label: PANEL_TITLE[p] })),
                ],
              },
            ]}
            onChange={(id) => update({ claimPanel: LISTED.find((p) => p === id) ?? null })}
          />
        </>
      }
    >
      <FigureView spec={statusesFigure} data={data} view={view} update={update} nameOf={m.nameOf} />
      <FigureView
        spec={scorecardFigure}
        data={data}
        view={view}
        update={update}
        nameOf={m.nameOf}
      />
      {m.claims && shown.length > 0 ? (
        <section className="scorecard__links" aria-label="Each claim where it is checked">
          <h3 className="subhead">Each claim where it is checked</h3>
          <ol className="scorecard__list">
            {shown.map((c) => (
              <li key={c.id}>
                <span className="quoted__number">[{claimNumber(m.claims ?? [], c.id)}]</span>{' '}
                <ClaimStatusBadge status={c.status} />{' '}
                <a href={claimHref(c)} data-view-link="">
                  {c.statement}
                </a>{' '}
                <span className="muted">— {PANEL_TITLE[placeOf(c).panel]}</span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </Panel>
  )
}

export const ScorecardPanel = memo(
  ScorecardPanelView,
  (a, b) =>
    a.update === b.update &&
    DRAWN.every((k) => JSON.stringify(a.view[k]) === JSON.stringify(b.view[k])),
)
