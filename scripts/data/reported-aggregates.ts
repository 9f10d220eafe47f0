/**
 * Aggregates as the sources report them (rows with a name and no iso3): World, the AI Index's
 * "Europe" … Each is an entity of its own with the source's definition in its note. These
 * entities are never members of the app's computed groups, so a bloc figure never adds an
 * aggregate to its countries.
 */
import type { FixtureEntity } from '../../mocks/data/types'

function aggregate(id: string, name: string, note: string): FixtureEntity {
  return {
    id,
    name,
    kind: 'reported-aggregate',
    iso2: null,
    m49: null,
    region: '',
    subRegion: '',
    note,
  }
}

/** Every reported aggregate, in the order /meta lists them. */
export const REPORTED_AGGREGATE_ENTITIES: readonly FixtureEntity[] = [
  aggregate(
    'WLD',
    'World',
    'World total as each source reports it (AI Index, OWID, World Bank); coverage differs between sources.',
  ),
  aggregate(
    'EUROPE',
    'Europe (AI Index aggregate)',
    "'Europe' as the AI Index reports it; not EU-27, membership not published.",
  ),
  aggregate(
    'EU',
    'European Union (as reported)',
    "'European Union' as quoted from the AI Index 2024 highlights; the source does not publish the member set it used, so it is not the computed eu27 group.",
  ),
  aggregate(
    'ROW',
    'Rest of the world (as reported)',
    "'Rest of the world' as the AI Index 2026 patent figures report it: everything outside the United States, China, Europe and India.",
  ),
]

/** The CSV name of each aggregate. */
const AGGREGATE_IDS: Readonly<Record<string, string>> = {
  World: 'WLD',
  Europe: 'EUROPE',
  'European Union': 'EU',
  'Rest of the world': 'ROW',
}

/** The entity id of an aggregate's CSV name; undefined if unmapped. */
export function aggregateId(name: string): string | undefined {
  return AGGREGATE_IDS[name]
}

/** Every id the names map to, for the build's check that each names a listed entity. */
export function aggregateIds(): string[] {
  return Object.values(AGGREGATE_IDS)
}
