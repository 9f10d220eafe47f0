/**
 * Turns long-format observations into the rows of a one-year table: the entities in scope
 * with their value for that year, largest first, gaps kept as "no data".
 */
import type { Coverage, Observation } from '../api/schemas'

export interface YearRow {
  readonly entityId: string
  readonly value: number | null
  readonly origin: Observation['origin']
  readonly sourceId: string | null
  readonly coverage: Coverage | null
  readonly note: string | null
}

/** The latest year with at least one figure, or null when there is none. */
export function latestYear(observations: readonly Observation[]): number | null {
  let latest: number | null = null
  for (const o of observations)
    if (o.value !== null && (latest === null || o.year > latest)) latest = o.year
  return latest
}

/** Rows for `year`, filtered by `includes`, sorted by value (no-data rows last, then by id). */
export function yearRows(
  observations: readonly Observation[],
  year: number,
  includes: (entityId: string) => boolean,
): YearRow[] {
  return observations
    .filter((o) => o.year === year && includes(o.entityId))
    .map((o) => ({
      entityId: o.entityId,
      value: o.value,
      origin: o.origin,
      sourceId: o.sourceId,
      coverage: o.coverage,
      note: o.note,
    }))
    .sort((a, b) =>
      a.value === null && b.value === null
        ? a.entityId.localeCompare(b.entityId)
        : a.value === null
          ? 1
          : b.value === null
            ? -1
            : b.value - a.value,
    )
}
