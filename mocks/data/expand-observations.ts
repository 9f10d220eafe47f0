/**
 * The observations module stores runs of rows (FixtureObservationSeries) to stay small; this
 * turns them back into one FixtureObservation per figure, in the stored order.
 */
import type { FixtureObservation, FixtureObservationSeries } from './types'

/** One observation per row, each with its run's indicator, edition and source. */
export function expandObservations(
  series: readonly FixtureObservationSeries[],
): FixtureObservation[] {
  return series.flatMap(({ indicatorId, edition, sourceId, notes, rows }) =>
    rows.map(([entityId, year, value, period, noteIndex]): FixtureObservation => {
      const note = noteIndex === null ? null : notes[noteIndex]
      if (note === undefined)
        throw new Error(`${indicatorId} ${entityId} ${year}: no note ${noteIndex}`)
      return { indicatorId, entityId, year, value, edition, sourceId, period, note }
    }),
  )
}
