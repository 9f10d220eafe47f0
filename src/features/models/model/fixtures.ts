/** A test helper: an observation with the fields the transforms read. */
import type { Observation } from '../../../api/schemas'

export function obs(
  entityId: string,
  year: number,
  value: number | null,
  extra: Partial<Observation> = {},
): Observation {
  return {
    entityId,
    year,
    value,
    unit: 'x',
    edition: 'aiindex-2026',
    sourceId: 's',
    origin: 'reported',
    period: null,
    note: null,
    coverage: null,
    ...extra,
  }
}
