/**
 * The claims scorecard as a figure (`claims.scorecard`): every quoted claim of the debate with
 * its number, status, the figure as quoted, the data point it is checked against (with its
 * edition) and the panel it is shown in, filtered by the view's status and panel. Slides and
 * exports address it like any other figure.
 */
import type { Claim } from '../../api/schemas'
import { BarsChart, type BarsData } from '../../components/chart/lazy-charts'
import { defineFigure, defineTable } from '../../components/figure/figure-spec'
import type { FigureState, FigureText } from '../../components/figure/figure-types'
import { citedCheck, claimNumber, PANEL_TITLE, placeOf } from '../../domain/claim-placement'
import { CLAIM_STATUS_LABEL, CLAIM_STATUSES } from '../../domain/claims'
import type { ViewState } from '../../domain/view'
import { checkText, quotedText, revisionText } from '../../lib/claims'
import { citationsOf, licencesOf } from '../../lib/sources'
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

const NONE_SHOWN = 'No claim has this status in this panel.'

/** The text both claims figures share: sources and licences of the claims shown, the rule. */
function claimsText(
  m: ClaimsModel,
  names: NonNullable<ClaimsModel['names']>,
  shown: readonly Claim[],
  title: string,
  unit: string,
): FigureText {
  const ids = shown.flatMap((c) => [c.sourceId, ...c.checks.map((k) => k.sourceId)])
  return {
    title,
    unit,
    source: citationsOf(ids, names.source) ?? '',
    licence: licencesOf(ids, names.source),
    edition: 'each claim against the edition it cites',
    caveats: m.statusRule ? [m.statusRule] : [],
  }
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
    const t = claimsText(
      m,
      names,
      shown,
      `Claims scorecard: the quoted figures of the debate and their status${filterText(view)}`,
      'quoted figures (claims, not data)',
    )
    if (shown.length === 0) return { ...t, kind: 'empty', reason: NONE_SHOWN }
    return {
      ...t,
      kind: 'ready',
      data: null,
      table: {
        caption: t.title,
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

/**
 * The scorecard at a glance (`claims.statuses`): how many of the claims the view keeps have each
 * status, in the rule's order, each bar listing its claims' numbers. What a slide can show of
 * 25 claims in a room; the scorecard's table holds every claim in full.
 */
export const statusesFigure = defineFigure<ClaimsModel, BarsData>({
  id: 'claims.statuses',
  panel: 'claims',
  label: 'Claims by status: how many quoted figures each status has (bars)',
  kind: 'bar',
  needs: ['meta', 'claims'],
  height: (st) => (st.kind === 'ready' ? st.data.bars.length * 40 + 40 : 160),
  Chart: BarsChart,
  state: (m, view): FigureState<BarsData> | null => {
    if (!m.claims || !m.names) return null
    const all = m.claims
    const names = m.names
    const shown = scorecardClaims(all, view)
    const t = claimsText(
      m,
      names,
      shown,
      `Quoted figures of the debate by status${filterText(view)}: ${statusCounts(shown)}`,
      'number of quoted figures (claims, not data); [n]: the claims’ numbers in the scorecard',
    )
    if (shown.length === 0) return { ...t, kind: 'empty', reason: NONE_SHOWN }
    const groups = CLAIM_STATUSES.map((status) => {
      const claims = shown.filter((c) => c.status === status)
      const numbers = claims.map((c) => claimNumber(all, c.id)).filter((n) => n !== null)
      return { status, claims, numbers }
    }).filter((g) => g.claims.length > 0)
    const numbersText = (numbers: readonly number[]) =>
      numbers.map((n) => `[${String(n)}]`).join(' ')
    return {
      ...t,
      kind: 'ready',
      data: {
        bars: groups.map((g) => ({
          id: g.status,
          label: CLAIM_STATUS_LABEL[g.status],
          value: g.claims.length,
          valueText: `${String(g.claims.length)}  ${numbersText(g.numbers)}`,
          detail: g.claims.map((c) => `[${String(claimNumber(all, c.id))}] ${c.statement}`),
        })),
      },
      table: {
        caption: t.title,
        rowHeader: 'Status',
        columns: [
          { id: 'count', header: 'Quoted figures', numeric: true },
          { id: 'claims', header: 'Claims (numbers as in the scorecard)' },
        ],
        rows: groups.map((g) => ({
          id: g.status,
          label: CLAIM_STATUS_LABEL[g.status],
          cells: [
            g.claims.length,
            g.claims.map((c) => `[${String(claimNumber(all, c.id))}] ${c.statement}`).join('; '),
          ],
        })),
      },
      summary: `Bar chart of ${statusCounts(shown)}${filterText(view)}.`,
      native: {
        type: 'bar',
        horizontal: true,
        labels: groups.map((g) => CLAIM_STATUS_LABEL[g.status]),
        series: [{ name: 'Quoted figures', values: groups.map((g) => g.claims.length) }],
      },
    }
  },
})

export const CLAIMS_FIGURES = [scorecardFigure, statusesFigure] as const
