/**
 * The Private Investment panel's figures, declared once: each reads its state from the panel's
 * model for a view (../model/investment-view.ts) and names its renderer. The panel, slides,
 * exports and the PowerPoint deck all draw them through these specs.
 */
import { defineFigure, defineTable } from '../../components/figure/figure-spec'
import type { FigureState, FigureTable, FigureText } from '../../components/figure/figure-types'
import {
  BarsChart,
  LinesChart,
  type BarsData,
  type LinesData,
} from '../../components/chart/lazy-charts'
import { coverageLabel } from '../../lib/aggregate'
import { formatBillions, formatExact, formatNumber, NO_DATA } from '../../lib/format'
import type { ViewState } from '../../domain/view'
import type { InvestmentModel } from './model/investment-view'
import type { YearEntry } from './model/investment-series'
import { CLAIM_STATUS_LABEL } from '../../domain/claims'
import { coverageText, pledgeBars } from './model/pledges'
import { mapFigure } from './map-figure'

/** Bars drawn at most; the table lists all (a slide has no room for 60 bars either). */
const MAX_BARS = 20
const PLEDGE_CAVEATS = [
  'Pledges are intentions, not disbursements; they may cover public money, infrastructure and non-AI spending, unlike the private-investment series (venture capital and private equity into private AI firms).',
  'A pledge without a stated horizon is not spread over guessed years: it reads “no horizon stated”.',
]

function text(m: InvestmentModel, title: string, extra: Partial<FigureText> = {}): FigureText {
  return {
    title,
    unit: m.unit,
    source: m.source,
    licence: m.licence,
    edition: m.editionText,
    caveats: m.caveats,
    ...extra,
  }
}

function empty<D>(t: FigureText, reason: string): FigureState<D> {
  return { ...t, kind: 'empty', reason }
}

/** The series for the view, or the figure's loading / empty state. */
function seriesOf(m: InvestmentModel) {
  return m.series
}

const countriesOf = (m: InvestmentModel, ranked: readonly YearEntry[]) =>
  ranked.filter(
    (r) => r.value !== null && r.origin === 'reported' && (m.names?.isCountry(r.entityId) ?? false),
  )

const leading = (items: readonly { name: string; value: string }[]) =>
  items
    .slice(0, 3)
    .map((i) => `${i.name} ${i.value}`)
    .join(', ')

export const rankedFigure = defineFigure<InvestmentModel, BarsData>({
  id: 'investment.ranked',
  panel: 'investment',
  label: 'Private investment by country, one year (bars)',
  kind: 'bar',
  needs: ['meta', 'series', 'reference', 'editions'],
  selectable: true,
  height: (s) => (s.kind === 'ready' ? Math.min(MAX_BARS, s.data.bars.length) * 22 + 40 : 160),
  Chart: BarsChart,
  state: (m: InvestmentModel, view: ViewState) => {
    const series = seriesOf(m)
    if (series === null) return null
    if (series === 'none')
      return empty(
        text(m, 'Ranked'),
        `${m.editionText} has no private-investment figure in this view.`,
      )
    const countries = countriesOf(m, series.ranked)
    const n = countries.length
    const title = `Ranked, ${series.year}: ${n} ${n === 1 ? 'country' : 'countries'} with a figure${n > MAX_BARS ? ` (top ${MAX_BARS} drawn; the table lists all)` : ''}`
    const t = text(m, title, {
      caveats: [...m.caveats, '◆ figure revised since the previous AI Index edition.'],
    })
    if (n === 0)
      return empty(
        t,
        `No country in view has a private-investment figure for ${series.year} in ${m.editionText}.`,
      )
    const note = (r: YearEntry) => m.revisedNote(r.entityId, series.year)
    const table: FigureTable = {
      caption: `${title} (the chart's data), ${m.unit}`,
      rowHeader: 'Country',
      columns: [
        {
          id: 'value',
          header: m.unit,
          numeric: true,
          format: (v) => formatExact(typeof v === 'number' ? v : null),
        },
        { id: 'revised', header: 'Revision', format: (v) => (v === null ? '' : String(v)) },
      ],
      rows: countries.map((r) => ({
        id: r.entityId,
        label: m.nameOf(r.entityId),
        cells: [r.value, note(r)],
        highlighted: r.entityId === view.selected,
      })),
    }
    const bars = countries.slice(0, MAX_BARS).map((r) => ({
      id: r.entityId,
      label: `${m.nameOf(r.entityId)}${note(r) ? ' ◆' : ''}`,
      value: r.value,
      valueText: formatNumber(r.value, m.digits),
      highlighted: r.entityId === view.selected,
      detail: [`${formatExact(r.value)} ${m.unit}`, note(r) ?? '', m.source].filter(Boolean),
    }))
    return {
      ...t,
      kind: 'ready',
      data: { bars, selectable: true },
      table,
      summary: `Bar chart of ${m.unit} by country in ${series.year}: ${leading(bars.map((b) => ({ name: m.nameOf(b.id), value: b.valueText })))}. The table lists all ${n}.`,
      native: {
        type: 'bar',
        horizontal: true,
        labels: bars.map((b) => m.nameOf(b.id)),
        series: [{ name: m.unit, values: bars.map((b) => b.value) }],
      },
    }
  },
})

export const yearTableFigure = defineTable<InvestmentModel>({
  id: 'investment.year-table',
  panel: 'investment',
  label: 'Private investment, one year, with aggregates and coverage (table)',
  needs: ['meta', 'series', 'reference', 'editions'],
  state: (m: InvestmentModel, view: ViewState) => {
    const series = seriesOf(m)
    if (series === null) return null
    if (series === 'none')
      return empty(
        text(m, 'Figures'),
        `${m.editionText} has no private-investment figure in this view.`,
      )
    const title = `AI private investment in ${series.year}, ${m.unit}, ${m.editionText}`
    const rows = series.ranked.map((r) => {
      const note = r.origin === 'reported' ? m.revisedNote(r.entityId, series.year) : null
      return {
        id: `${r.origin}-${r.entityId}`,
        label:
          r.origin === 'computed'
            ? `${m.nameOf(r.entityId)} (sum of members)`
            : m.nameOf(r.entityId),
        cells: [
          r.value,
          `${r.coverage ? coverageLabel(r.coverage, m.nameOf) : 'as reported'}${note ? ' ◆ revised' : ''}`,
        ],
        highlighted: r.entityId === view.selected,
        aggregate: r.origin === 'computed',
      }
    })
    return {
      ...text(m, title),
      kind: 'ready',
      data: null,
      table: {
        caption: title,
        rowHeader: 'Country or aggregate',
        columns: [
          {
            id: 'value',
            header: m.unit,
            numeric: true,
            format: (v) => formatNumber(typeof v === 'number' ? v : null, m.digits),
          },
          { id: 'coverage', header: 'Coverage' },
        ],
        rows,
      },
      summary: `Table of ${m.unit} in ${series.year}, countries and aggregates, with coverage.`,
      native: null,
    }
  },
})

export const trendFigure = defineFigure<InvestmentModel, LinesData>({
  id: 'investment.trend',
  panel: 'investment',
  label: 'Private investment over time (lines)',
  kind: 'line',
  needs: ['meta', 'series', 'reference', 'editions'],
  height: () => 360,
  Chart: LinesChart,
  state: (m: InvestmentModel, view: ViewState) => {
    const series = seriesOf(m)
    if (series === null) return null
    const base = text(m, 'AI private investment over time', { unit: m.trendUnit })
    if (series === 'none')
      return empty(base, `${m.editionText} has no private-investment figure in this view.`)
    if (series.trend.length === 0)
      return empty(
        base,
        `${m.editionText} reports one year per country here: no trend to draw. AI Index 2026 has the US, China, Europe and World for 2013–2025.`,
      )
    const first = series.years[0]
    const last = series.years[series.years.length - 1]
    const title = `${view.cumulative ? 'Cumulative AI private investment' : 'AI private investment'}, ${String(first)}–${String(last)}`
    const ids = new Set(series.trend.map((s) => s.entityId))
    const claims = m.claimsComparable && m.claims ? m.claims : []
    const annotations = claims
      .filter((c) => ids.has(c.entityId) && series.years.includes(c.year))
      .map((c) => ({
        id: c.id,
        text: `$${String(c.claimed)}bn claimed for ${m.nameOf(c.entityId)}, ${CLAIM_STATUS_LABEL[c.status]}`,
        year: c.year,
        value: c.claimed,
        label: `[${String(claims.indexOf(c) + 1)}]`,
      }))
    const t = text(m, title, {
      unit: m.trendUnit,
      caveats: [
        ...m.caveats,
        '◆ figure revised since the previous AI Index edition (hover for both figures).',
        ...(annotations.length > 0
          ? [
              `Dashed rings [n]: figures quoted in the debate (claims, not data): ${annotations.map((a) => `${a.label} ${a.text}`).join('; ')}.`,
            ]
          : []),
      ],
    })
    const lines = series.trend.map((s) => ({
      id: s.entityId,
      name: m.nameOf(s.entityId),
      values: s.values,
      revised: series.years.map((y) => m.revisedNote(s.entityId, y)),
      highlighted: s.entityId === view.selected,
    }))
    return {
      ...t,
      kind: 'ready',
      data: { years: series.years, series: lines, unit: m.trendUnit, log: view.log, annotations },
      table: {
        caption: `${title}, ${m.trendUnit}`,
        rowHeader: 'Country or aggregate',
        columns: series.years.map((y) => ({
          id: String(y),
          header: String(y),
          numeric: true,
          format: (v) => (typeof v === 'string' ? v : formatNumber(v, m.digits)),
        })),
        rows: lines.map((l) => ({
          id: l.id,
          label: l.name,
          cells: l.values.map((v, i) =>
            v !== null && l.revised[i] ? `${formatNumber(v, m.digits)} ◆` : v,
          ),
          highlighted: l.highlighted,
        })),
      },
      summary: `Line chart of ${m.trendUnit}, ${String(first)}–${String(last)}: ${leading(lines.map((l) => ({ name: l.name, value: formatNumber(l.values[l.values.length - 1], m.digits) })))} in ${String(last)}.`,
      native: {
        type: 'line',
        labels: series.years.map(String),
        series: lines.map((l) => ({ name: l.name, values: l.values })),
      },
    }
  },
})

export const pledgesFigure = defineFigure<InvestmentModel, BarsData>({
  id: 'investment.pledges',
  panel: 'investment',
  label: 'Pledges a year beside money invested (bars)',
  kind: 'bar',
  needs: ['meta', 'series', 'pledges'],
  height: (s) => (s.kind === 'ready' ? s.data.bars.length * 30 + 40 : 160),
  Chart: BarsChart,
  state: (m: InvestmentModel) => {
    if (m.pledges === null || m.series === null) return null
    const bars = pledgeBars(m.pledges, m.flowOf, m.nameOf)
    const title = 'Announced pledges a year (hatched) beside money invested in a year (filled)'
    const t = text(m, title, {
      unit: 'US$ bn a year, nominal',
      source: `Pledges: announcements as cited in the data sources; invested: Stanford HAI AI Index / Quid — ${m.editionText}; € converted at ${String(m.fx)} US$ per €`,
      caveats: PLEDGE_CAVEATS,
    })
    if (bars.length === 0) return empty(t, 'No pledge with a stated horizon in view.')
    return {
      ...t,
      kind: 'ready',
      data: {
        bars: bars.map((b) => ({
          id: b.id,
          label: b.name,
          value: b.value,
          valueText: formatNumber(b.value, 1),
          hatched: b.kind === 'pledge',
          detail: [`${formatExact(b.value)} US$ bn a year — ${b.detail}`],
        })),
      },
      table: {
        caption: "Pledges a year beside money invested (the chart's data), US$ bn",
        rowHeader: 'Bar',
        columns: [
          {
            id: 'value',
            header: 'US$ bn a year',
            numeric: true,
            format: (v) => formatExact(typeof v === 'number' ? v : null),
          },
          { id: 'kind', header: 'Kind' },
          { id: 'detail', header: 'What it is' },
        ],
        rows: bars.map((b) => ({ id: b.id, label: b.name, cells: [b.value, b.kind, b.detail] })),
      },
      summary: `Bar chart of announced pledges a year beside money invested in a year: ${leading(bars.map((b) => ({ name: b.name, value: formatNumber(b.value, 1) })))}.`,
      native: {
        type: 'bar',
        horizontal: true,
        labels: bars.map((b) => b.name),
        series: [{ name: 'US$ bn a year', values: bars.map((b) => b.value) }],
      },
    }
  },
})

export const pledgesTableFigure = defineTable<InvestmentModel>({
  id: 'investment.pledges-table',
  panel: 'investment',
  label: 'Announced pledges, annualised, beside actual investment (table)',
  needs: ['meta', 'series', 'pledges'],
  state: (m: InvestmentModel) => {
    if (m.pledges === null || m.series === null) return null
    const title = 'Announced pledges, annualised, beside actual annual private AI investment'
    const flowText = (id: string) => {
      const flow = m.flowOf(id)
      return flow?.value != null
        ? `${formatNumber(flow.value)} (${flow.year}, ${flow.label})`
        : NO_DATA
    }
    return {
      ...text(m, title, { unit: 'US$ bn', caveats: PLEDGE_CAVEATS }),
      kind: 'ready',
      data: null,
      table: {
        caption: title,
        rowHeader: 'Pledge',
        columns: [
          { id: 'announced', header: 'Announced', numeric: true },
          { id: 'annual', header: 'US$ bn a year', numeric: true },
          { id: 'flow', header: 'Invested in a year (actual)', numeric: true },
        ],
        rows: m.pledges.map(({ pledge, annualUsdBn, horizonLabel }) => ({
          id: pledge.id,
          label: `${pledge.actor} (${m.nameOf(pledge.economyId)}, ${pledge.date}; ${coverageText(pledge)})`,
          cells: [
            `${formatBillions(pledge.amount, pledge.currency, 0)} ${horizonLabel}`,
            annualUsdBn === null ? horizonLabel : `${formatBillions(annualUsdBn, 'USD', 1)} a year`,
            flowText(pledge.economyId),
          ],
        })),
      },
      summary: `Table of ${String(m.pledges.length)} announced pledges, annualised, beside actual private AI investment.`,
      native: null,
    }
  },
})

/** Every figure of the panel, in the order the panel shows them. */
export const INVESTMENT_FIGURES = [
  rankedFigure,
  yearTableFigure,
  mapFigure,
  trendFigure,
  pledgesFigure,
  pledgesTableFigure,
] as const
