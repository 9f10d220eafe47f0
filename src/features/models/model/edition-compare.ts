/**
 * The AI Index 2026 prints two versions of its 2025 notable-model counts: the public-data CSV
 * (edition aiindex-2026, e.g. US 50) and the chart PDFs (aiindex-2026-charts, e.g. US 59).
 * Both are shown, labelled; nothing is picked or averaged.
 */
import type { Observation } from '../../../api/schemas'

export interface CompareRow {
  readonly entityId: string
  readonly csv: number | null
  readonly charts: number | null
  /** charts − csv; null unless both are published. */
  readonly difference: number | null
}

/** One row per entity in either version for `year`, ordered by the chart value then the CSV. */
export function compareEditions(
  csv: readonly Observation[],
  charts: readonly Observation[],
  year: number,
  include: (entityId: string) => boolean,
): CompareRow[] {
  const pick = (list: readonly Observation[]) =>
    new Map(
      list
        .filter((o) => o.year === year && o.value !== null && include(o.entityId))
        .map((o) => [o.entityId, o.value]),
    )
  const a = pick(csv)
  const b = pick(charts)
  const ids = [...new Set([...b.keys(), ...a.keys()])]
  return ids
    .map((entityId) => {
      const c = a.get(entityId) ?? null
      const p = b.get(entityId) ?? null
      return { entityId, csv: c, charts: p, difference: c !== null && p !== null ? p - c : null }
    })
    .sort(
      (x, y) =>
        (y.charts ?? -1) - (x.charts ?? -1) ||
        (y.csv ?? -1) - (x.csv ?? -1) ||
        x.entityId.localeCompare(y.entityId),
    )
}
