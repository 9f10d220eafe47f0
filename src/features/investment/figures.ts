/**
 * The Private Investment panel's figures, declared once: each reads its state from the panel's
 * model for a view (../model/investment-view.ts) and names its renderer. The panel, slides,
 * exports and the PowerPoint deck all draw them through these specs.
 */
import { defineFigure, defineTable } from '../../components/figure/figure-spec'
import type {
  FigureCell,
  FigureState,
  FigureTable,
  FigureText,
} from '../../components/figure/figure-types'
import {
  BarsChart,
  LinesChart,
  type BarsData,
  type LinesData,
} from '../../components/chart/lazy-charts'
import { coverageLabel } from '../../lib/aggregate'
import { quotedText } from '../../lib/claims'
import { formatBillions, formatValue, NO_DATA } from '../../lib/format'
import { chartTable, leaders } from '../../lib/summary'
import { byName, byValue } from '../../lib/table-order'
import type { ViewState } from '../../domain/view'
import type { InvestmentModel } from './model/investment-view'
import type { YearEntry } from './model/investment-series'
import type { ClaimAnnotation } from './model/claim-annotations'
import { CLAIM_STATUS_LABEL } from '../../domain/claims'
import { coverageText, pledgeBars, shortActor } from './model/pledges'
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

/** The countries with a figure, largest first (equal figures by name). */
const countriesOf = (m: InvestmentModel, ranked: readonly YearEntry[]) =>
  byValue(
    ranked.filter(
      (r) =>
        r.value !== null && r.origin === 'reported' && (m.names?.isCountry(r.entityId) ?? false),
    ),
    (r) => r.value,
    (r) => m.nameOf(r.entityId),
  )

/** A text cell as it is ('' for none). */
const textCell = (v: FigureCell) => (v === null ? '' : String(v))

/** The investment claims quoted for a year, drawn where the figures compare with them. */
function quotesFor(m: InvestmentModel, year: number): readonly ClaimAnnotation[] {
  return m.claimsComparable && m.claims ? m.claims.filter((c) => c.year === year) : []
}

/** "[5] about $68bn, approximately consistent against AI Index 2024". */
function quoteCell(m: InvestmentModel, q: ClaimAnnotation | undefined): string | null {
  if (!q) return null
  const against = q.cited.edition === null ? '' : ` against ${m.editionLabel(q.cited.edition)}`
  return `[${String(q.number)}] ${quotedText(q) ?? ''}, ${CLAIM_STATUS_LABEL[q.status]}${against}`
}

/** The caveat that says what the rings are, when some are drawn. */
function ringsCaveat(m: InvestmentModel, quotes: readonly ClaimAnnotation[]): string[] {
  if (quotes.length === 0) return []
  return [
    `Dashed rings [n]: figures quoted in the debate (claims, not data), each checked against the edition it cites — ${quotes.map((q) => `${quoteCell(m, q) ?? ''} (${m.nameOf(q.entityId)}, ${String(q.year)})`).join('; ')}. See “Quoted in the debate” below.`,
  ]
}

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
    const title = `Ranked, ${m.yearText}: ${n} ${n === 1 ? 'country' : 'countries'} with a figure${n > MAX_BARS ? ` (top ${MAX_BARS} drawn; the table lists all)` : ''}`
    const quotes = quotesFor(m, series.year).filter((q) =>
      countries.some((r) => r.entityId === q.entityId),
    )
    const t = text(m, title, {
      caveats: [
        ...m.caveats,
        '◆ figure revised since the previous AI Index edition.',
        ...ringsCaveat(m, quotes),
      ],
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
          format: (v) => m.format(typeof v === 'number' ? v : null),
        },
        { id: 'revised', header: 'Revision', format: (v) => (v === null ? '' : String(v)) },
        ...(quotes.length > 0
          ? [{ id: 'quoted', header: 'Quoted in the debate', format: textCell }]
          : []),
      ],
      rows: countries.map((r) => ({
        id: r.entityId,
        label: m.nameOf(r.entityId),
        cells: [
          r.value,
          note(r),
          ...(quotes.length > 0
            ? [
                quoteCell(
                  m,
                  quotes.find((q) => q.entityId === r.entityId),
                ),
              ]
            : []),
        ],
        highlighted: r.entityId === view.selected,
      })),
    }
    const bars = countries.slice(0, MAX_BARS).map((r) => {
      const quote = quotes.find((q) => q.entityId === r.entityId)
      return {
        id: r.entityId,
        label: `${m.nameOf(r.entityId)}${note(r) ? ' ◆' : ''}`,
        value: r.value,
        valueText: m.format(r.value),
        highlighted: r.entityId === view.selected,
        detail: [
          `${m.format(r.value)} ${m.unit}`,
          note(r) ?? '',
          quote ? `Quoted: ${quoteCell(m, quote) ?? ''}` : '',
          m.source,
        ].filter(Boolean),
        ...(quote ? { claimed: { value: quote.claimed, label: `[${String(quote.number)}]` } } : {}),
      }
    })
    return {
      ...t,
      kind: 'ready',
      data: { bars, selectable: true },
      table,
      summary: `Bar chart of AI private investment by country in ${series.year}, ${m.unit}, largest first: ${leaders(countries.map((r) => ({ name: m.nameOf(r.entityId), value: m.withUnit(r.value) })))}. ${chartTable(n, n === 1 ? 'country' : 'countries')}`,
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
    const title = `AI private investment in ${m.yearText}, ${m.unit}, ${m.editionText}`
    // Aggregates (sums of members) first, then the entities reported, largest first.
    const nameOf = (r: YearEntry) => m.nameOf(r.entityId)
    const ordered = [
      ...byName(
        series.ranked.filter((r) => r.origin === 'computed'),
        nameOf,
      ),
      ...byValue(
        series.ranked.filter((r) => r.origin !== 'computed'),
        (r) => r.value,
        nameOf,
      ),
    ]
    const rows = ordered.map((r) => {
      const note = r.origin === 'reported' ? m.revisedNote(r.entityId, series.year) : null
      return {
        id: `${r.origin}-${r.entityId}`,
        label:
          r.origin === 'computed'
            ? `${m.nameOf(r.entityId)} (sum of members)`
            : m.nameOf(r.entityId),
        cells: [
          // A total the coverage rule withholds says why, in its place: never a member's figure.
          r.value === null && r.coverage && !r.coverage.sufficient
            ? coverageLabel(r.coverage, m.nameOf)
            : r.value,
          `${r.coverage ? coverageLabel(r.coverage, m.nameOf) : 'as reported'}${note ? ' ◆ revised' : ''}`,
        ],
        highlighted: r.entityId === view.selected,
        aggregate: r.origin === 'computed',
      }
    })
    const computedRows = ordered.filter((r) => r.origin === 'computed').length
    return {
      ...text(m, title, {
        caveats: computedRows > 0 ? [...m.caveats, m.coverageRule] : m.caveats,
      }),
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
            format: (v) => (typeof v === 'string' ? v : m.format(v)),
          },
          { id: 'coverage', header: 'Coverage' },
        ],
        rows,
      },
      summary: `Table of AI private investment in ${series.year}, ${m.unit}: aggregates first, then ${String(rows.length - computedRows)} ${rows.length - computedRows === 1 ? 'entry' : 'entries'} largest first — ${leaders(
        ordered
          .filter((r) => r.origin !== 'computed' && r.value !== null)
          .map((r) => ({ name: m.nameOf(r.entityId), value: m.withUnit(r.value) })),
      )}. Each row says how many members report.`,
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
    const quotes = (m.claimsComparable && m.claims ? m.claims : []).filter(
      (c) => ids.has(c.entityId) && series.years.includes(c.year),
    )
    const annotations = quotes.map((c) => ({
      id: c.id,
      year: c.year,
      value: c.claimed,
      label: `[${String(c.number)}]`,
    }))
    const t = text(m, title, {
      unit: m.trendUnit,
      caveats: [
        ...m.caveats,
        ...(series.trend.some((s) => m.isGroup(s.entityId)) ? [m.coverageRule] : []),
        '◆ figure revised since the previous AI Index edition (hover for both figures).',
        ...ringsCaveat(m, quotes),
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
        columns: [
          ...series.years.map((y) => ({
            id: String(y),
            header: String(y),
            numeric: true,
            format: (v: FigureCell) => m.format(typeof v === 'number' ? v : null),
          })),
          // The years revised, in their own column: the year cells stay numbers (exports).
          { id: 'revised', header: '◆ Revised since the previous edition' },
        ],
        // Not a ranking: by name.
        rows: byName(lines, (l) => l.name).map((l) => ({
          id: l.id,
          label: l.name,
          cells: [
            ...l.values,
            series.years
              .filter((_, i) => l.values[i] !== null && l.revised[i])
              .map((y) => `◆ ${String(y)}`)
              .join(', '),
          ],
          highlighted: l.highlighted,
        })),
      },
      summary: `Line chart of AI private investment, ${String(first)}–${String(last)}, ${m.trendUnit}. In ${String(last)}: ${leaders(
        byValue(
          lines,
          (l) => l.values[l.values.length - 1] ?? null,
          (l) => l.name,
        ).map((l) => ({
          name: l.name,
          value: m.trendWithUnit(l.values[l.values.length - 1] ?? null),
        })),
      )}. ${chartTable(lines.length, lines.length === 1 ? 'series' : 'series, year by year')}`,
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
  state: (m: InvestmentModel, view: ViewState) => {
    if (m.pledges === null || m.series === null) return null
    const bars = pledgeBars(m.pledges, m.flowOf, m.nameOf)
    const title = 'Announced pledges a year (hatched) beside money invested in a year (filled)'
    const t = text(m, title, {
      unit: `US$ bn a year, nominal — ${pledgeScope(m, view)}`,
      source: `Pledges: announcements as cited in the data sources; invested: Stanford HAI AI Index / Quid — ${m.editionText}; € converted at ${String(m.fx)} US$ per €`,
      caveats: PLEDGE_CAVEATS,
    })
    if (bars.length === 0)
      return empty(t, `No pledge by an economy in this view: ${pledgeScope(m, view)}.`)
    return {
      ...t,
      kind: 'ready',
      data: {
        bars: bars.map((b) => ({
          id: b.id,
          label: b.name,
          value: b.value,
          valueText: b.value === null ? '' : formatValue(b.value),
          ...(b.missing === null ? {} : { missingText: b.missing }),
          hatched: b.kind === 'pledge',
          detail: [b.value === null ? b.detail : `${formatBillions(b.value)} a year — ${b.detail}`],
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
            format: (v) => (typeof v === 'string' ? v : formatValue(v)),
          },
          { id: 'kind', header: 'Kind' },
          { id: 'detail', header: 'What it is' },
        ],
        rows: bars.map((b) => ({
          id: b.id,
          label: b.name,
          cells: [b.value ?? b.missing, b.kind, b.detail],
        })),
      },
      summary: `Bar chart of announced pledges spread over their stated years (hatched: intentions) beside the money actually invested in a year (filled), US$ bn a year: ${leaders(
        bars.map((b) => ({
          name: `${b.name} (${b.kind === 'pledge' ? 'pledged' : 'invested'})`,
          value: b.value === null ? (b.missing ?? NO_DATA) : `${formatBillions(b.value)} a year`,
        })),
        4,
      )}. ${chartTable(bars.length, 'bars')}`,
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
  state: (m: InvestmentModel, view: ViewState) => {
    if (m.pledges === null || m.series === null) return null
    const title = 'Announced pledges, annualised, beside actual annual private AI investment'
    const quoteOf = (pledgeId: string) => m.pledgeQuotes.get(pledgeId) ?? null
    const flowText = (id: string) => {
      const flow = m.flowOf(id)
      return flow?.value != null
        ? `${formatValue(flow.value)} (${flow.year}, ${flow.label})`
        : NO_DATA
    }
    const t = text(m, title, { unit: `US$ bn — ${pledgeScope(m, view)}`, caveats: PLEDGE_CAVEATS })
    if (m.pledges.length === 0)
      return empty(t, `No pledge by an economy in this view: ${pledgeScope(m, view)}.`)
    return {
      ...t,
      kind: 'ready',
      data: null,
      table: {
        caption: title,
        rowHeader: 'Pledge',
        columns: [
          { id: 'announced', header: 'Announced', numeric: true },
          { id: 'annual', header: 'US$ bn a year', numeric: true },
          { id: 'flow', header: 'Invested in a year (actual)', numeric: true },
          { id: 'quoted', header: 'Quoted in the debate', format: textCell },
        ],
        rows: m.pledges.map(({ pledge, annualUsdBn, horizonLabel }) => ({
          id: pledge.id,
          label: `${pledge.actor} (${m.nameOf(pledge.economyId)}, ${pledge.date}; ${coverageText(pledge)})`,
          cells: [
            `${formatBillions(pledge.amount, pledge.currency)} ${horizonLabel}`,
            annualUsdBn === null ? horizonLabel : `${formatBillions(annualUsdBn)} a year`,
            flowText(pledge.economyId),
            quoteOf(pledge.id),
          ],
        })),
      },
      summary: `Table of ${String(m.pledges.length)} announced pledges: the amount and horizon announced, US$ bn a year where a horizon is stated, and the economy's actual private AI investment in a year. ${leaders(
        m.pledges.map(({ pledge, annualUsdBn, horizonLabel }) => ({
          name: pledge.actor,
          value:
            annualUsdBn === null
              ? `${formatBillions(pledge.amount, pledge.currency)}, ${horizonLabel}`
              : `${formatBillions(annualUsdBn)} a year`,
        })),
      )}.`,
      native: null,
    }
  },
})

/** Which pledges the view shows, in words: all of them, or the region's and what is left out. */
function pledgeScope(m: InvestmentModel, view: ViewState): string {
  const total = (m.pledges?.length ?? 0) + m.pledgesHidden.length
  if (m.pledgesHidden.length === 0) return `all ${String(total)} announced pledges`
  const where = view.region === 'world' ? 'the countries chosen' : m.nameOf(view.region)
  const left = [...new Set(m.pledgesHidden.map((r) => shortActor(r.pledge.actor)))]
  return `pledges of economies in ${where} (${String(m.pledges?.length ?? 0)} of ${String(total)}); not shown, outside it: ${left.join(', ')}`
}

/** Every figure of the panel, in the order the panel shows them. */
export const INVESTMENT_FIGURES = [
  rankedFigure,
  yearTableFigure,
  mapFigure,
  trendFigure,
  pledgesFigure,
  pledgesTableFigure,
] as const
