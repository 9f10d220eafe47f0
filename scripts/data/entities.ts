/**
 * Who the data is for: the countries of countries.csv (with their display names), the
 * aggregates the sources report (reported-aggregates.ts), and the groups the app computes from
 * member countries (EU-27, G7, UN M49 regions). A CSV row resolves to exactly one of these.
 */
import type { FixtureEntity, FixtureGroup } from '../../mocks/data/types'
import { assertUnique, cell, compare, emptyToNull, type Table } from './csv'
import { aggregateId, REPORTED_AGGREGATE_ENTITIES, aggregateIds } from './reported-aggregates'
import { slugify, type SourceRegistry } from './sources'

const BLOCS: readonly FixtureGroup[] = [
  {
    id: 'eu27',
    label: 'EU-27',
    kind: 'bloc',
    parent: null,
    // The 27 member states after the UK left; sorted because FixtureGroup.members is sorted.
    members: [
      ...['AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC'],
      ...['HUN', 'IRL', 'ITA', 'LVA', 'LTU', 'LUX', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK'],
      ...['SVN', 'ESP', 'SWE'],
    ].sort(),
    basis: 'EU member states since 1 February 2020',
  },
  {
    id: 'g7',
    label: 'G7',
    kind: 'bloc',
    parent: null,
    members: ['USA', 'CAN', 'GBR', 'FRA', 'DEU', 'ITA', 'JPN'].sort(),
    basis: 'G7 members (the EU takes part but is not a member)',
  },
]

/** What every reader needs: the known countries and the source registry. */
export interface Context {
  readonly countryIds: ReadonlySet<string>
  readonly sources: SourceRegistry
}

/**
 * CLDR's short names are mostly what economists write, except a few abbreviations and clipped
 * forms; these get the usual English name (a label, not data).
 */
const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  USA: 'United States',
  GBR: 'United Kingdom',
  BIH: 'Bosnia and Herzegovina',
  COG: 'Congo',
  COD: 'DR Congo',
}

export function buildEntities(countries: Table): FixtureEntity[] {
  const list: FixtureEntity[] = countries.rows.map((row) => ({
    id: cell(row, 'iso3'),
    name: DISPLAY_NAMES[cell(row, 'iso3')] ?? cell(row, 'cldr_name'),
    kind: 'country',
    iso2: emptyToNull(cell(row, 'iso2')),
    m49: emptyToNull(cell(row, 'm49')),
    region: cell(row, 'region'),
    subRegion: cell(row, 'sub_region'),
    note: null,
  }))
  list.sort((a, b) => compare(a.id, b.id))
  const entities = [...list, ...REPORTED_AGGREGATE_ENTITIES]
  assertUnique(
    entities.map((e) => e.id),
    'entity id',
  )
  const ids = new Set(entities.map((e) => e.id))
  for (const id of aggregateIds())
    if (!ids.has(id)) throw new Error(`aggregate ${id} is not listed`)
  return entities
}

/**
 * The entity of a CSV row: its iso3 if set (must be in countries.csv), else the aggregate its
 * name means in the figure `editionLabel` (reported-aggregates.ts). Anything else throws.
 */
export function resolveEntity(
  ctx: Context,
  iso3: string,
  name: string,
  editionLabel: string,
  where: string,
): string {
  if (iso3 !== '') {
    if (!ctx.countryIds.has(iso3)) throw new Error(`${where}: unknown iso3 ${iso3}`)
    return iso3
  }
  const id = aggregateId(editionLabel, name)
  if (id === undefined) throw new Error(`${where}: unmapped entity ${JSON.stringify(name)}`)
  return id
}

export function buildGroups(countries: Table, countryIds: ReadonlySet<string>): FixtureGroup[] {
  for (const bloc of BLOCS) {
    for (const member of bloc.members) {
      if (!countryIds.has(member)) throw new Error(`${bloc.id}: unknown member ${member}`)
    }
  }
  const regions = new Map<string, string[]>()
  const subRegions = new Map<string, { region: string; members: string[] }>()
  for (const row of countries.rows) {
    const iso3 = cell(row, 'iso3')
    const region = cell(row, 'region')
    const subRegion = cell(row, 'sub_region')
    if (region === '') continue
    regions.set(region, [...(regions.get(region) ?? []), iso3])
    if (subRegion === '') continue
    const known = subRegions.get(subRegion)
    if (known !== undefined && known.region !== region) {
      throw new Error(`countries.csv: sub-region ${subRegion} in ${known.region} and ${region}`)
    }
    subRegions.set(subRegion, { region, members: [...(known?.members ?? []), iso3] })
  }
  const basis = 'UN M49 (countries.csv)'
  const regionGroups: FixtureGroup[] = [...regions].map(([label, members]) => ({
    id: slugify(label),
    label,
    kind: 'm49-region',
    parent: null,
    members: [...members].sort(),
    basis,
  }))
  const subRegionGroups: FixtureGroup[] = [...subRegions].map(([label, { region, members }]) => ({
    id: slugify(label),
    label,
    kind: 'm49-subregion',
    parent: slugify(region),
    members: [...members].sort(),
    basis,
  }))
  const byLabel = (a: FixtureGroup, b: FixtureGroup): number => compare(a.label, b.label)
  const groups = [
    ...[...BLOCS].sort(byLabel),
    ...regionGroups.sort(byLabel),
    ...subRegionGroups.sort(byLabel),
  ]
  assertUnique(
    groups.map((g) => g.id),
    'group id',
  )
  return groups
}
