/**
 * The claims scorecard as a figure (`claims.scorecard`): every quoted claim of the debate with
 * its number, status, the figure as quoted, the data point it is checked against (with its
 * edition) and the panel it is shown in, filtered by the view's status and panel. Slides and
 * exports address it like any other figure.
 */
import type { Claim } from '../../api/schemas'
import { defineTable } from '../../components/figure/figure-spec'
import type { FigureState, FigureText } from '../../components/figure/figure-types'
import { citedCheck, claimNumber, PANEL_TITLE, placeOf } from '../../domain/claim-placement'
import { CLAIM_STATUS_LABEL, CLAIM_STATUSES } from '../../domain/claims'
import type { ViewState } from '../../domain/view'
import { checkText, quotedText, revisionText } from '../../lib/claims'
import { citationLine, licencesOf, sourcesOf } from '../../lib/sources'
import type { ClaimsModel } from './claims-data'

/** The claims the view's filters keep, in the order served. */
export function scorecardClaims(
  claims: readonly Claim[],
  view: Pick<ViewState, 'claimStatus' | 'claimPanel'>,
): Claim[] {
  return claims.filter(
    (c) =>
      (view.claimStatus === null || c.status === view.claimStatus) &&
      (view.claimPanel === null || placeOf(c).panel === view.claimPanel),
  )
}

/** "25 claims: 9 verified, 4 consistent with rounding …". */
export function statusCounts(claims: readonly Claim[]): string {
  const parts = CLAIM_STATUSES.flatMap((s) => {
    const n = claims.filter((c) => c.status === s).length
    return n === 0 ? [] : [`${String(n)} ${CLAIM_STATUS_LABEL[s]}`]
  })
  return `${String(claims.length)} ${claims.length === 1 ? 'claim' : 'claims'}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`
}

function filterText(view: Pick<ViewState, 'claimStatus' | 'claimPanel'>): string {
  const parts: string[] = []
  if (view.claimStatus !== null) parts.push(CLAIM_STATUS_LABEL[view.claimStatus])
  if (view.claimPanel !== null) parts.push(`in ${PANEL_TITLE[view.claimPanel]}`)
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`
}

export const scorecardFigure = defineTable<ClaimsModel>({
  id: 'claims.scorecard',
  panel: 'claims',
  label: 'Claims scorecard: every quoted claim with its status (table)',
  needs: ['meta', 'claims'],
  state: (m, view): FigureState<null> | null => {
    if (!m.claims || !m.names) return null
    const all = m.claims
    const names = m.names
    const shown = scorecardClaims(all, view)
    const sources = sourcesOf(
      shown.flatMap((c) => [c.sourceId, ...c.checks.map((k) => k.sourceId)]),
      names.source,
    )
    const title = `Claims scorecard: the quoted figures of the debate and their status${filterText(view)}`
    const t: FigureText = {
      title,
      unit: 'quoted figures (claims, not data)',
      source: citationLine(sources),
      licence: licencesOf(
        shown.flatMap((c) => [c.sourceId, ...c.checks.map((k) => k.sourceId)]),
        names.source,
      ),
      edition: 'each claim against the edition it cites',
      caveats: m.statusRule ? [m.statusRule] : [],
    }
    if (shown.length === 0)
      return { ...t, kind: 'empty', reason: 'No claim has this status in this panel.' }
    return {
      ...t,
      kind: 'ready',
      data: null,
      table: {
        caption: title,
        rowHeader: 'Claim',
        columns: [
          { id: 'n', header: 'No.', numeric: true, format: (v) => (v === null ? '' : String(v)) },
          { id: 'status', header: 'Status' },
          { id: 'quoted', header: 'Quoted' },
          { id: 'check', header: 'Checked against' },
          { id: 'revision', header: 'Revised since' },
          { id: 'panel', header: 'Shown in' },
        ],
        rows: shown.map((c) => {
          const cited = citedCheck(c)
          return {
            id: c.id,
            label: c.statement,
            cells: [
              claimNumber(all, c.id),
              CLAIM_STATUS_LABEL[c.status],
              quotedText(c) ?? 'no figure quoted',
              cited ? checkText(cited, names.entity) : 'no data point in what it cites',
              revisionText(c.revision, names.edition) ?? '',
              PANEL_TITLE[placeOf(c).panel],
            ],
          }
        }),
      },
      summary: `Table of ${statusCounts(shown)}${filterText(view)}.`,
      native: null,
    }
  },
})

export const CLAIMS_FIGURES = [scorecardFigure] as const
