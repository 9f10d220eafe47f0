/**
 * The AI Vibrancy panel's figures, declared once: the published ranking (bars and its table),
 * how the published ranks moved between releases, the computed index (bars and its table), a
 * country's pillar contributions and its profile. Each reads its state from the panel's model
 * for a view (./model/vibrancy-view.ts).
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
  SlopeChart,
  StackedChart,
  type BarsData,
  type SlopeData,
  type StackedData,
} from '../../components/chart/lazy-charts'
import { SelectField } from '../../components/fields/select-field'
import { shortEditionLabel } from '../../domain/editions'
import type { UpdateView, ViewState } from '../../domain/view'
import { formatScore, formatValue, NO_DATA } from '../../lib/format'
import { chartTable, leaders } from '../../lib/summary'
import { byName } from '../../lib/table-order'
import { licencesOf, sourceLine } from '../../lib/sources'
import { INDEX_INDICATORS, PILLARS, scorePrepared, type IndexRow } from './model/composite-index'
import { INDEX_INPUTS, type InputColumn } from './model/index-inputs'
import { PRESETS } from './model/presets'
import {
  GVT_CAVEAT,
  GVT_SOURCE,
  missingRanks,
  outsideText,
  publishedRows,
  rankHistory,
  rankingSource,
  rankSpan,
  type PublishedRow,
} from './model/published-ranking'
import { describeRangeInFull, ROBUSTNESS_DRAWS } from './model/robustness'
import { MIN_INPUTS, type VibrancyModel } from './model/vibrancy-view'
import { mapFigure } from './map-figure'

const INDEX_CAVEAT =
  'Not the Global AI Vibrancy Tool: the open indicators with figures for the year, in two pillars, min–max over the countries in view; each country is scored on the inputs it has figures for (its coverage).'
/** Bars of the computed index drawn at most; the table lists every country. */
const CHART_ROWS = 25

/** Published ranks drawn at most as bars (more than any sourced release lists). */
const PUBLISHED_BARS = 40

function licenceOf(m: VibrancyModel, ids: Iterable<string | null>) {
  return m.names ? licencesOf(ids, m.names.source) : ''
}

function empty<D>(t: FigureText, reason: string): FigureState<D> {
  return { ...t, kind: 'empty', reason }
}

/** Other releases' top 10: the countries readers look for, e.g. France and Germany in 2025. */
const LOOKED_FOR = 10

/** The published ranking's rows in view, with the countries readers look for marked outside it. */
function published(m: VibrancyModel, view: ViewState) {
  const current = m.ranking
  if (!current) return null
  // Marked as outside the ranking: countries picked, selected or compared, and those in another
  // release's top 10 (not every country of a release that lists 29).
  const extra = [
    ...view.countries,
    view.selected,
    view.compare,
    ...m.others.flatMap((o) =>
      o.entries.filter((e) => e.rank <= LOOKED_FOR).map((e) => e.entityId),
    ),
  ].filter((id): id is string => id !== null && m.inView.includes(id))
  // The published ranks in order, then the countries outside the top N by name.
  const listed = publishedRows(current, m.includes, extra, m.nameOf)
  const rows = [
    ...listed.filter((r) => r.rank !== null),
    ...byName(
      listed.filter((r) => r.rank === null),
      (r) => r.name,
    ),
  ]
  const label = m.editionLabel(current.edition)
  const topN = current.publishedTopN
  const missing = missingRanks(current)
  const outside = outsideText(current)
  const allScored = current.entries.length > 0 && current.entries.every((e) => e.score !== null)
  const ranksText = `ranks 1–${topN}${missing.length > 0 ? ` with rank ${missing.join(', ')} missing from the copy` : ' are listed'}`
  const note = m.editionNote(current.edition)
  const text: FigureText = {
    title: `Published ranking: ${label} (${current.dataYear} data)`,
    unit: allScored
      ? `score 0–100 as in the release; ${ranksText}, no rank is guessed`
      : `score 0–100 as published (only a few scores were published; ${ranksText}, no rank is guessed beyond)`,
    source: m.names ? rankingSource([current], m.names.source, label) : GVT_SOURCE,
    licence: licenceOf(
      m,
      rows.map((r) => r.sourceId),
    ),
    edition: label,
    caveats: [GVT_CAVEAT, ...(note ? [note] : [])],
  }
  const rankText = (r: PublishedRow) => r.rank ?? outside
  const table: FigureTable = {
    caption: `Global AI Vibrancy ranking, ${label} (data year ${current.dataYear}), as published: ${missing.length > 0 ? `${current.entries.length} countries of ranks 1–${topN}` : `top ${topN}`}`,
    rowHeader: 'Country',
    columns: [
      { id: 'rank', header: 'Rank', numeric: true },
      {
        id: 'score',
        header: 'Score (as published)',
        numeric: true,
        format: (v) => (typeof v === 'number' ? formatScore(v) : v === null ? '—' : v),
      },
    ],
    rows: rows.map((r) => ({
      id: r.entityId,
      label: r.name,
      cells: [rankText(r), r.rank === null ? null : r.score === null ? 'not published' : r.score],
      highlighted: r.entityId === view.selected,
    })),
  }
  // The chart draws the ranked countries and the selected or compared ones; every other country
  // the table marks as outside is counted in one line, not drawn as a row each.
  // A release that ranks more countries than a chart can show (none of the sourced ones does:
  // GVT 2022 lists 29) is drawn to its top PUBLISHED_BARS, and says so; the table lists all.
  const chosen = new Set([view.selected, view.compare].filter((id) => id !== null))
  const ranked = rows.filter((r) => r.rank !== null)
  const cut = ranked.length > PUBLISHED_BARS
  const chartRows = rows.filter(
    (r, i) => (r.rank !== null && i < PUBLISHED_BARS) || chosen.has(r.entityId),
  )
  const left = rows.filter((r) => r.rank === null && !chosen.has(r.entityId))
  const leftOut = left.length > 0 ? leftOutNote(left, view, outside) : undefined
  const chartText = cut
    ? {
        ...text,
        title: `${text.title} (top ${String(PUBLISHED_BARS)} of ${String(ranked.length)} drawn; the table lists all)`,
      }
    : text
  return { current, rows, chartRows, note: leftOut, text, chartText, table, topN, label, outside }
}

/** "France, Germany and 4 more countries in view are not in the published top 8 (see the table)." */
function leftOutNote(left: readonly PublishedRow[], view: ViewState, outside: string) {
  const shown = 3
  const names = left.slice(0, shown).map((r) => r.name)
  const more = left.length - names.length
  const who =
    more > 0
      ? `${names.join(', ')} and ${String(more)} more`
      : names.length > 1
        ? `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`
        : (names[0] ?? '')
  const picked = view.countries.length > 0
  const of = picked ? ` of the ${String(view.countries.length)} countries picked` : ''
  const verb = left.length === 1 ? 'is' : 'are'
  return `${String(left.length)}${of} ${left.length === 1 ? 'country' : 'countries'} ${verb} ${outside}: ${who} (listed in the table).`
}

/** "No country in view is in the published top 10 (Global AI Vibrancy Tool 2024)." */
function noneInView(outside: string, label: string) {
  return `No country in view is ${outside.replace(/^not /, '')} (${label}).`
}

/** Where a release ranks several data years (GVT 2022: 2017–2021): the Year picks one. */
function dataYearTool(update: UpdateView, m: VibrancyModel) {
  const years = m.ranking?.dataYears ?? []
  if (!m.ranking || years.length < 2) return null
  return (
    <SelectField
      label="Data year (sets the Year)"
      value={String(m.ranking.dataYear)}
      sections={[
        {
          title: `Data years of ${m.editionLabel(m.ranking.edition)}`,
          options: [...years].reverse().map((y) => ({ id: String(y), label: String(y) })),
        },
      ]}
      onChange={(id) => update({ year: Number(id) })}
    />
  )
}

export const publishedFigure = defineFigure<VibrancyModel, BarsData>({
  id: 'vibrancy.published',
  panel: 'vibrancy',
  label: 'Published Vibrancy ranking (bars)',
  kind: 'bar',
  needs: ['meta', 'ranking', 'others'],
  selectable: true,
  height: (s) =>
    s.kind === 'ready' ? Math.max(180, s.data.bars.length * 30 + 40 + (s.data.note ? 40 : 0)) : 160,
  Chart: BarsChart,
  tools: (_view, update, m) => dataYearTool(update, m),
  state: (m, view) => {
    const p = published(m, view)
    if (!p) return null
    const { current, chartRows: rows, note, chartText: text, table, topN, label, outside } = p
    if (rows.length === 0) return empty(text, noneInView(outside, label))
    const bars = rows.map((r) => ({
      id: r.entityId,
      label: r.rank === null ? `— ${r.name}` : `${r.rank}. ${r.name}`,
      value: r.score,
      valueText: r.score === null ? '' : formatScore(r.score),
      missingText: r.rank === null ? outside : r.score === null ? 'score not published' : '',
      highlighted: r.entityId === view.selected,
      detail: [
        r.rank === null ? outside : `Rank ${r.rank} of ${topN}`,
        r.score === null
          ? 'Score: not published'
          : `Score: ${formatScore(r.score)} (index 0–100, as published)`,
        `${label}, data year ${current.dataYear}`,
        `Source: ${(r.sourceId && m.names?.source(r.sourceId)?.citation) ?? GVT_SOURCE}`,
      ],
    }))
    return {
      ...text,
      kind: 'ready',
      data: {
        bars,
        domain: [0, 100],
        ticks: [0, 25, 50, 75, 100],
        selectable: true,
        ...(note ? { note } : {}),
      },
      table,
      summary: `Bar chart of the published Global AI Vibrancy ranking, ${label} (${String(current.dataYear)} data), scores 0–100 where published: ${leaders(
        rows
          .filter((r) => r.rank !== null)
          .map((r) => ({
            name: `${String(r.rank)}. ${r.name}`,
            value: r.score === null ? '(score not published)' : formatScore(r.score),
          })),
        5,
      )}.${note ? ` ${note}` : ''} ${chartTable(p.rows.length, 'countries')}`,
      native: {
        type: 'bar',
        horizontal: true,
        labels: bars.map((b) => b.label),
        series: [{ name: 'Score (as published)', values: bars.map((b) => b.value) }],
      },
    }
  },
})

export const publishedTableFigure = defineTable<VibrancyModel>({
  id: 'vibrancy.published-table',
  panel: 'vibrancy',
  label: 'Published Vibrancy ranking (table)',
  needs: ['meta', 'ranking', 'others'],
  state: (m, view) => {
    const p = published(m, view)
    if (!p) return null
    if (p.rows.length === 0) return empty(p.text, noneInView(p.outside, p.label))
    return {
      ...p.text,
      kind: 'ready',
      data: null,
      table: p.table,
      summary: `Table of the published ranks and scores of ${p.label}, in rank order, then the countries outside its ranking by name: ${leaders(
        p.rows
          .filter((r) => r.rank !== null)
          .map((r) => ({
            name: `${String(r.rank)}. ${r.name}`,
            value: r.score === null ? '(score not published)' : formatScore(r.score),
          })),
        5,
      )}.`,
      native: null,
    }
  },
})

const cellScore = (v: FigureCell) => (typeof v === 'number' ? formatScore(v) : (v ?? NO_DATA))

const PILLAR_PARTS = [
  { id: 'economy', label: 'Economy pillar' },
  { id: 'research', label: 'R&D pillar' },
] as const

export const pillarsFigure = defineFigure<VibrancyModel, StackedData>({
  id: 'vibrancy.published-pillars',
  panel: 'vibrancy',
  label: 'Published pillar scores: economy and R&D (grouped bars)',
  kind: 'stacked',
  needs: ['meta', 'ranking'],
  height: (s) => (s.kind === 'ready' ? s.data.rows.length * 38 + 70 : 120),
  Chart: StackedChart,
  tools: (_view, update, m) => dataYearTool(update, m),
  state: (m, view) => {
    const current = m.ranking
    if (!current) return null
    const label = m.editionLabel(current.edition)
    const note = m.editionNote(current.edition)
    const rows = [...current.entries]
      .sort((a, b) => a.rank - b.rank)
      .filter((e) => m.includes(e.entityId))
      .flatMap((e) => (e.pillarScores ? [{ ...e, pillars: e.pillarScores }] : []))
    const text: FigureText = {
      title: `Published pillar scores: ${label} (${current.dataYear} data)`,
      unit: 'pillar scores 0–100 as in the release; the overall score is their mean (equal pillar weights)',
      source: m.names ? rankingSource([current], m.names.source, label) : GVT_SOURCE,
      licence: licenceOf(
        m,
        current.entries.map((e) => e.sourceId),
      ),
      edition: label,
      caveats: [GVT_CAVEAT, ...(note ? [note] : [])],
    }
    if (!current.entries.some((e) => e.pillarScores))
      return {
        ...text,
        kind: 'empty',
        prompt: true,
        reason: `${label} as reported publishes no pillar scores. The GVT 2022 release (data years 2017–2021, a third-party copy) has economy and R&D pillar scores: choose it under “Vibrancy edition”, or a Year from 2017 to 2021.`,
      }
    if (rows.length === 0) return empty(text, noneInView(outsideText(current), label))
    const name = (id: string) => m.nameOf(id)
    return {
      ...text,
      kind: 'ready',
      data: {
        parts: PILLAR_PARTS,
        layout: 'grouped',
        rows: rows.map((r) => ({
          id: r.entityId,
          label: `${r.rank}. ${name(r.entityId)}`,
          values: [r.pillars.economy, r.pillars.research],
          texts: [formatScore(r.pillars.economy), formatScore(r.pillars.research)],
          detail: [
            `Economy pillar ${formatScore(r.pillars.economy)}, R&D pillar ${formatScore(r.pillars.research)} (0–100, as in the release)`,
            `Overall score ${formatScore(r.score)}, rank ${r.rank}`,
          ],
        })),
        domain: [0, 100],
        ticks: [0, 25, 50, 75, 100],
      },
      table: {
        caption: `Pillar scores, ${label} (data year ${current.dataYear}), as in the release`,
        rowHeader: 'Country',
        columns: [
          { id: 'rank', header: 'Rank', numeric: true },
          { id: 'score', header: 'Score', numeric: true, format: cellScore },
          { id: 'economy', header: 'Economy pillar', numeric: true, format: cellScore },
          { id: 'research', header: 'R&D pillar', numeric: true, format: cellScore },
        ],
        rows: rows.map((r) => ({
          id: r.entityId,
          label: name(r.entityId),
          cells: [r.rank, r.score, r.pillars.economy, r.pillars.research],
          highlighted: r.entityId === view.selected,
        })),
      },
      summary: `Grouped bars of the economy and R&D pillar scores of ${label} (${String(current.dataYear)} data), in rank order: ${leaders(
        rows.map((r) => ({
          name: `${String(r.rank)}. ${name(r.entityId)}`,
          value: `economy ${formatScore(r.pillars.economy)}, R&D ${formatScore(r.pillars.research)}`,
        })),
      )}. ${chartTable(rows.length, 'countries')}`,
      native: {
        type: 'bar',
        horizontal: true,
        labels: rows.map((r) => `${r.rank}. ${name(r.entityId)}`),
        series: PILLAR_PARTS.map((p) => ({
          name: p.label,
          values: rows.map((r) => r.pillars[p.id]),
        })),
      },
    }
  },
})

export const movementFigure = defineFigure<VibrancyModel, SlopeData>({
  id: 'vibrancy.movement',
  panel: 'vibrancy',
  label: 'How the published ranks moved between releases (slope)',
  kind: 'slope',
  needs: ['meta', 'ranking', 'others'],
  // The height follows the releases' top N, not the ranks shown: a region change then redraws
  // the lines without resizing the chart and moving the page below it.
  height: (s) => (s.kind === 'ready' ? Math.max(220, s.data.maxTopN * 26 + 60) : 220),
  Chart: SlopeChart,
  selectable: true,
  state: (m, view) => {
    if (!m.ranking) return null
    const label = (edition: string) =>
      shortEditionLabel(edition, [{ id: edition, label: m.editionLabel(edition) }])
    const { columns, groups, rows } = rankHistory(m.history, m.includes, m.nameOf, label)
    const editions = groups.map((g) => g.edition)
    const text: FigureText = {
      title: 'How the published ranks moved between editions',
      unit: `rank in each published ranking (1 = most vibrant), by data year; no line where a country is outside a ranking, and none across a method break — ${groups.map((g) => `${label(g.edition)}: ${g.years.length > 1 ? `${String(g.years[0])}–${String(g.years.at(-1))}` : String(g.years[0])} data, ${outsideText(m.history.find((r) => r.edition === g.edition) ?? m.ranking ?? { entries: [], publishedTopN: 0 }).replace(/^not (in|among) /, '')}`).join('; ')}`,
      source: m.names
        ? editions
            .map((e) =>
              rankingSource(
                m.history.filter((r) => r.edition === e),
                m.names?.source ?? (() => undefined),
                m.editionLabel(e),
              ),
            )
            .join(' ')
        : GVT_SOURCE,
      licence: licenceOf(
        m,
        m.history.flatMap((r) => r.entries.map((e) => e.sourceId)),
      ),
      edition: editions.map((e) => m.editionLabel(e)).join('; '),
      caveats: [
        'Each release ranks with its own indicators, countries and weights, so ranks are not comparable across a method break (dashed): a move there can reflect the method as well as the country. Within the GVT 2022 release the method is one (equal pillar weights over its 29 countries).',
      ],
    }
    if (columns.length < 2) return empty(text, 'Only one published ranking has loaded.')
    if (rows.length === 0) return empty(text, 'No country in view is in any published ranking.')
    const [minRank, maxRank] = rankSpan(rows) ?? [1, 1]
    const change = (c: number | null) =>
      c === null ? '—' : c > 0 ? `▲ ${c}` : c < 0 ? `▼ ${-c}` : '='
    const multi = groups.map((g, i) => ({ g, i })).filter(({ g }) => g.years.length > 1)
    const columnId = (c: (typeof columns)[number]) => `${c.edition}-${String(c.dataYear)}`
    return {
      ...text,
      kind: 'ready',
      data: {
        columns: columns.map((c) => String(c.dataYear)),
        groups: groups.map((g) => ({
          label: label(g.edition),
          size: g.years.length,
        })),
        series: rows.map((r) => ({
          id: r.entityId,
          name: r.name,
          ranks: r.ranks,
          highlighted: r.entityId === view.selected,
        })),
        minRank,
        maxRank,
        maxTopN: Math.max(...columns.map((c) => c.topN), 1),
      },
      table: {
        caption: 'Published ranks by release and data year; movement only within a release',
        rowHeader: 'Country',
        columns: [
          ...columns.map((c) => ({
            id: columnId(c),
            header: `${label(c.edition)}, ${String(c.dataYear)} data`,
            numeric: true,
          })),
          ...multi.map(({ g }) => ({
            id: `change-${g.edition}`,
            header: `Places gained ${String(g.years[0])}–${String(g.years.at(-1))} (within ${label(g.edition)})`,
            numeric: true,
          })),
          { id: 'reading', header: 'Reading' },
        ],
        rows: rows.map((r) => ({
          id: r.entityId,
          label: r.name,
          cells: [
            ...r.ranks.map((k) => k ?? 'not listed'),
            ...multi.map(({ i }) => change(r.changes[i] ?? null)),
            r.reading,
          ],
          highlighted: r.entityId === view.selected,
        })),
      },
      summary: `Slope chart of the published ranks by data year (1 = most vibrant), ${groups
        .map((g) => `${label(g.edition)} ${g.years.join(', ')}`)
        .join(' | ')}, with a method break between releases: ${rows
        .slice(0, 4)
        .map((r) => r.reading)
        .join('; ')}${rows.length > 4 ? ' …' : ''}. ${chartTable(rows.length, 'countries')}`,
      native: null,
    }
  },
})

/** The computed index's text, table and rows for a view; null until its inputs are in. */
function computed(m: VibrancyModel, view: ViewState) {
  const { index, scored } = m
  if (!index || !scored) return null
  const n = scored.ranked.length
  const perCapita = index.perCapita
  const title = `Computed here: open AI index of ${n} countries${perCapita ? ', per capita' : ''}${n > CHART_ROWS ? ` (top ${CHART_ROWS} drawn; the table lists all)` : ''}`
  const sourceIds = index.used.flatMap((u) => u.sourceIds)
  const editions = [...new Set(index.used.map((u) => m.editionLabel(u.edition)))].join('; ')
  const text: FigureText = {
    title,
    unit: `index 0–100, computed here (100 = best in view on every indicator), from ${String(index.used.length)} of the ${String(INDEX_INPUTS.length)} declared inputs`,
    source: `Computed here from ${inputsText(m, index.used)}. ${
      m.names
        ? sourceLine(sourceIds, m.names.source, editions, 'Stanford HAI AI Index')
        : `Edition: ${editions}.`
    }`,
    licence: licenceOf(m, sourceIds),
    edition: editions,
    caveats: [INDEX_CAVEAT],
  }
  const robust = (id: string) => {
    const r = m.ranges?.get(id)
    return r ? describeRangeInFull(r) : '…'
  }
  const pillar = (r: IndexRow, id: string) => r.pillars[id] ?? null
  const one = (v: number | string | null) =>
    typeof v === 'number' ? formatScore(v) : (v ?? NO_DATA)
  const header = m.crossCheck?.header ?? 'Published rank'
  const table: FigureTable = {
    caption: `Computed here: index ranks, pillar scores and robustness (weights ±25%, ${ROBUSTNESS_DRAWS.toLocaleString('en')} draws)`,
    rowHeader: 'Country',
    columns: [
      { id: 'rank', header: 'Rank', numeric: true },
      { id: 'index', header: 'Index', numeric: true, format: one },
      { id: 'economy', header: 'Economy', numeric: true, format: one },
      { id: 'research', header: 'R&D', numeric: true, format: one },
      { id: 'robust', header: 'Rank range, weights ±25%' },
      {
        id: 'coverage',
        header: `Inputs (of ${String(index.used.length)})`,
        numeric: true,
      },
      { id: 'published', header, numeric: true },
    ],
    rows: scored.ranked.map((r) => ({
      id: r.entityId,
      label: m.nameOf(r.entityId),
      cells: [
        r.rank,
        r.index,
        pillar(r, 'economy'),
        pillar(r, 'research'),
        robust(r.entityId),
        index.used.length - r.missing.length,
        m.crossCheck?.published.get(r.entityId) ??
          (m.crossCheck ? outsideText(m.crossCheck.release) : NO_DATA),
      ],
      highlighted: r.entityId === view.selected,
    })),
  }
  return { index, scored, text, table, n }
}

/**
 * The inputs by edition and year: "AI Index 2026, 2021 data: Private AI investment, latest
 * year; AI job postings … . Global AI Vibrancy Tool 2022 (third-party copy), 2021 data: …".
 */
function inputsText(m: VibrancyModel, used: readonly InputColumn[]) {
  const groups = new Map<string, string[]>()
  for (const u of used) {
    const key = `${m.editionLabel(u.edition)}, ${u.period ?? `${String(u.year)} data`}`
    const label = (INDEX_INPUTS.find((i) => i.id === u.id)?.label ?? u.indicator).replace(
      / \(GVT 2022 release\)$/,
      '',
    )
    groups.set(key, [...(groups.get(key) ?? []), label])
  }
  return [...groups].map(([key, labels]) => `${key}: ${labels.join('; ')}`).join('. ')
}

/** Why no country can be ranked: the inputs that do have figures, up to the Year. */
function noRankReason(m: VibrancyModel, view: ViewState) {
  const used = m.index?.used ?? []
  const inputs = inputsText(m, used)
  const upTo = view.year === null ? '' : ` up to ${String(view.year)}`
  const why =
    used.length < MIN_INPUTS
      ? `${used.length === 0 ? 'None' : 'Only one'} of the index's ${String(INDEX_INPUTS.length)} inputs has figures for enough countries${upTo}, and an index needs at least ${String(MIN_INPUTS)}, so no country can be ranked.`
      : `No country in view has figures for at least half of the ${String(used.length)} inputs with data${upTo}, so none can be ranked.`
  const sparse = INDEX_INPUTS.filter((i) => i.minCountries && !used.some((u) => u.id === i.id))
    .map((i) => `${i.label} (fewer than ${String(i.minCountries)} countries)`)
    .join('; ')
  const left = sparse ? ` Left out for too few countries with figures: ${sparse}.` : ''
  return `${why} Inputs with figures: ${inputs || 'none'}.${left}${view.year === null ? '' : ' Try a later year or an earlier AI Index edition (AI Index 2024 lists 2023 investment by country), or “Latest with data”.'}`
}

/** "5 of 7 inputs with figures" */
function coverageText(m: VibrancyModel, r: IndexRow) {
  const k = m.index?.used.length ?? 0
  return `${String(k - r.missing.length)} of ${String(k)} inputs with figures`
}

export const indexFigure = defineFigure<VibrancyModel, BarsData>({
  id: 'vibrancy.index',
  panel: 'vibrancy',
  label: 'Open AI index computed here (bars)',
  kind: 'bar',
  needs: ['meta', 'inputs', 'reference'],
  selectable: true,
  height: (s) =>
    s.kind === 'ready' ? Math.max(200, Math.min(CHART_ROWS, s.data.bars.length) * 26 + 40) : 200,
  Chart: BarsChart,
  state: (m, view) => {
    const c = computed(m, view)
    if (!c) return null
    if (c.n === 0) return empty(c.text, noRankReason(m, view))
    const bars = c.scored.ranked.slice(0, CHART_ROWS).map((r) => ({
      id: r.entityId,
      label: `${r.rank}. ${m.nameOf(r.entityId)}`,
      value: r.index,
      valueText: formatScore(r.index),
      highlighted: r.entityId === view.selected,
      detail: [
        `${formatScore(r.index)} index points (0–100)`,
        `Economy ${formatScore(r.pillars.economy)}, R&D ${formatScore(r.pillars.research)}; computed here`,
        coverageText(m, r),
      ],
    }))
    return {
      ...c.text,
      kind: 'ready',
      data: { bars, selectable: true },
      table: c.table,
      summary: `Bar chart of the open AI index computed here (0–100, not the published ranking), highest first: ${leaders(
        c.scored.ranked.map((r) => ({
          name: `${String(r.rank)}. ${m.nameOf(r.entityId)}`,
          value: formatScore(r.index),
        })),
      )}. ${chartTable(c.n, c.n === 1 ? 'country' : 'countries')}`,
      native: {
        type: 'bar',
        horizontal: true,
        labels: bars.map((b) => b.label),
        series: [{ name: 'Index (computed here)', values: bars.map((b) => b.value) }],
      },
    }
  },
})

export const indexTableFigure = defineTable<VibrancyModel>({
  id: 'vibrancy.index-table',
  panel: 'vibrancy',
  label: 'Open AI index computed here, with robustness (table)',
  needs: ['meta', 'inputs', 'reference'],
  state: (m, view) => {
    const c = computed(m, view)
    if (!c) return null
    if (c.n === 0) return empty(c.text, noRankReason(m, view))
    return {
      ...c.text,
      kind: 'ready',
      data: null,
      table: c.table,
      summary: `Table of the open AI index computed here, ${String(c.n)} ${c.n === 1 ? 'country' : 'countries'} in rank order, with pillar scores and rank ranges: ${leaders(
        c.scored.ranked.map((r) => ({
          name: `${String(r.rank)}. ${m.nameOf(r.entityId)}`,
          value: formatScore(r.index),
        })),
      )}.`,
      native: null,
    }
  },
})

/** The selected and compared countries, where the index ranks them. */
function profiled(m: VibrancyModel, view: ViewState) {
  const ranked = new Map((m.scored?.ranked ?? []).map((r) => [r.entityId, r]))
  return [view.selected, view.compare]
    .filter((id): id is string => id !== null && ranked.has(id))
    .flatMap((id) => {
      const row = ranked.get(id)
      return row ? [row] : []
    })
}

const SELECT_HINT =
  'Select a country — click a bar, or pick it under “Profile of” — to see its published ranks, its pillar contributions, its indicator values and its rank under each preset.'

export const contributionsFigure = defineFigure<VibrancyModel, StackedData>({
  id: 'vibrancy.contributions',
  panel: 'vibrancy',
  label: 'A country’s pillar contributions to the computed index (stacked bars)',
  kind: 'stacked',
  needs: ['meta', 'inputs', 'reference'],
  height: (s) => (s.kind === 'ready' ? s.data.rows.length * 60 + 70 : 130),
  Chart: StackedChart,
  state: (m, view) => {
    const c = computed(m, view)
    if (!c) return null
    const rows = profiled(m, view)
    const names = rows.map((r) => m.nameOf(r.entityId)).join(' vs ')
    const text: FigureText = {
      ...c.text,
      title: `Pillar contributions to the index (computed here)${names ? `: ${names}` : ''}`,
      unit: 'index points; the pillar contributions add up to the index',
      caveats: [INDEX_CAVEAT],
    }
    if (rows.length === 0) return { ...text, kind: 'empty', reason: SELECT_HINT, prompt: true }
    return {
      ...text,
      kind: 'ready',
      data: {
        parts: PILLARS,
        rows: rows.map((r) => ({
          id: r.entityId,
          label: `${r.rank}. ${m.nameOf(r.entityId)}`,
          values: PILLARS.map((p) => r.contributions[p.id] ?? 0),
          detail: [
            ...PILLARS.map(
              (p) =>
                `${p.label}: ${formatScore(r.contributions[p.id] ?? null)} index points (computed here)`,
            ),
            'Computed here from AI Index indicators',
          ],
        })),
        domain: [0, 100],
        ticks: [0, 25, 50, 75, 100],
      },
      table: {
        caption: `Pillar contributions (computed here): ${names}`,
        rowHeader: 'Country',
        columns: [
          {
            id: 'index',
            header: 'Index',
            numeric: true,
            format: (v) => formatScore(typeof v === 'number' ? v : null),
          },
          ...PILLARS.map((p) => ({
            id: p.id,
            header: `${p.label}: contribution, points`,
            numeric: true,
            format: (v: number | string | null) => formatScore(typeof v === 'number' ? v : null),
          })),
        ],
        rows: rows.map((r) => ({
          id: r.entityId,
          label: `${m.nameOf(r.entityId)} (#${String(r.rank)})`,
          cells: [r.index, ...PILLARS.map((p) => r.contributions[p.id] ?? null)],
        })),
      },
      summary: `Stacked bars of the pillar contributions to the index computed here (index points; they add up to the index): ${rows
        .map(
          (r) =>
            `${m.nameOf(r.entityId)} ${formatScore(r.index)} = ${PILLARS.map((p) => `${p.label} ${formatScore(r.contributions[p.id] ?? null)}`).join(' + ')}`,
        )
        .join('; ')}. ${chartTable(rows.length, rows.length === 1 ? 'country' : 'countries')}`,
      native: {
        type: 'bar',
        horizontal: true,
        labels: rows.map((r) => m.nameOf(r.entityId)),
        series: PILLARS.map((p) => ({
          name: p.label,
          values: rows.map((r) => r.contributions[p.id] ?? null),
        })),
      },
    }
  },
})

/** The published rank (and score) of a country in one release, in words. */
function publishedIn(m: VibrancyModel, edition: string, id: string): string {
  const release = [m.ranking, ...m.others].find((r) => r?.edition === edition)
  if (!release) return NO_DATA
  const entry = release.entries.find((e) => e.entityId === id)
  if (!entry) return `not in the published top ${release.publishedTopN}`
  return entry.score === null
    ? `#${entry.rank}`
    : `#${entry.rank} (score ${formatScore(entry.score)})`
}

export const profileFigure = defineTable<VibrancyModel>({
  id: 'vibrancy.profile',
  panel: 'vibrancy',
  label: 'Country profile: published ranks, computed index, indicators (table)',
  needs: ['meta', 'ranking', 'others', 'inputs', 'reference'],
  state: (m, view) => {
    const c = computed(m, view)
    if (!c || !m.ranking) return null
    const rows = profiled(m, view)
    const ids = rows.map((r) => r.entityId)
    const names = ids.map(m.nameOf).join(' vs ')
    const text: FigureText = {
      ...c.text,
      title: `Why it ranks where it does${names ? `: ${names}` : ''}`,
      unit: 'published ranks as reported; the index and its parts computed here',
      caveats: [GVT_CAVEAT, INDEX_CAVEAT],
    }
    if (rows.length === 0) return { ...text, kind: 'empty', reason: SELECT_HINT, prompt: true }
    const releases = [m.ranking, ...m.others].sort((a, b) => b.dataYear - a.dataYear)
    const presetRanks = PRESETS.map((p) => ({
      preset: p,
      ranked: scorePrepared(c.index.prepared, p.weights).ranked,
    }))
    const sourceOf = (id: string) => m.names?.source(id)?.citation ?? id
    const table: FigureTable = {
      caption: `Country profile: ${names}`,
      rowHeader: 'Measure',
      columns: rows.map((r) => ({
        id: r.entityId,
        header: m.nameOf(r.entityId),
        numeric: true,
        // Indicator values stay raw (exports) and read by the one number format here.
        format: (v: number | string | null) =>
          typeof v === 'number' ? formatValue(v) : (v ?? NO_DATA),
      })),
      rows: [
        ...releases.map((g) => ({
          id: `published-${g.edition}`,
          label: `Published rank, ${shortEditionLabel(g.edition)} (${String(g.dataYear)} data)`,
          cells: ids.map((id) => publishedIn(m, g.edition, id)),
        })),
        {
          id: 'index',
          label: 'Computed here: index (rank)',
          cells: rows.map((r) => `${formatScore(r.index)} (#${String(r.rank)})`),
        },
        ...PILLARS.map((p) => ({
          id: `pillar-${p.id}`,
          label: `${p.label}: contribution, points (pillar score)`,
          cells: rows.map(
            (r) => `${formatScore(r.contributions[p.id])} (${formatScore(r.pillars[p.id])})`,
          ),
        })),
        ...INDEX_INDICATORS.filter((i) => c.index.used.some((x) => x.id === i.id)).map((i) => {
          const u = c.index.used.find((x) => x.id === i.id)
          return {
            id: `indicator-${i.id}`,
            label: `${i.label} — ${u ? `${u.unit} · ${m.editionLabel(u.edition)}, ${u.period ?? u.year} · ${u.sourceIds.map(sourceOf).join('; ')}` : 'no data in this view'}`,
            cells: ids.map((id) => c.index.raw.get(i.id)?.get(id) ?? null),
          }
        }),
        ...presetRanks.map(({ preset, ranked }) => ({
          id: `preset-${preset.id}`,
          label: `Rank, preset “${preset.label}”`,
          cells: ids.map((id) => ranked.find((x) => x.entityId === id)?.rank ?? '—'),
        })),
      ],
    }
    return {
      ...text,
      kind: 'ready',
      data: null,
      table,
      summary: `Profile of ${names}, a table: published ranks, then the index computed here, its pillars, indicators and the rank under each preset. ${rows
        .map(
          (r) =>
            `${m.nameOf(r.entityId)}: published ${publishedIn(m, releases[0]?.edition ?? '', r.entityId)} in ${releases[0] ? shortEditionLabel(releases[0].edition) : 'the latest release'}, index ${formatScore(r.index)} (#${String(r.rank)})`,
        )
        .join('; ')}.`,
      native: null,
    }
  },
})

export const VIBRANCY_FIGURES = [
  publishedFigure,
  publishedTableFigure,
  pillarsFigure,
  mapFigure,
  movementFigure,
  indexFigure,
  indexTableFigure,
  contributionsFigure,
  profileFigure,
] as const
