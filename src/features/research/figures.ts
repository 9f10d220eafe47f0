/**
 * The Research & talent panel's figures, declared once: shares of the world's AI publications
 * by area, citations and publications by country in the GVT 2022 release, the year's most-cited
 * AI papers by area, AI job postings and the talent measures. Each reads its state from the
 * panel's model for a view (./model/research-view.ts). Shares stay shares (percent as
 * published); aggregates (Unknown, Rest of the world, Europe) are rows of their own, never
 * summed with countries; a gap is "no data", never interpolated.
 */
import { defineFigure, defineTable } from '../../components/figure/figure-spec'
import type { FigureState, FigureTable, FigureText } from '../../components/figure/figure-types'
import {
  BarsChart,
  LinesChart,
  type BarsData,
  type LinesData,
} from '../../components/chart/lazy-charts'
import type { ViewState } from '../../domain/view'
import { formatCount, formatPercent, NO_DATA } from '../../lib/format'
import { cell, yearTable } from '../../lib/figure-tables'
import { licencesOf } from '../../lib/sources'
import { amount, chartTable, leaders } from '../../lib/summary'
import { byName, byValue } from '../../lib/table-order'
import { latestYear, yearShown } from '../../lib/years'
import { GVT_EDITION, type ResearchModel, type Series } from './model/research-view'
import { leadingSeries, measuresForYear, yearSeries, type YearSeries } from './model/series'

/** Lines drawn at most in a crowded chart; its table lists all. */
const LINES = 8

/** The areas of the publication shares, China first, then the US and Europe it is set against. */
export const SHARE_ORDER = ['CHN', 'USA', 'EUROPE', 'IND', 'ROW', 'UNKNOWN'] as const

export const CITATIONS_ACCUMULATE =
  'Citations are counted as of the data’s extraction: papers of recent years are still being cited, so the last years are far from complete and a fall is not a decline (China’s journal citations: 258,767 for 2020, 52,960 for 2021).'

const GVT_PROVENANCE =
  'GVT 2022 release: a third-party copy of the tool’s export (29 countries, 2017–2021; one ranked country is missing from the copy); its publication counts are by venue type with an unstated counting method, not one series with the AI Index 2026 shares.'

const percent = (v: number | null) => formatPercent(v)

const isSeries = (s: Series | 'none' | null): s is Series => s !== null && s !== 'none'

/**
 * The figure's words: the source line names each source's citation, the edition and the
 * licence(s), as /meta serves them (src/lib/sources.ts).
 */
export function sourceText(
  m: ResearchModel,
  present: readonly Series[],
  t: Omit<FigureText, 'licence' | 'edition' | 'source'> & { readonly note?: string },
): FigureText {
  const ids = [...new Set(present.flatMap((s) => s.observations.map((o) => o.sourceId)))]
  const citations = [
    ...new Set(ids.map((id) => (id === null ? null : (m.names?.source(id)?.citation ?? id)))),
  ].filter((c): c is string => c !== null)
  const edition = [...new Set(present.map((s) => m.editionLabel(s.edition)))].join('; ')
  const licence = m.names ? licencesOf(ids, m.names.source) : ''
  const { note, ...rest } = t
  return {
    ...rest,
    source: `${citations.join('; ') || NO_DATA}. Edition: ${edition || NO_DATA}${note ? ` (${note})` : ''}. Licence: ${licence || NO_DATA}.`,
    licence,
    edition,
  }
}

function empty<D>(t: FigureText, reason: string): FigureState<D> {
  return { ...t, kind: 'empty', reason }
}

/** Which edition a series comes from, said when it is not the one the picker chose. */
function editionNote(s: Series, view: ViewState, m: ResearchModel): string | undefined {
  return s.edition === view.edition
    ? undefined
    : `the only edition publishing it; ${m.editionLabel(view.edition)} has none`
}

/** Years across, one row per series (the lines' table), by name: not a ranking. */
function seriesTable(
  caption: string,
  years: readonly number[],
  series: readonly YearSeries[],
  m: ResearchModel,
  format: (v: number | null) => string,
  view: ViewState,
  rowHeader = 'Country',
): FigureTable {
  return yearTable({
    caption,
    years,
    series,
    nameOf: m.nameOf,
    format,
    selected: view.selected,
    rowHeader,
  })
}

function linesData(
  years: readonly number[],
  series: readonly YearSeries[],
  m: ResearchModel,
  view: ViewState,
  unit: string,
): LinesData {
  return {
    years,
    series: series.map((s) => ({
      id: s.entityId,
      name: m.nameOf(s.entityId),
      values: s.values,
      highlighted: s.entityId === view.selected,
    })),
    unit,
    log: false,
  }
}

const lineNative = (years: readonly number[], series: readonly YearSeries[], m: ResearchModel) => ({
  type: 'line' as const,
  labels: years.map(String),
  series: series.map((s) => ({ name: m.nameOf(s.entityId), values: s.values })),
})

const span = (years: readonly number[]) => `${years[0] ?? ''}–${years.at(-1) ?? ''}`

/** The values of the last year with any, by series: "China 17.8%, …". */
function lastValues(
  series: readonly YearSeries[],
  m: ResearchModel,
  format: (v: number | null) => string,
): string {
  return leaders(
    byValue(
      series,
      (s) => s.values.at(-1) ?? null,
      (s) => m.nameOf(s.entityId),
    ).map((s) => ({ name: m.nameOf(s.entityId), value: format(s.values.at(-1) ?? null) })),
    series.length,
  )
}

const normNote = (view: ViewState, what: string) =>
  view.norm === 'absolute' ? '' : ` — ${what}: the normalisation switch does not apply`

export const publicationSharesFigure = defineFigure<ResearchModel, LinesData>({
  id: 'research.publication-shares',
  panel: 'research',
  label: 'Shares of world AI publications by area, per year (lines)',
  kind: 'line',
  needs: ['meta', 'shares'],
  height: () => 340,
  Chart: LinesChart,
  state: (m, view) => {
    const s = m.aiIndex.shares
    if (s === null) return null
    const base = {
      title: 'Share of world AI publications in computer science, by area',
      unit: `% of world AI publications in CS, all venues, as published${normNote(view, 'shares stay shares')}`,
      caveats: [
        '“Unknown” holds the publications the source could not attribute to a geography (20.6% in 2023, 39.2% in 2024), so each named area’s 2024 share falls partly because of it. Areas are shown side by side, never summed.',
        'Europe, Rest of the world and Unknown are aggregates as the AI Index reports them, not countries.',
      ],
    }
    if (s === 'none')
      return empty(
        sourceText(m, [], base),
        'No AI Index edition here publishes shares of AI publications by area.',
      )
    const t = sourceText(m, [s], { ...base, note: editionNote(s, view, m) })
    const { years, series } = yearSeries(s.observations, m.includes, view.years, SHARE_ORDER)
    if (series.length === 0)
      return empty(
        t,
        view.years !== null && yearSeries(s.observations, m.includes, null).series.length > 0
          ? `${m.editionLabel(s.edition)} publishes the shares for 2013–2024, outside ${view.years[0]}–${view.years[1]}.`
          : `${m.editionLabel(s.edition)} publishes shares for the United States, China, Europe, India, Rest of the world and Unknown only; none is in this scope.`,
      )
    const title = `Share of world AI publications in computer science, by area, ${span(years)}`
    return {
      ...t,
      title,
      kind: 'ready',
      data: linesData(years, series, m, view, '%'),
      table: seriesTable(title, years, series, m, percent, view, 'Area'),
      summary: `Line chart of each area’s share of world AI publications in computer science, ${span(years)}. In ${years.at(-1) ?? ''}: ${lastValues(series, m, percent)}. ${chartTable(series.length, 'areas, year by year')}`,
      native: lineNative(years, series, m),
    }
  },
})

export const citationsFigure = defineFigure<ResearchModel, LinesData>({
  id: 'research.citations',
  panel: 'research',
  label: 'Citations of AI journal publications by country, GVT 2022 release (lines)',
  kind: 'line',
  needs: ['meta', 'gvtCitations'],
  height: () => 340,
  Chart: LinesChart,
  state: (m, view) => {
    const s = m.gvt.journalCitations
    if (s === null) return null
    const all = yearSeries(s.observations, (id) => m.includes(id) && m.isCountry(id), view.years)
    const shown = leadingSeries(all.series, LINES, view.selected)
    const t = sourceText(m, [s], {
      title: 'Citations of AI journal publications, by country (GVT 2022 release)',
      unit: `citations of the year’s AI journal publications, as counted at extraction${
        all.series.length > LINES
          ? `; the ${LINES} most cited in ${all.years.at(-1) ?? ''} shown of ${all.series.length} countries (the table lists all)`
          : ''
      }${normNote(view, 'counts as published')}`,
      caveats: [CITATIONS_ACCUMULATE, GVT_PROVENANCE],
    })
    if (all.series.length === 0)
      return empty(
        t,
        view.years !== null && (view.years[1] < 2017 || view.years[0] > 2021)
          ? `The GVT 2022 release covers 2017–2021 only, outside ${view.years[0]}–${view.years[1]}.`
          : 'No country in this scope is in the GVT 2022 release (29 countries).',
      )
    const { years } = all
    const title = `Citations of AI journal publications, ${span(years)} (GVT 2022 release; recent years still accumulate)`
    const withUnit = (v: number | null) => amount(v, 'citations', formatCount)
    return {
      ...t,
      title,
      kind: 'ready',
      data: linesData(years, shown, m, view, 'citations'),
      table: seriesTable(title, years, all.series, m, formatCount, view),
      summary: `Line chart of citations of AI journal publications by country, ${span(years)}, GVT 2022 release; the last years are still accumulating citations. In ${years.at(-1) ?? ''}: ${leaders(
        byValue(
          all.series,
          (x) => x.values.at(-1) ?? null,
          (x) => m.nameOf(x.entityId),
        ).map((x) => ({ name: m.nameOf(x.entityId), value: withUnit(x.values.at(-1) ?? null) })),
      )}. ${chartTable(all.series.length, 'countries, year by year')}`,
      native: lineNative(years, shown, m),
    }
  },
})

/** The GVT 2022 columns of the publications and citations table, in order. */
const GVT_COLUMNS = [
  ['journalPublications', 'Journal publications'],
  ['conferencePublications', 'Conference publications'],
  ['repositoryPublications', 'Repository publications'],
  ['journalCitations', 'Journal citations'],
  ['conferenceCitations', 'Conference citations'],
  ['repositoryCitations', 'Repository citations'],
] as const

/** The year a GVT 2022 table shows: the Year filter's, or the latest before it, in 2017–2021. */
export function gvtYear(observations: Series['observations'], view: ViewState): number | null {
  return latestYear(
    observations.filter(
      (o) => view.years === null || (o.year >= view.years[0] && o.year <= view.years[1]),
    ),
    view.year,
  )
}

export const gvtPublicationsFigure = defineTable<ResearchModel>({
  id: 'research.gvt-publications',
  panel: 'research',
  label: 'AI publications and citations by country and venue, GVT 2022 release (table)',
  needs: ['meta', 'gvtPublications', 'gvtCitations'],
  state: (m, view) => {
    const parts = GVT_COLUMNS.map(([k]) => m.gvt[k])
    if (parts.some((p) => p === null)) return null
    const present = parts.filter((p): p is Series => p !== null)
    const first = present[0]
    const year = first ? gvtYear(first.observations, view) : null
    const t = sourceText(m, present, {
      title: 'AI publications and citations by venue, GVT 2022 release',
      unit: 'publications and citations as published, by venue type (never added up)',
      caveats: [CITATIONS_ACCUMULATE, GVT_PROVENANCE],
    })
    if (year === null)
      return empty(
        t,
        'The GVT 2022 release covers 2017–2021; no year of it is at or before the Year filter and in the years range.',
      )
    const rows = measuresForYear(
      present.map((p) => p.observations),
      year,
      (id) => m.includes(id) && m.isCountry(id),
    )
    const title = `AI publications and citations by venue, ${yearShown(year, view.year)}, ${m.editionLabel(GVT_EDITION)}`
    if (rows.length === 0)
      return empty({ ...t, title }, 'No country in this scope is in the GVT 2022 release.')
    const byJournals = byValue(
      rows,
      (r) => r.values[0] ?? null,
      (r) => m.nameOf(r.entityId),
    )
    return {
      ...t,
      title,
      kind: 'ready',
      data: null,
      table: {
        caption: title,
        rowHeader: 'Country',
        columns: GVT_COLUMNS.map(([id, header]) => ({
          id,
          header,
          numeric: true,
          format: cell(formatCount),
        })),
        // Several measures side by side: by name, not a ranking.
        rows: byName(rows, (r) => m.nameOf(r.entityId)).map((r) => ({
          id: r.entityId,
          label: m.nameOf(r.entityId),
          cells: r.values,
          highlighted: r.entityId === view.selected,
        })),
      },
      summary: `Table of AI publications and citations by venue type in ${year}, GVT 2022 release, ${String(rows.length)} countries by name; most journal publications: ${leaders(
        byJournals.map((r) => ({
          name: m.nameOf(r.entityId),
          value: amount(r.values[0] ?? null, 'journal publications', formatCount),
        })),
      )}.`,
      native: null,
    }
  },
})

export const topCitedFigure = defineFigure<ResearchModel, BarsData>({
  id: 'research.top-cited',
  panel: 'research',
  label: 'The year’s 100 most-cited AI publications, by area (bars)',
  kind: 'bar',
  needs: ['meta', 'topCited'],
  selectable: true,
  height: (s) => (s.kind === 'ready' ? Math.max(160, s.data.bars.length * 24 + 30) : 160),
  Chart: BarsChart,
  state: (m, view) => {
    const s = m.aiIndex.topCited
    if (s === null) return null
    const base = {
      title: 'The year’s 100 most-cited AI publications, by area',
      unit: `publications among the year’s 100 most cited, as printed on the chart${normNote(view, 'counts as published')}`,
      caveats: [
        'Whether a paper with authors in several areas counts for each is not stated, so the counts are not added up over areas.',
        'This counts papers, not citations; the citations of recent years still accumulate.',
      ],
    }
    if (s === 'none')
      return empty(
        sourceText(m, [], base),
        'No AI Index edition here publishes the most-cited AI publications.',
      )
    const t = sourceText(m, [s], { ...base, note: editionNote(s, view, m) })
    const inRange = s.observations.filter(
      (o) => view.years === null || (o.year >= view.years[0] && o.year <= view.years[1]),
    )
    const year = latestYear(inRange, view.year)
    if (year === null)
      return empty(
        t,
        `${m.editionLabel(s.edition)} publishes the most-cited AI publications for 2021–2024 only.`,
      )
    const all = byValue(
      measuresForYear([s.observations], year, m.includes),
      (r) => r.values[0] ?? null,
      (r) => m.nameOf(r.entityId),
    )
    const title = `The 100 most-cited AI publications of ${yearShown(year, view.year)}, by area`
    if (all.length === 0)
      return empty({ ...t, title }, 'No area in this scope is among the 10 published.')
    const bars = all.map((r) => ({
      id: r.entityId,
      label: m.nameOf(r.entityId),
      value: r.values[0] ?? null,
      valueText: formatCount(r.values[0] ?? null),
      highlighted: r.entityId === view.selected,
    }))
    return {
      ...t,
      title,
      kind: 'ready',
      data: { bars, selectable: true },
      table: {
        caption: title,
        rowHeader: 'Area',
        columns: [
          {
            id: 'v',
            header: 'Publications among the 100 most cited',
            numeric: true,
            format: cell(formatCount),
          },
        ],
        rows: all.map((r) => ({
          id: r.entityId,
          label: m.nameOf(r.entityId),
          cells: r.values,
          highlighted: r.entityId === view.selected,
        })),
      },
      summary: `Bar chart of the 100 most-cited AI publications of ${year} by area, most first: ${leaders(
        all.map((r) => ({
          name: m.nameOf(r.entityId),
          value: amount(r.values[0] ?? null, 'publications', formatCount),
        })),
      )}. ${chartTable(all.length, all.length === 1 ? 'area' : 'areas')}`,
      native: {
        type: 'bar',
        horizontal: true,
        labels: bars.map((b) => b.label),
        series: [{ name: 'Most-cited publications', values: bars.map((b) => b.value) }],
      },
    }
  },
})

export const jobPostingsFigure = defineFigure<ResearchModel, LinesData>({
  id: 'research.job-postings',
  panel: 'research',
  label: 'AI job postings, share of all job postings, by country (lines)',
  kind: 'line',
  needs: ['meta', 'jobPostings'],
  height: () => 340,
  Chart: LinesChart,
  state: (m, view) => {
    const s = m.aiIndex.jobPostings
    if (s === null) return null
    const base = {
      title: 'AI job postings, share of all job postings',
      unit: '',
      caveats: [
        'Lightcast job-postings data; cells empty in the source are no data, drawn as gaps, never as zero.',
      ],
    }
    if (s === 'none')
      return empty(
        sourceText(m, [], { ...base, unit: '% of all job postings' }),
        'No AI Index edition here publishes AI job postings.',
      )
    const all = yearSeries(s.observations, m.includes, view.years)
    const shown = leadingSeries(all.series, LINES, view.selected)
    const t = sourceText(m, [s], {
      ...base,
      unit: `% of all job postings, as published${
        all.series.length > LINES
          ? `; the ${LINES} highest in ${all.years.at(-1) ?? ''} shown of ${all.series.length} countries (the table lists all)`
          : ''
      }${normNote(view, 'shares stay shares')}`,
      note: editionNote(s, view, m),
    })
    if (all.series.length === 0)
      return empty(
        t,
        `${m.editionLabel(s.edition)} publishes AI job postings for 22 countries, 2014–2025; none in this scope and years.`,
      )
    const { years } = all
    const title = `AI job postings, share of all job postings, ${span(years)}`
    return {
      ...t,
      title,
      kind: 'ready',
      data: linesData(years, shown, m, view, '%'),
      table: seriesTable(title, years, all.series, m, percent, view),
      summary: `Line chart of AI job postings as a share of all job postings, ${span(years)}. In ${years.at(-1) ?? ''}: ${leaders(
        byValue(
          all.series,
          (x) => x.values.at(-1) ?? null,
          (x) => m.nameOf(x.entityId),
        ).map((x) => ({ name: m.nameOf(x.entityId), value: percent(x.values.at(-1) ?? null) })),
      )}. ${chartTable(all.series.length, 'countries, year by year')}`,
      native: lineNative(years, shown, m),
    }
  },
})

export const talentFigure = defineTable<ResearchModel>({
  id: 'research.talent',
  panel: 'research',
  label: 'AI talent by country: top authors and inventors, concentration, migration (table)',
  needs: ['meta', 'talent'],
  state: (m, view) => {
    const { authors, concentration, migration } = m.aiIndex
    if (authors === null || concentration === null || migration === null) return null
    const present = [authors, concentration, migration].filter(isSeries)
    const t = sourceText(m, present, {
      title: 'AI talent by country',
      unit: 'as published; LinkedIn measures cover LinkedIn members only',
      caveats: [
        'Top AI authors and inventors (Zeki Data): the figure lists 21 countries and not China — no data, not zero.',
        'AI talent concentration is LinkedIn’s fraction, shown × 100 as the chart prints it (Israel’s 0.021 reads 2.1%); net migration is per 10,000 LinkedIn members.',
      ],
    })
    if (present.length === 0)
      return empty(t, 'No AI Index edition here publishes the talent measures.')
    const series = [authors, concentration, migration].map((s) =>
      isSeries(s) ? s.observations : [],
    )
    const year = latestYear(series.flat(), view.year)
    if (year === null)
      return empty(t, 'The talent measures are published for 2025 (migration 2021–2025) only.')
    const rows = measuresForYear(series, year, (id) => m.includes(id) && m.isCountry(id))
    const title = `AI talent by country, ${yearShown(year, view.year)}`
    if (rows.length === 0) return empty({ ...t, title }, 'No country in this scope has a figure.')
    return {
      ...t,
      title,
      kind: 'ready',
      data: null,
      table: {
        caption: title,
        rowHeader: 'Country',
        columns: [
          {
            id: 'authors',
            header: 'Top AI authors and inventors',
            numeric: true,
            format: cell(formatCount),
          },
          {
            id: 'concentration',
            header: 'AI talent concentration, % (the source’s fraction × 100)',
            numeric: true,
            format: cell(percent),
          },
          {
            id: 'migration',
            header: 'Net AI talent migration per 10,000 LinkedIn members',
            numeric: true,
            format: cell(),
          },
        ],
        // Several measures side by side: by name, not a ranking.
        rows: byName(rows, (r) => m.nameOf(r.entityId)).map((r) => ({
          id: r.entityId,
          label: m.nameOf(r.entityId),
          // The fraction as the chart prints it (0.02104 is 2.1%), shown in percent.
          cells: r.values.map((v, i) => (i === 1 && v !== null ? v * 100 : v)),
          highlighted: r.entityId === view.selected,
        })),
      },
      summary: `Table of AI talent measures by country in ${year}, ${String(rows.length)} countries by name; most top AI authors and inventors: ${leaders(
        byValue(
          rows.filter((r) => r.values[0] !== null),
          (r) => r.values[0] ?? null,
          (r) => m.nameOf(r.entityId),
        ).map((r) => ({
          name: m.nameOf(r.entityId),
          value: amount(r.values[0] ?? null, 'people', formatCount),
        })),
      )}.`,
      native: null,
    }
  },
})

/** The claims shown beside the publication figures, and those beside the citation figures. */
export const publicationClaims = (m: ResearchModel) =>
  m.claims === null ? null : m.claims.filter((c) => c.topic === 'publications')
export const citationClaims = (m: ResearchModel) =>
  m.claims === null ? null : m.claims.filter((c) => c.topic === 'citations')

export const RESEARCH_FIGURES = [
  publicationSharesFigure,
  topCitedFigure,
  citationsFigure,
  gvtPublicationsFigure,
  jobPostingsFigure,
  talentFigure,
] as const
