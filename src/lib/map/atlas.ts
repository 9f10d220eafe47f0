/**
 * world-atlas's TopoJSON (Natural Earth admin-0 countries) as GeoJSON features for d3-geo:
 * one entry per feature, with its ISO 3166-1 numeric id (null where Natural Earth has none)
 * and its atlas name. Antarctica is left out (see ./atlas-ids).
 */
import { feature } from 'topojson-client'
import type { Feature, Geometry } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { ANTARCTICA } from './atlas-ids'

export interface AtlasFeature {
  /** ISO 3166-1 numeric, three digits; null for Kosovo, N. Cyprus, Somaliland and the like. */
  readonly id: string | null
  readonly name: string
  readonly feature: Feature<Geometry, { name?: string }>
}

/** The shape of world-atlas's countries-*.json. */
export type CountriesTopology = Topology<{
  countries: GeometryCollection<{ name?: string }>
  land: GeometryCollection
}>

export function atlasFeatures(topology: CountriesTopology): AtlasFeature[] {
  return feature(topology, topology.objects.countries)
    .features.map((f) => ({
      id: f.id === undefined ? null : String(f.id),
      name: f.properties.name ?? '',
      feature: f,
    }))
    .filter((f) => f.id !== ANTARCTICA)
}

/** Whether a parsed JSON file is a world-atlas countries topology (its JSON is typed unknown). */
export function isCountriesTopology(value: unknown): value is CountriesTopology {
  if (typeof value !== 'object' || value === null) return false
  const v = value as { type?: unknown; objects?: { countries?: { type?: unknown } } }
  return v.type === 'Topology' && v.objects?.countries?.type === 'GeometryCollection'
}
