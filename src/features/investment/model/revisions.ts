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

/** Key of one point (entity and year) in the maps below. */
export function pointKey(entityId: string, year: number): string {
  return `${entityId}|${year}`
}

/** A point of the selected edition that differs from the edition before it. */
export interface RevisionMark {
  /** The newest earlier edition that reported this entity and year, and its figure. */
  readonly previous: { readonly edition: EditionId; readonly value: number }
  readonly current: number
}

/**
 * Points of `edition` whose figure differs from the newest earlier edition that reported the
 * same entity and year ("revised since the previous edition"). Points first reported in
 * `edition` are not revisions; neither are identical figures.
 */
export function revisedSincePrevious(
  byEdition: ReadonlyMap<EditionId, readonly Observation[]>,
  edition: EditionId,
): Map<string, RevisionMark> {
  // Edition ids of one family sort by year (aiindex-2024 < aiindex-2025 < aiindex-2026).
  const earlier = [...byEdition.keys()].filter((e) => e < edition).sort()
  const previous = new Map<string, { edition: EditionId; value: number }>()
  for (const e of earlier)
    for (const o of byEdition.get(e) ?? [])
      if (o.value !== null)
        previous.set(pointKey(o.entityId, o.year), { edition: e, value: o.value })
  const marks = new Map<string, RevisionMark>()
  for (const o of byEdition.get(edition) ?? []) {
    if (o.value === null) continue
    const before = previous.get(pointKey(o.entityId, o.year))
    if (before && before.value !== o.value)
      marks.set(pointKey(o.entityId, o.year), { previous: before, current: o.value })
  }
  return marks
}

/** How a point was revised, for tooltips and tables: "revised from 67.22 (AI Index 2024)". */
export function revisionText(
  mark: RevisionMark | undefined,
  labelOf: (edition: EditionId) => string,
): string | null {
  if (!mark) return null
  return `US$ bn figure revised from ${String(mark.previous.value)} (${labelOf(mark.previous.edition)}) to ${String(mark.current)}`
}
