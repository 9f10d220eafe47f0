/**
 * The Global AI Vibrancy ranking as published: the ranks (and scores where published) of one
 * GVT edition, narrowed to the countries in view, and the movement between editions. Countries
 * outside a published top N are marked as such — never given a guessed rank.
 */
import type { VibrancyResponse } from '../../../api/schemas'

/** Who published the ranks, for every figure of the published ranking. */
export const GVT_SOURCE =
  'Stanford HAI Global AI Vibrancy Tool, ranks and scores as reported in news coverage'
export const GVT_CAVEAT =
  'GVT scores are relative (min–max over the countries it covers) and not comparable across editions.'

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

export interface MovementRow {
  readonly entityId: string
  readonly name: string
  /** Rank per edition, oldest first; null = not in that edition's published top N. */
  readonly ranks: readonly (number | null)[]
  /** Places gained from the first to the last edition (positive = up); null if not in both. */
  readonly change: number | null
  /** "India 4 → 3", "Spain new at 7", "France 6 → not in the published top 8". */
  readonly reading: string
}

/** Movement of every country in any published top N (within the scope), oldest edition first. */
export function rankMovement(
  editions: readonly VibrancyResponse[],
  includes: (entityId: string) => boolean,
  nameOf: (entityId: string) => string,
): MovementRow[] {
  const ordered = [...editions].sort((a, b) => a.dataYear - b.dataYear)
  const first = ordered[0]
  const last = ordered[ordered.length - 1]
  if (!first || !last) return []
  const ids = [...new Set(ordered.flatMap((r) => r.entries.map((e) => e.entityId)))].filter(
    includes,
  )
  const rankIn = (r: VibrancyResponse, id: string) =>
    r.entries.find((e) => e.entityId === id)?.rank ?? null
  const rows = ids.map((id) => {
    const ranks = ordered.map((r) => rankIn(r, id))
    const from = rankIn(first, id)
    const to = rankIn(last, id)
    const name = nameOf(id)
    const out = (r: VibrancyResponse) => `not in the published top ${r.publishedTopN}`
    const reading =
      from !== null && to !== null
        ? from === to
          ? `${name} ${from} → ${to} (unchanged)`
          : `${name} ${from} → ${to}`
        : from === null
          ? `${name} new at ${to ?? '?'} (${out(first)} before)`
          : `${name} ${from} → ${out(last)}`
    return {
      entityId: id,
      name,
      ranks,
      change: from !== null && to !== null ? from - to : null,
      reading,
    }
  })
  // Latest ranks first, then those that dropped out, by their earlier rank.
  const key = (r: MovementRow) => r.ranks[r.ranks.length - 1] ?? 100 + (r.ranks[0] ?? 0)
  return rows.sort((a, b) => key(a) - key(b))
}

/**
 * The ranks a movement chart spans: from the best to the worst rank among the rows shown, so a
 * region with ranks 6–8 fills the chart instead of sitting under an empty top five. Every
 * point keeps its true rank (labels carry the number). Null when no row has a rank.
 */
export function rankSpan(
  rows: readonly Pick<MovementRow, 'ranks'>[],
): readonly [number, number] | null {
  const ranks = rows.flatMap((r) => r.ranks.filter((k): k is number => k !== null))
  if (ranks.length === 0) return null
  return [Math.min(...ranks), Math.max(...ranks)]
}
