/**
 * The Global AI Vibrancy ranking as published: the ranks (and scores where published) of one
 * GVT edition, narrowed to the countries in view. Countries outside the published top N are
 * marked as such — never given a guessed rank.
 */
import type { VibrancyResponse } from '../../../api/schemas'

export interface PublishedRow {
  readonly entityId: string
  readonly name: string
  /** null: not in the published top N. */
  readonly rank: number | null
  readonly score: number | null
  readonly sourceId: string | null
}

/** Rows of the published ranking within the scope, then chosen countries outside the top N. */
export function publishedRows(
  response: VibrancyResponse,
  includes: (entityId: string) => boolean,
  chosen: readonly string[],
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
    }))
  const rankedIds = new Set(response.entries.map((e) => e.entityId))
  const unranked = chosen
    .filter((id) => !rankedIds.has(id))
    .map((id) => ({ entityId: id, name: nameOf(id), rank: null, score: null, sourceId: null }))
  return [...ranked, ...unranked]
}
