/**
 * Revisions between editions: the same country and year as each AI Index edition reported it,
 * oldest edition first, so a revised figure is visible ("$67.2bn (AI Index 2024) → $72.4bn
 * (AI Index 2026)") instead of silently replaced.
 */
import type { EditionId, Observation } from '../../../api/schemas'

export interface Revision {
  readonly entityId: string
  readonly year: number
  /** Figures by edition, oldest edition first (only editions that report it). */
  readonly figures: readonly { readonly edition: EditionId; readonly value: number }[]
}

/** Entities whose figure for `year` differs between at least two editions. */
export function revisions(
  byEdition: ReadonlyMap<EditionId, readonly Observation[]>,
  year: number,
): Revision[] {
  const editions = [...byEdition.keys()].sort()
  const figures = new Map<string, { edition: EditionId; value: number }[]>()
  for (const edition of editions)
    for (const o of byEdition.get(edition) ?? [])
      if (o.year === year && o.value !== null) {
        const list = figures.get(o.entityId) ?? []
        list.push({ edition, value: o.value })
        figures.set(o.entityId, list)
      }
  return [...figures.entries()]
    .filter(([, list]) => new Set(list.map((f) => f.value)).size > 1)
    .map(([entityId, list]) => ({ entityId, year, figures: list }))
    .sort((a, b) => (b.figures.at(-1)?.value ?? 0) - (a.figures.at(-1)?.value ?? 0))
}
