/**
 * The data a mock service instance serves. The embedded app and the API server use the
 * sourced fixtures; the benchmark passes a seeded synthetic dataset of the same shape.
 */
import type {
  FixtureClaim,
  FixtureEdition,
  FixtureEntity,
  FixtureGroup,
  FixtureIndicator,
  FixtureObservation,
  FixturePledge,
  FixtureReferenceSeries,
  FixtureSource,
  FixtureVibrancyEntry,
} from '../data/types'

/** Everything one mock service instance answers from. */
export interface Dataset {
  readonly editions: readonly FixtureEdition[]
  readonly sources: readonly FixtureSource[]
  readonly entities: readonly FixtureEntity[]
  readonly groups: readonly FixtureGroup[]
  readonly indicators: readonly FixtureIndicator[]
  readonly observations: readonly FixtureObservation[]
  readonly referenceSeries: readonly FixtureReferenceSeries[]
  readonly vibrancy: readonly FixtureVibrancyEntry[]
  readonly pledges: readonly FixturePledge[]
  readonly claims: readonly FixtureClaim[]
}
