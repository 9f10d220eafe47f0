/**
 * The Global AI Vibrancy ranking as published: the ranks (and scores where published) of one
 * GVT edition, narrowed to the countries in view, and the ranks of every release and data year
 * side by side. Countries outside a published top N are marked as such — never given a guessed
 * rank — and no movement is read across two releases (each ranks with its own method).
 */
import type { VibrancyResponse } from '../../../api/schemas'
import { sourceLine, type SourceInfo } from '../../../lib/sources'

/** Who published the ranks, where /meta names none of a ranking's sources. */
export const GVT_SOURCE = 'Stanford HAI Global AI Vibrancy Tool'
export const GVT_CAVEAT =
  'GVT scores are relative (min–max over the countries it covers) and not comparable across editions.'

/** A ranking's source line: the citations of its entries, its edition and licence(s). */
export function rankingSource(
  rankings: readonly Pick<VibrancyResponse, 'entries'>[],
  source: (id: string) => SourceInfo | undefined,
  edition: string,
): string {
  const ids = rankings.flatMap((r) => r.entries.map((e) => e.sourceId))
  return sourceLine(ids, source, edition, GVT_SOURCE)
}

export interface PublishedRow {
  readonly entityId: string
  readonly name: string
  /** null: not in the published top N. */
  readonly rank: number | null
  readonly score: number | null
  readonly sourceId: string | null
  readonly note: string | null
}

/**
 * Rows of the published ranking within the scope, then the `extra` countries (in scope) that
 * are outside the published top N, marked as such.
 */
export function publishedRows(
  response: VibrancyResponse,
  includes: (entityId: string) => boolean,
  extra: readonly string[],
  nameOf: (entityId: string) => string,
): PublishedRow[] {
  const ranked = [...response.entries]
    .sort((a, b) => a.rank - b.rank)
    .filter((e) => includes(e.entityId))
    .map((e) => ({
      entityId: e.entityId,
      name: nameOf(e.entityId),
      rank: e.rank,
      score: e.score,
      sourceId: e.sourceId,
      note: e.note,
    }))
  const rankedIds = new Set(response.entries.map((e) => e.entityId))
  const unranked = [...new Set(extra)]
    .filter((id) => !rankedIds.has(id) && includes(id))
    .map((id) => ({
      entityId: id,
      name: nameOf(id),
      rank: null,
      score: null,
      sourceId: null,
      note: null,
    }))
  return [...ranked, ...unranked]
}

/**
 * Ranks the copy of a ranking skips (1 … top N with no entry): the GVT 2022 copy lacks one
 * ranked country each year. Empty when every rank is listed.
 */
export function missingRanks(response: Pick<VibrancyResponse, 'entries' | 'publishedTopN'>) {
  const listed = new Set(response.entries.map((e) => e.rank))
  const missing: number[] = []
  for (let rank = 1; rank <= response.publishedTopN; rank++)
    if (!listed.has(rank)) missing.push(rank)
  return missing
}

/** How a country outside a ranking reads: never a guessed rank. */
export function outsideText(response: Pick<VibrancyResponse, 'entries' | 'publishedTopN'>) {
  return missingRanks(response).length > 0
    ? `not among the ${String(response.entries.length)} countries listed`
    : `not in the published top ${String(response.publishedTopN)}`
}

/** One column of the movement: a release's ranking for one data year. */
export interface HistoryColumn {
  readonly edition: string
  readonly dataYear: number
  readonly topN: number
}

/** Consecutive columns of one release (one method); a method break lies between two groups. */
export interface HistoryGroup {
  readonly edition: string
  readonly years: readonly number[]
}

export interface HistoryRow {
  readonly entityId: string
  readonly name: string
  /** Rank per column, oldest data first; null = not in that ranking. */
  readonly ranks: readonly (number | null)[]
  /**
   * Per group: places gained from its first to its last data year, within the one release
   * (positive = up); null for a release with one data year, or without a rank at either end.
   * Never across releases: each ranks with its own indicators and countries.
   */
  readonly changes: readonly (number | null)[]
  /** "India: 3 → 3 (GVT 2022, 2017–2021 data); 4 (GVT 2024, 2023 data); …" */
  readonly reading: string
}

export interface RankHistory {
  readonly columns: readonly HistoryColumn[]
  readonly groups: readonly HistoryGroup[]
  readonly rows: readonly HistoryRow[]
}

/**
 * Every country in any ranking (within the scope), rank by rank across every release and data
 * year, oldest data first, grouped by release. Rows in the latest ranking come first, in its
 * order; then the others, by the latest ranking they are in.
 */
export function rankHistory(
  rankings: readonly VibrancyResponse[],
  includes: (entityId: string) => boolean,
  nameOf: (entityId: string) => string,
  labelOf: (edition: string) => string,
): RankHistory {
  const ordered = [...rankings].sort((a, b) => a.dataYear - b.dataYear)
  const columns = ordered.map((r) => ({
    edition: r.edition,
    dataYear: r.dataYear,
    topN: r.publishedTopN,
  }))
  const spans: { edition: string; from: number; to: number }[] = []
  ordered.forEach((r, i) => {
    const open = spans[spans.length - 1]
    if (open && open.edition === r.edition) open.to = i
    else spans.push({ edition: r.edition, from: i, to: i })
  })
  const groups = spans.map((g) => ({
    edition: g.edition,
    years: ordered.slice(g.from, g.to + 1).map((r) => r.dataYear),
  }))
  const ids = [...new Set(ordered.flatMap((r) => r.entries.map((e) => e.entityId)))].filter(
    includes,
  )
  const rows = ids.map((id) => {
    const ranks = ordered.map((r) => r.entries.find((e) => e.entityId === id)?.rank ?? null)
    const name = nameOf(id)
    const changes = spans.map((g) => {
      const from = ranks[g.from] ?? null
      const to = ranks[g.to] ?? null
      return g.from === g.to || from === null || to === null ? null : from - to
    })
    const parts = spans.map((g) => {
      const years = ordered.slice(g.from, g.to + 1).map((r) => r.dataYear)
      const when = `${labelOf(g.edition)}, ${years.length > 1 ? `${String(years[0])}–${String(years.at(-1))}` : String(years[0])} data`
      const at = (i: number) => ranks[i] ?? null
      const outside = (i: number) => {
        const r = ordered[i]
        return r ? outsideText(r) : ''
      }
      if (g.from === g.to) {
        const rank = at(g.from)
        return `${rank === null ? outside(g.from) : String(rank)} (${when})`
      }
      const inGroup = ranks.slice(g.from, g.to + 1)
      if (inGroup.every((k) => k === null)) return `${outside(g.to)} (${when})`
      const end = (k: number | null) => (k === null ? 'not listed' : String(k))
      return `${end(at(g.from))} → ${end(at(g.to))} (${when})`
    })
    return { entityId: id, name, ranks, changes, reading: `${name}: ${parts.join('; ')}` }
  })
  // The latest ranking a row is in, and its rank there.
  const latest = (r: HistoryRow) => {
    for (let i = r.ranks.length - 1; i >= 0; i--) {
      const k = r.ranks[i]
      if (k !== null && k !== undefined) return { at: i, rank: k }
    }
    return { at: -1, rank: 0 }
  }
  rows.sort((a, b) => {
    const la = latest(a)
    const lb = latest(b)
    return lb.at - la.at || la.rank - lb.rank
  })
  return { columns, groups, rows }
}

/**
 * The ranks a movement chart spans: from the best to the worst rank among the rows shown, so a
 * region with ranks 6–8 fills the chart instead of sitting under an empty top five. Every
 * point keeps its true rank (labels carry the number). Null when no row has a rank.
 */
export function rankSpan(
  rows: readonly Pick<HistoryRow, 'ranks'>[],
): readonly [number, number] | null {
  const ranks = rows.flatMap((r) => r.ranks.filter((k): k is number => k !== null))
  if (ranks.length === 0) return null
  return [Math.min(...ranks), Math.max(...ranks)]
}
