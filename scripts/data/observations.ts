/**
 * Observations under construction, with the CSV row each came from, and the rules every
 * reader's output obeys together: one figure per (indicator, entity, year, edition), in a
 * fixed order.
 */
import type {
  FixtureObservation,
  FixtureObservationRow,
  FixtureObservationSeries,
} from '../../mocks/data/types'
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

/**
 * The observations, in their order, as runs of consecutive figures that share indicator,
 * edition and source, each note stored once per run (the module format; see types.ts).
 */
export function observationSeries(
  observations: readonly FixtureObservation[],
): FixtureObservationSeries[] {
  const runs: { notes: string[]; rows: FixtureObservationRow[]; first: FixtureObservation }[] = []
  for (const o of observations) {
    let run = runs.at(-1)
    if (
      run?.first.indicatorId !== o.indicatorId ||
      run.first.edition !== o.edition ||
      run.first.sourceId !== o.sourceId
    ) {
      run = { notes: [], rows: [], first: o }
      runs.push(run)
    }
    let note: number | null = null
    if (o.note !== null) {
      note = run.notes.indexOf(o.note)
      if (note === -1) note = run.notes.push(o.note) - 1
    }
    run.rows.push([o.entityId, o.year, o.value, o.period, note])
  }
  return runs.map(({ notes, rows, first: { indicatorId, edition, sourceId } }) => ({
    indicatorId,
    edition,
    sourceId,
    notes,
    rows,
  }))
}

export function compareObservations(a: FixtureObservation, b: FixtureObservation): number {
  return (
    compare(a.indicatorId, b.indicatorId) ||
    compare(a.edition, b.edition) ||
    compare(a.entityId, b.entityId) ||
    a.year - b.year
  )
}
