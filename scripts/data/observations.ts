/**
 * Observations under construction, with the CSV row each came from, and the rules every
 * reader's output obeys together: one figure per (indicator, entity, year, edition), in a
 * fixed order.
 */
import type { FixtureObservation } from '../../mocks/data/types'
import { compare } from './csv'

/** An observation and the CSV position it came from (for error messages). */
export interface Draft {
  readonly observation: FixtureObservation
  readonly where: string
}

export function observationKey(o: FixtureObservation): string {
  return `${o.indicatorId}|${o.entityId}|${o.year}|${o.edition}`
}

/** Throws on any duplicate (indicator, entity, year, edition) key: editions never repeat a figure. */
export function assertNoDuplicates(drafts: readonly Draft[]): void {
  const seen = new Map<string, string>()
  for (const draft of drafts) {
    const key = observationKey(draft.observation)
    const earlier = seen.get(key)
    if (earlier !== undefined) throw new Error(`duplicate ${key} (${earlier}, ${draft.where})`)
    seen.set(key, draft.where)
  }
}

export function compareObservations(a: FixtureObservation, b: FixtureObservation): number {
  return (
    compare(a.indicatorId, b.indicatorId) ||
    compare(a.edition, b.edition) ||
    compare(a.entityId, b.entityId) ||
    a.year - b.year
  )
}
