/**
 * A user-defined bloc (named in the URL): its money is the sum over the members that report,
 * shown only when they hold two thirds of its population (the coverage rule of
 * src/lib/aggregate.ts), like EU-27 — computed here, in the browser.
 */
import type { Observation } from '../../../api/schemas'
import { coveragePopulationYear, coverageOf, sumReporting } from '../../../lib/aggregate'
import type { CustomBloc } from '../../../domain/view'
import type { ReferenceLookup } from './normalise-series'

export const CUSTOM_BLOC_ID = 'custom-bloc'

/** One computed observation per year present in `observations`; `population` is World Bank's. */
export function customBlocObservations(
  observations: readonly Observation[],
  bloc: CustomBloc,
  population: ReferenceLookup,
): Observation[] {
  const byKey = new Map(observations.map((o) => [`${o.entityId}|${o.year}`, o]))
  const years = [...new Set(observations.map((o) => o.year))].sort((a, b) => a - b)
  const first = observations[0]
  return years.map((year) => {
    // As for the service's blocs: shares of the latest published population year.
    const populationYear = coveragePopulationYear(year, (y) =>
      bloc.members.some((id) => population(id, y) !== null),
    )
    const agg = sumReporting(
      bloc.members.map((id) => ({
        id,
        value: byKey.get(`${id}|${year}`)?.value ?? null,
        population: populationYear === null ? null : population(id, populationYear),
      })),
      populationYear === year ? null : populationYear,
    )
    return {
      entityId: CUSTOM_BLOC_ID,
      year,
      value: agg.value,
      unit: first?.unit ?? '',
      edition: first?.edition ?? 'aiindex-2026',
      sourceId: null,
      origin: 'computed',
      period: null,
      note: `User-defined bloc "${bloc.name}", computed here`,
      coverage: coverageOf(agg),
    }
  })
}
