/**
 * The Models & Patents panel's figures, declared once: notable models per year (or cumulative),
 * the year's headline table, the edition's CSV-versus-chart counts, granted patents by region
 * and per 100,000 inhabitants, output per dollar, and the quoted patent and open-model claims.
 * Each reads its state from the panel's model for a view (./model/models-view.ts).
 */
import { defineFigure, defineTable } from '../../components/figure/figure-spec'
import type {
  FigureColumn,
  FigureState,
  FigureTable,
  FigureText,
} from '../../components/figure/figure-types'
import { SelectField } from '../../components/fields/select-field'
import {
  BarsChart,
  LinesChart,
  ScatterChart,
  type BarsData,
  type LinesData,
  type ScatterData,
} from '../../components/chart/lazy-charts'
import { claimNumber, claimsOfPanel, placeOf } from '../../domain/claim-placement'
import { CLAIM_STATUS_LABEL } from '../../domain/claims'
import { isAiIndexEdition } from '../../domain/editions'
import { SORT_ORDERS, type SortOrder, type ViewState } from '../../domain/view'
import { spansOrders } from '../../lib/log-ticks'
import {
  formatBillions,
  formatChange,
  formatCount,
  formatPercent,
  formatValue,
  NO_DATA,
} from '../../lib/format'
import { cell, yearTable } from '../../lib/figure-tables'
import { amount, chartTable, leaders } from '../../lib/summary'
import { byName, byValue } from '../../lib/table-order'
import { licencesOf } from '../../lib/sources'
import { wideRows } from '../../lib/wide-rows'
import { latestYear, yearShown } from '../../lib/years'
import { LEAVES_OUT, MODEL_CAVEATS, PATENT_CAVEATS } from './components/caveats'
import { mapFigure } from './map-figure'
import { compareEditions } from './model/edition-compare'
import type { ModelsModel, Series as ModelSeries } from './model/models-view'
import { nearestVerified, openShareClaims, openShareInNote } from './model/open-claims'
import { outputPoints, periodOf } from './model/output-per-dollar'
import { patentCounts } from './model/patent-definitions'
import {
  perMillionFor,
  rankedForYear,
  sortEntries,
  trendSeries,
  type RankedEntry,
  type Series,
} from './model/series'

/** Bars drawn at most in a ranked figure; its table lists all. */
const TOP = 15
const SORT_LABELS: Readonly<Record<SortOrder, string>> = {
  'value-desc': 'Highest first',
  'value-asc': 'Lowest first',
  name: 'By name',
}

function text(
  m: ModelsModel,
  s: readonly (ModelSeries | null)[],
  t: Omit<FigureText, 'licence' | 'edition'>,
): FigureText {
  const present = s.filter((x): x is ModelSeries => x !== null)
  return {
    ...t,
    licence: m.names
      ? licencesOf(
          present.flatMap((x) => x.observations.map((o) => o.sourceId)),
          m.names.source,
        )
      : '',
    edition: [...new Set(present.map((x) => m.editionLabel(x.edition)))].join('; '),
  }
}

function empty<D>(t: FigureText, reason: string): FigureState<D> {
  return { ...t, kind: 'empty', reason }
}

/** Years across, one row per series (the lines' table), by name: not a ranking. */
function seriesTable(
  caption: string,
  years: readonly number[],
  series: readonly Series[],
  m: ModelsModel,
  format: (v: number | null) => string,
  selected: string | null,
): FigureTable {
  return yearTable({
    caption,
    years,
    series,
    nameOf: m.nameOf,
    format,
    selected,
    rowHeader: 'Country or region',
  })
}

/** One value per entity (the bars' table). */
function entriesTable(
  caption: string,
  rows: readonly RankedEntry[],
  m: ModelsModel,
  header: string,
  format: FigureColumn['format'],
  selected: string | null,
): FigureTable {
  return {
    caption,
    rowHeader: 'Country',
    columns: [{ id: 'v', header, numeric: true, format }],
    rows: rows.map((r) => ({
      id: r.entityId,
      label: m.nameOf(r.entityId),
      cells: [r.value],
      highlighted: r.entityId === selected,
    })),
  }
}

const lineNative = (years: readonly number[], series: readonly Series[], m: ModelsModel) => ({
  type: 'line' as const,
  labels: years.map(String),
  series: series.map((s) => ({ name: m.nameOf(s.entityId), values: s.values })),
})

/** The series with the largest last value first, each with it: "China 96,400 patents, …". */
const lead = (series: readonly Series[], m: ModelsModel, withUnit: (v: number | null) => string) =>
  leaders(
    byValue(
      series,
      (s) => s.values.at(-1) ?? null,
      (s) => m.nameOf(s.entityId),
    ).map((s) => ({ name: m.nameOf(s.entityId), value: withUnit(s.values.at(-1) ?? null) })),
  )

/**
 * The quoted figures drawn on a series (dashed rings with their number, claims not data): the
 * claims placed on `figure` with a quoted count for a year and an entity the series draws,
 * that entity taken from the check against `indicatorId` (the cited one first). Counts only:
 * no ring on a per-capita, share or log view.
 */
function quoteRings(
  m: ModelsModel,
  figure: string,
  indicatorId: string,
  years: readonly number[],
  ids: ReadonlySet<string>,
) {
  if (!m.claims) return { annotations: [], caveats: [] }
  const all = m.claims
  const rings = claimsOfPanel(all, 'models').flatMap((c) => {
    if (placeOf(c).figure !== figure || c.value === null || c.year === null) return []
    if (!years.includes(c.year)) return []
    const checks = c.checks.filter((k) => k.kind === 'indicator' && k.indicatorId === indicatorId)
    const check = checks.find((k) => k.role === 'cited') ?? checks[0]
    const number = claimNumber(all, c.id)
    if (!check?.entityId || !ids.has(check.entityId) || number === null) return []
    return [{ claim: c, number, entityId: check.entityId, year: c.year, value: c.value }]
  })
  return {
    annotations: rings.map((r) => ({
      id: r.claim.id,
      year: r.year,
      value: r.value,
      label: `[${String(r.number)}]`,
    })),
    caveats:
      rings.length === 0
        ? []
        : [
            `Dashed rings: figures quoted in the debate, claims not data — ${rings
              .map(
                (r) =>
                  `[${String(r.number)}] ${m.nameOf(r.entityId)} ${String(r.year)}: ${formatValue(r.value)}, ${CLAIM_STATUS_LABEL[r.claim.status]}`,
              )
              .join('; ')} (listed under the charts).`,
          ],
  }
}

export const notableTrendFigure = defineFigure<ModelsModel, LinesData>({
  id: 'models.notable-trend',
  panel: 'models',
  label: 'Notable ML models per year (lines)',
  kind: 'line',
  needs: ['meta', 'notable', 'reference'],
  height: () => 340,
  Chart: LinesChart,
  state: (m, view) => {
    if (!m.notable) return null
    const perCapita = m.population !== null
    const { years, series } = trendSeries(
      m.notable.observations,
      m.includes,
      m.population,
      view.years,
    )
    const label = m.editionLabel(m.notable.edition)
    const base = text(m, [m.notable], {
      title: 'Notable ML models per year',
      unit: `${
        perCapita
          ? 'notable models per million people (computed here with World Bank population; population ends 2024)'
          : `notable models${view.norm === 'share-of-world' ? ' — no world total is published, so no share is computed' : ''}`
      }${view.log ? '; log scale' : ''}`,
      source: `Epoch AI via the AI Index — ${label}`,
      caveats: MODEL_CAVEATS,
    })
    if (series.length === 0)
      return empty(
        base,
        `${label} publishes notable-model counts for single years only (see the table). The series by year (US from 2003, Europe from 2005, China from 2014) is in AI Index 2026.`,
      )
    const title = `Notable ML models per year, ${years[0] ?? ''}–${years.at(-1) ?? ''}`
    const rings =
      perCapita || view.log || view.norm !== 'absolute'
        ? { annotations: [], caveats: [] }
        : quoteRings(
            m,
            'models.headline',
            'notable-models',
            years,
            new Set(series.map((s) => s.entityId)),
          )
    const withUnit = (v: number | null) =>
      v === null ? NO_DATA : `${formatValue(v)} ${perCapita ? 'per million people' : 'models'}`
    return {
      ...base,
      title,
      caveats: [...base.caveats, ...rings.caveats],
      kind: 'ready',
      data: {
        years,
        series: series.map((s) => ({
          id: s.entityId,
          name: m.nameOf(s.entityId),
          values: s.values,
          highlighted: s.entityId === view.selected,
        })),
        unit: perCapita ? 'per million people' : 'models',
        log: view.log,
        annotations: rings.annotations,
      },
      table: seriesTable(title, years, series, m, formatValue, view.selected),
      summary: `Line chart of notable ML models per year${perCapita ? ' per million people' : ''}, ${years[0] ?? ''}–${years.at(-1) ?? ''}. In ${years.at(-1) ?? ''}: ${lead(series, m, withUnit)}. ${chartTable(series.length, series.length === 1 ? 'series' : 'series, year by year')}`,
      native: lineNative(years, series, m),
    }
  },
})

export const notableCumulativeFigure = defineFigure<ModelsModel, BarsData>({
  id: 'models.notable-cumulative',
  panel: 'models',
  label: 'Notable ML models, cumulative by country (bars)',
  kind: 'bar',
  needs: ['meta', 'modelsCum'],
  selectable: true,
  height: (s) => (s.kind === 'ready' ? Math.max(160, s.data.bars.length * 24 + 30) : 160),
  Chart: BarsChart,
  state: (m, view) => {
    if (!m.modelsCum) return null
    if (m.modelsCum === 'none')
      return empty(
        text(m, [], {
          title: 'Notable ML models, cumulative',
          unit: 'notable models',
          source: 'Epoch AI via the AI Index',
          caveats: MODEL_CAVEATS,
        }),
        'No AI Index edition here publishes cumulative notable models.',
      )
    const cum = m.modelsCum.observations
    const period = periodOf(cum) ?? 'the period published'
    const all = byValue(
      rankedForYear(cum, Math.max(...cum.map((o) => o.year), 0), m.includes),
      (r) => r.value,
      (r) => m.nameOf(r.entityId),
    )
    const shown = all.slice(0, TOP)
    const title = `Notable ML models, cumulative ${period}, by country`
    const t = text(m, [m.modelsCum], {
      title,
      unit: `notable models, sum over ${period}${all.length > TOP ? ` (top ${TOP} of ${all.length}; the table lists all)` : ''}${view.norm !== 'absolute' ? ' — counts: a multi-year total is not normalised' : ''}`,
      source: `Epoch AI via the AI Index — ${m.editionLabel(m.modelsCum.edition)} (fig. 1.1.3), the only edition publishing it`,
      caveats: MODEL_CAVEATS,
    })
    if (all.length === 0) return empty(t, 'No country in view has a cumulative count.')
    const bars = shown.map((r) => ({
      id: r.entityId,
      label: m.nameOf(r.entityId),
      value: r.value,
      valueText: formatCount(r.value),
      highlighted: r.entityId === view.selected,
    }))
    return {
      ...t,
      kind: 'ready',
      data: { bars, selectable: true },
      table: entriesTable(
        title,
        all,
        m,
        'Notable models',
        (v) => (typeof v === 'number' ? formatCount(v) : NO_DATA),
        view.selected,
      ),
      summary: `Bar chart of notable ML models by country, summed over ${period}, most first: ${leaders(
        all.map((r) => ({ name: m.nameOf(r.entityId), value: `${formatCount(r.value)} models` })),
      )}. ${chartTable(all.length, all.length === 1 ? 'country' : 'countries')}`,
      native: {
        type: 'bar',
        horizontal: true,
        labels: bars.map((b) => b.label),
        series: [{ name: 'Notable models', values: bars.map((b) => b.value) }],
      },
    }
  },
})

export const headlineFigure = defineTable<ModelsModel>({
  id: 'models.headline',
  panel: 'models',
  label: 'Models and granted AI patents in one year (table)',
  needs: ['meta', 'notable', 'patents', 'per100k', 'reference'],
  state: (m, view) => {
    if (!m.notable || !m.patents || !m.per100k) return null
    const notable = m.notable.observations
    const year = latestYear(notable, view.year) ?? latestYear(m.patents.observations, view.year)
    const label = m.editionLabel(m.notable.edition)
    const t = text(m, [m.notable, m.patents, m.per100k], {
      title: `Models and granted AI patents${year === null ? '' : ` in ${year}`}, ${label}`,
      unit: 'counts as published; patents per 100k as published',
      source: `Epoch AI and AI Index patent data via the AI Index — ${label}`,
      caveats: [...MODEL_CAVEATS, ...PATENT_CAVEATS],
    })
    const rows =
      year === null
        ? []
        : wideRows(
            {
              notable,
              patents: m.patents.observations,
              perCapita: m.per100k.observations,
            },
            year,
            m.includes,
            view.countries,
          )
    if (year === null || rows.length === 0)
      return empty(
        t,
        `${label} has no model or patent figure for ${view.year ?? 'this view'} in this scope.`,
      )
    const population = m.population
    const columns: FigureColumn[] = [
      {
        id: 'notable',
        header: 'Notable ML models',
        numeric: true,
        format: (v) => formatCount(typeof v === 'number' ? v : null),
      },
      ...(population
        ? [
            {
              id: 'notablePerMillion',
              header: 'Notable models per million people (computed here)',
              numeric: true,
              format: cell(),
            },
          ]
        : []),
      {
        id: 'patents',
        header: 'Granted AI patents',
        numeric: true,
        format: (v) => formatCount(typeof v === 'number' ? v : null),
      },
      { id: 'perCapita', header: 'Patents per 100k', numeric: true, format: cell() },
    ]
    const caption = `Models and granted AI patents in ${year}, ${label}`
    return {
      ...t,
      title: caption,
      kind: 'ready',
      data: null,
      table: {
        caption,
        rowHeader: 'Country or aggregate',
        columns,
        // Not a ranking: by name (the counts of several measures sit side by side).
        rows: byName(rows, (r) => m.nameOf(r.entityId)).map((r) => ({
          id: r.entityId,
          label: m.nameOf(r.entityId),
          cells: [
            r.values.notable,
            ...(population ? [perMillionFor(r.values.notable, r.entityId, year, population)] : []),
            r.values.patents,
            r.values.perCapita,
          ],
          highlighted: r.entityId === view.selected,
        })),
      },
      summary: `Table of notable ML models and granted AI patents in ${year}, ${label}, by name, ${String(rows.length)} rows; most notable models: ${leaders(
        byValue(
          rows.filter((r) => r.values.notable !== null),
          (r) => r.values.notable,
          (r) => m.nameOf(r.entityId),
        ).map((r) => ({
          name: m.nameOf(r.entityId),
          value: `${amount(r.values.notable, 'models', formatCount)}${r.values.patents === null ? ' (no patent figure)' : `, ${amount(r.values.patents, 'patents', formatCount)}`}`,
        })),
      )}.`,
      native: null,
    }
  },
})

export const editionCompareFigure = defineTable<ModelsModel>({
  id: 'models.edition-compare',
  panel: 'models',
  label: 'Notable models: the data file against the counts printed on the charts (table)',
  needs: ['meta', 'notable', 'notableCharts'],
  state: (m, view) => {
    if (!m.notable || m.notableCharts === null) return null
    const t = text(m, [m.notable], {
      title: 'Notable ML models: data file and chart PDFs',
      unit: 'notable models, as published in each',
      source: `Epoch AI via the AI Index — ${m.editionLabel(m.notable.edition)}: public-data CSV and chart PDFs`,
      caveats: [
        'The data files sum consistently to the cumulative totals (fig. 1.1.3) and look like an earlier Epoch AI snapshot; the report text follows the charts.',
      ],
    })
    if (m.notableCharts === 'none')
      return empty(t, `${m.editionLabel(m.notable.edition)} prints no other counts on its charts.`)
    const charts = m.notableCharts
    const year = latestYear(charts.observations)
    const rows =
      year === null
        ? []
        : compareEditions(m.notable.observations, charts.observations, year, m.includes)
    if (year === null || rows.length === 0)
      return empty(t, 'No country in view has a count in both.')
    const caption = `Notable ML models in ${year}: ${m.editionLabel(m.notable.edition)} data file (CSV) and chart PDFs`
    const count = (v: number | string | null) => (typeof v === 'number' ? formatCount(v) : NO_DATA)
    return {
      ...t,
      title: caption,
      kind: 'ready',
      data: null,
      table: {
        caption,
        rowHeader: 'Country or region',
        columns: [
          {
            id: 'csv',
            header: 'Data file (used in the charts above)',
            numeric: true,
            format: count,
          },
          { id: 'charts', header: 'As printed on the charts', numeric: true, format: count },
          {
            id: 'diff',
            header: 'Charts − data file',
            numeric: true,
            format: (v) => formatChange(typeof v === 'number' ? v : null),
          },
        ],
        // A comparison, not a ranking: by name.
        rows: byName(rows, (r) => m.nameOf(r.entityId)).map((r) => ({
          id: r.entityId,
          label: m.nameOf(r.entityId),
          cells: [r.csv, r.charts, r.difference],
          highlighted: r.entityId === view.selected,
        })),
      },
      summary: `Table of notable ML models in ${year}, by name: the count in the data file beside the count printed on the charts, and the difference. ${leaders(
        rows.map((r) => ({
          name: m.nameOf(r.entityId),
          value: `${r.csv === null ? 'not in the data file' : `${formatCount(r.csv)} in the data file`}, ${r.charts === null ? 'not on the charts' : `${formatCount(r.charts)} on the charts`}`,
        })),
      )}.`,
      native: null,
    }
  },
})

function patentMode(norm: ViewState['norm']) {
  if (norm === 'share-of-world') return 'share' as const
  if (norm === 'per-capita') return 'per-capita' as const
  return 'count' as const
}

export const patentsTrendFigure = defineFigure<ModelsModel, LinesData>({
  id: 'models.patents-trend',
  panel: 'models',
  label: 'Granted AI patents by region, per year (lines)',
  kind: 'line',
  needs: ['meta', 'patents', 'patentShare', 'reference'],
  height: () => 320,
  Chart: LinesChart,
  state: (m, view) => {
    const mode = patentMode(view.norm)
    const source = mode === 'share' ? m.patentShare : m.patents
    if (!source) return null
    const { years, series: raw } = trendSeries(
      source.observations,
      (id) => m.includes(id) && !(mode === 'share' && id === 'WLD'),
      mode === 'per-capita' ? m.population : null,
      view.years,
    )
    const series = raw.filter((s) => s.values.some((x) => x !== null))
    const unit = `${
      mode === 'share'
        ? '% of world granted AI patents (as reported)'
        : mode === 'per-capita'
          ? 'granted AI patents per million people (computed here; regions without a population figure are left out)'
          : 'granted AI patents'
    }${view.log ? '; log scale' : ''}`
    const label = m.editionLabel(source.edition)
    const t = text(m, [source], {
      title: 'Granted AI patents',
      unit,
      source: `AI Index — ${label}`,
      caveats: PATENT_CAVEATS,
    })
    if (series.length === 0)
      return empty(
        t,
        `${label} has no granted-patent series ${mode === 'share' ? 'of world shares ' : ''}by region here. AI Index 2026 publishes counts and shares for 2010–2024.`,
      )
    const title = `Granted AI patents${mode === 'share' ? ', share of world' : mode === 'per-capita' ? ' per million people' : ''}, ${years[0] ?? ''}–${years.at(-1) ?? ''}`
    const rings =
      mode === 'count' && !view.log
        ? quoteRings(
            m,
            'models.patents-trend',
            'ai-patents-granted',
            years,
            new Set(series.map((s) => s.entityId)),
          )
        : { annotations: [], caveats: [] }
    const format =
      mode === 'share' ? (v: number | null) => formatPercent(v, { symbol: false }) : formatValue
    const withUnit = (v: number | null) =>
      v === null
        ? NO_DATA
        : mode === 'share'
          ? `${formatPercent(v)} of world patents`
          : `${formatValue(v)} ${mode === 'per-capita' ? 'per million people' : 'patents'}`
    return {
      ...t,
      title,
      caveats: [...t.caveats, ...rings.caveats],
      kind: 'ready',
      data: {
        years,
        series: series.map((s) => ({
          id: s.entityId,
          name: m.nameOf(s.entityId),
          values: s.values,
          highlighted: s.entityId === view.selected,
        })),
        unit:
          mode === 'share'
            ? '% of world'
            : mode === 'per-capita'
              ? 'per million people'
              : 'patents',
        log: view.log,
        annotations: rings.annotations,
      },
      table: seriesTable(title, years, series, m, format, view.selected),
      summary: `Line chart of ${unit}, ${years[0] ?? ''}–${years.at(-1) ?? ''}. In ${years.at(-1) ?? ''}: ${lead(series, m, withUnit)}. ${chartTable(series.length, 'series, year by year')}`,
      native: lineNative(years, series, m),
    }
  },
})

export const per100kFigure = defineFigure<ModelsModel, BarsData>({
  id: 'models.patents-per-100k',
  panel: 'models',
  label: 'Granted AI patents per 100,000 inhabitants, one year (bars)',
  kind: 'bar',
  needs: ['meta', 'per100k'],
  selectable: true,
  height: (s) => (s.kind === 'ready' ? Math.max(160, s.data.bars.length * 24 + 30) : 160),
  Chart: BarsChart,
  tools: (view, update) => (
    <SelectField
      className="field--compact"
      label="Sort"
      value={view.sort}
      sections={[
        { title: 'Sort', options: SORT_ORDERS.map((id) => ({ id, label: SORT_LABELS[id] })) },
      ]}
      onChange={(id) => update({ sort: SORT_ORDERS.find((o) => o === id) ?? 'value-desc' })}
    />
  ),
  state: (m, view) => {
    if (!m.per100k) return null
    const observations = m.per100k.observations
    const label = m.editionLabel(m.per100k.edition)
    const year = latestYear(observations, view.year)
    const t = text(m, [m.per100k], {
      title: 'Granted AI patents per 100,000 inhabitants',
      unit: 'patents per 100k inhabitants',
      source: `AI Index — ${label}`,
      caveats: PATENT_CAVEATS,
    })
    if (year === null)
      return empty(
        t,
        view.year === null || latestYear(observations) === null
          ? `${label} publishes no patents per 100,000 inhabitants. AI Index 2025 has 54 countries for 2023, AI Index 2026 15 countries for 2024.`
          : `${label} publishes patents per 100,000 inhabitants for ${latestYear(observations) ?? ''} only, after ${view.year}.`,
      )
    const all = sortEntries(rankedForYear(observations, year, m.includes), view.sort, m.nameOf)
    const shown = all.slice(0, TOP)
    const which =
      view.sort === 'value-desc'
        ? 'highest'
        : view.sort === 'value-asc'
          ? 'lowest'
          : 'first by name'
    const title = `Granted AI patents per 100,000 inhabitants, ${yearShown(year, view.year)}`
    if (all.length === 0) return empty({ ...t, title }, 'No country in view has a figure.')
    const bars = shown.map((r) => ({
      id: r.entityId,
      label: m.nameOf(r.entityId),
      value: r.value,
      valueText: formatValue(r.value),
      highlighted: r.entityId === view.selected,
    }))
    return {
      ...t,
      title,
      unit: `patents per 100k inhabitants, ${all.length} countries${all.length > TOP ? ` (the ${TOP} ${which} shown; the table lists all)` : ''}`,
      kind: 'ready',
      data: { bars, selectable: true },
      table: entriesTable(
        `Patents per 100k inhabitants, ${year}, ${view.sort === 'name' ? 'by name' : 'by value'}`,
        all,
        m,
        'Per 100k',
        cell(),
        view.selected,
      ),
      summary: `Bar chart of granted AI patents per 100,000 inhabitants in ${year}, ${view.sort === 'name' ? 'by name' : `${which} first`}: ${leaders(
        all.map((r) => ({ name: m.nameOf(r.entityId), value: `${formatValue(r.value)} per 100k` })),
      )}. ${chartTable(all.length, all.length === 1 ? 'country' : 'countries')}`,
      native: {
        type: 'bar',
        horizontal: true,
        labels: bars.map((b) => b.label),
        series: [{ name: 'Patents per 100k', values: bars.map((b) => b.value) }],
      },
    }
  },
})

export const patentDefinitionsFigure = defineTable<ModelsModel>({
  id: 'models.patent-definitions',
  panel: 'models',
  label: 'China’s AI patents, 2023: the quoted count against the published ones (table)',
  needs: ['meta', 'claims'],
  state: (m) => {
    if (!m.claims) return null
    const rows = patentCounts(m.claims)
    const claim = m.claims.find((c) => c.id === rows[0]?.id)
    const title = 'China’s AI patents in 2023: two definitions and editions, not reconciled'
    const t: FigureText = {
      title,
      unit: 'patents',
      source: 'ING AI Monthly (quoted); AI Index 2026 (granted AI patents)',
      licence: m.names
        ? licencesOf(
            [claim?.sourceId ?? null, ...(claim?.checks.map((k) => k.sourceId) ?? [])],
            m.names.source,
          )
        : '',
      edition: 'quoted figure; AI Index 2026',
      caveats: claim
        ? [
            `Cross-check: ${claim.crossCheck}. The quoted count's definition (grants or applications, office or inventor) is not published; the two are different measures, so neither corrects the other.`,
          ]
        : [],
    }
    if (rows.length === 0 || !claim)
      return empty(t, 'The quoted patent count is not in the claims served.')
    return {
      ...t,
      kind: 'ready',
      data: null,
      table: {
        caption: title,
        rowHeader: 'Figure',
        columns: [
          { id: 'who', header: 'Country' },
          {
            id: 'value',
            header: 'Patents',
            numeric: true,
            format: (v) => (typeof v === 'number' ? formatCount(v) : NO_DATA),
          },
          { id: 'status', header: 'Status' },
          { id: 'detail', header: 'What it is' },
        ],
        rows: rows.map((r) => ({
          id: r.id,
          label: r.label,
          cells: [
            r.entityId ? m.nameOf(r.entityId) : NO_DATA,
            r.value,
            r.status ? CLAIM_STATUS_LABEL[r.status] : 'published data',
            r.detail,
          ],
        })),
      },
      summary: `Table of China’s AI patents in 2023: the quoted count beside the published ones, each with what it counts — ${leaders(
        rows.map((r) => ({ name: r.label, value: amount(r.value, 'patents', formatCount) })),
      )}.`,
      native: null,
    }
  },
})

export const outputFigure = defineFigure<ModelsModel, ScatterData>({
  id: 'models.output-per-dollar',
  panel: 'models',
  label: 'Output per dollar: cumulative models against cumulative investment (scatter)',
  kind: 'scatter',
  needs: ['meta', 'investCum', 'modelsCum'],
  selectable: true,
  height: () => 400,
  Chart: ScatterChart,
  tools: (view, update, m) => {
    const indicator = m.names?.indicator('private-investment-cumulative')
    const options = (indicator?.coverage ?? [])
      .filter((c) => isAiIndexEdition(c.edition))
      // The period each total covers is printed with the figure (its unit line).
      .map((c) => ({ id: c.edition, label: m.editionLabel(c.edition) }))
    return (
      <SelectField
        className="field--compact"
        label="Investment total"
        value={view.invest}
        sections={[{ title: 'Cumulative private investment', options }]}
        onChange={(id) => {
          if (isAiIndexEdition(id)) update({ invest: id })
        }}
      />
    )
  },
  state: (m, view) => {
    if (!m.investCum || !m.modelsCum) return null
    if (m.modelsCum === 'none')
      return empty(
        text(m, [m.investCum], {
          title: 'Output per dollar',
          unit: 'notable models against US$ bn',
          source: 'AI Index (Quid; Epoch AI)',
          caveats: [LEAVES_OUT],
        }),
        'No AI Index edition here publishes cumulative notable models, so output per dollar cannot be computed.',
      )
    const inv = m.investCum.observations
    const mod = m.modelsCum.observations
    const points = outputPoints(inv, mod, (id) => m.includes(id) && m.isCountry(id))
    const invPeriod = periodOf(inv) ?? 'no data'
    const modPeriod = periodOf(mod) ?? 'no data'
    const basisName = m.editionLabel(m.investCum.edition)
    const modelsName = m.editionLabel(m.modelsCum.edition)
    const xLabel = `Private investment ${invPeriod}, US$ bn`
    const yLabel = `Notable models ${modPeriod}`
    // Log–log when asked (the Log scale switch), and also when either total spans more than
    // two orders of magnitude (US$ 757bn against 4bn): linear, most countries would sit in a
    // pile at the origin. The choice follows from the view and the data alone, so a link
    // reopens the scale it showed; the unit line says which and why.
    const spread =
      spansOrders(points.map((q) => q.investment)) || spansOrders(points.map((q) => q.models))
    const log = view.log || spread
    const scaleNote = view.log
      ? '; log–log'
      : spread
        ? '; log–log, because the totals span more than two orders of magnitude'
        : ''
    const periodsNote =
      invPeriod === modPeriod
        ? `Both totals cover ${invPeriod}.`
        : `The periods differ: investment ${invPeriod} (${basisName}), models ${modPeriod} (${modelsName}).`
    const t = text(m, [m.investCum, m.modelsCum], {
      title: 'Output per dollar: cumulative notable models against cumulative private investment',
      unit: `x: ${xLabel} (${basisName}); y: ${yLabel} (${modelsName})${scaleNote}. ${periodsNote}`,
      source: `${basisName} (Quid, cumulative private investment); ${modelsName} (Epoch AI, fig. 1.1.3)`,
      caveats: [
        `Models per $10bn is computed here. ${LEAVES_OUT}`,
        'Countries with both totals only.',
      ],
    })
    if (points.length === 0) return empty(t, 'No country in this scope has both totals.')
    return {
      ...t,
      kind: 'ready',
      data: {
        points: points.map((q) => ({
          id: q.entityId,
          name: m.nameOf(q.entityId),
          x: q.investment,
          y: q.models,
          highlighted: q.entityId === view.selected,
          detail: [
            `${xLabel}: ${formatBillions(q.investment)}`,
            `${yLabel}: ${formatCount(q.models)}`,
            `Models per $10bn (computed here): ${formatValue(q.modelsPer10bn)}`,
            LEAVES_OUT,
            `Source: ${basisName} (Quid); ${modelsName} (Epoch AI)`,
          ],
        })),
        xLabel,
        yLabel: 'Notable models',
        log,
      },
      table: {
        caption: 'Output per dollar (computed here)',
        rowHeader: 'Country',
        columns: [
          { id: 'i', header: `US$ bn invested ${invPeriod}`, numeric: true, format: cell() },
          {
            id: 'm',
            header: `Notable models ${modPeriod}`,
            numeric: true,
            format: (v) => (typeof v === 'number' ? formatCount(v) : NO_DATA),
          },
          { id: 'r', header: 'Models per $10bn (computed here)', numeric: true, format: cell() },
        ],
        // Not a ranking: by name.
        rows: byName(points, (q) => m.nameOf(q.entityId)).map((q) => ({
          id: q.entityId,
          label: m.nameOf(q.entityId),
          cells: [q.investment, q.models, q.modelsPer10bn],
          highlighted: q.entityId === view.selected,
        })),
      },
      summary: `Scatter${log ? ' (log–log)' : ''} of cumulative notable models (${modPeriod}) against cumulative private investment (${invPeriod}), ${String(points.length)} ${points.length === 1 ? 'country' : 'countries'}, most invested first: ${leaders(
        points.map((q) => ({
          name: m.nameOf(q.entityId),
          value: `${formatBillions(q.investment)} and ${formatCount(q.models)} models (${formatValue(q.modelsPer10bn)} per $10bn)`,
        })),
      )}. ${chartTable(points.length, points.length === 1 ? 'country' : 'countries')}`,
      native: {
        type: 'scatter',
        xLabel,
        yLabel,
        points: points.map((q) => ({ name: m.nameOf(q.entityId), x: q.investment, y: q.models })),
      },
    }
  },
})

export const openClaimsFigure = defineTable<ModelsModel>({
  id: 'models.open-claims',
  panel: 'models',
  label: 'Open foundation models: the quoted shares and the nearest verified figure (table)',
  needs: ['meta', 'claims', 'foundationWorld'],
  state: (m) => {
    if (!m.claims) return null
    const quoted = openShareClaims(m.claims)
    const title = 'Shares of open-access foundation models as quoted (claims, not data)'
    const world = m.foundationWorld === 'none' ? null : m.foundationWorld
    const verified = nearestVerified(world?.observations ?? [])
    const share = openShareInNote(verified?.note ?? null)
    const t: FigureText = {
      title,
      unit: '% of foundation models',
      source: 'ING AI Monthly (quoted); AI Index 2024 (world count of foundation models)',
      licence: m.names
        ? licencesOf(
            [
              ...quoted.map((c) => c.sourceId),
              ...(world?.observations.map((o) => o.sourceId) ?? []),
            ],
            m.names.source,
          )
        : '',
      edition: 'quoted figures; AI Index 2024',
      caveats: [
        verified
          ? `Nearest verified figure: ${share === null ? NO_DATA : formatPercent(share)} of the ${formatCount(verified.value)} foundation models of ${verified.year} were open — all countries together (“${verified.note ?? ''}”). No share by country is published, so it neither confirms nor refutes the quoted shares.`
          : 'No verified figure on open foundation models is in the data.',
      ],
    }
    if (quoted.length === 0) return empty(t, 'The quoted shares are not in the claims served.')
    return {
      ...t,
      kind: 'ready',
      data: null,
      table: {
        caption: title,
        rowHeader: 'Quoted claim',
        columns: [
          {
            id: 'v',
            header: 'Quoted',
            numeric: true,
            format: (v) => (typeof v === 'number' ? formatPercent(v) : NO_DATA),
          },
          { id: 's', header: 'Status' },
          { id: 'x', header: 'Cross-check' },
        ],
        rows: quoted.map((c) => ({
          id: c.id,
          label: c.statement,
          cells: [c.value, CLAIM_STATUS_LABEL[c.status], c.crossCheck],
        })),
      },
      summary: `Table of ${String(quoted.length)} quoted shares of open-access foundation models (claims, not data), each with its status: ${leaders(
        quoted.map((c) => ({
          name: c.statement,
          value: `${formatPercent(c.value)} (${CLAIM_STATUS_LABEL[c.status]})`,
        })),
        quoted.length,
      )}.`,
      native: null,
    }
  },
})

export const MODELS_FIGURES = [
  notableTrendFigure,
  notableCumulativeFigure,
  headlineFigure,
  editionCompareFigure,
  patentsTrendFigure,
  per100kFigure,
  mapFigure,
  patentDefinitionsFigure,
  outputFigure,
  openClaimsFigure,
] as const
