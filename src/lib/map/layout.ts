/**
 * The map's shapes in a box: each atlas feature projected (Equal Earth, fitted to the world or
 * to the zoom's members), as SVG paths of its home territory and of its far-off parts (so
 * focus rings and tooltips go round France, not round France and French Guiana), and the
 * home territory's on-screen centroid. Features sharing an id (Australia and its Ashmore and
 * Cartier Islands) are one shape. Zoomed in, geometry is clipped to the box and shapes wholly
 * outside are dropped.
 */
import { geoPath } from 'd3-geo'
import type { FeatureCollection } from 'geojson'
import type { AtlasFeature } from './atlas'
import type { MultiPolygon, Polygon } from 'geojson'
import { fitProjection, splitTerritory, zoomTarget } from './zoom'

export interface Shape {
  /** The atlas id; null for a feature without an ISO code (joins no country). */
  readonly atlasId: string | null
  readonly key: string
  readonly name: string
  /** The home territory's path ('' when it is clipped away). */
  readonly d: string
  /** The far-off parts' path ('' for none, or clipped away). */
  readonly overseas: string
  /** Centroid on screen of its home territory (see ./zoom). */
  readonly x: number
  readonly y: number
}

/**
 * Shapes of `features` in a width × height box. `zoom`: the atlas ids to fit to (null: the
 * whole world but Antarctica).
 */
export function mapLayout(
  features: readonly AtlasFeature[],
  zoom: ReadonlySet<string> | null,
  width: number,
  height: number,
): Shape[] {
  const members = zoom ? features.filter((f) => f.id !== null && zoom.has(f.id)) : []
  const target: FeatureCollection =
    zoom && members.length > 0
      ? zoomTarget(members.map((f) => f.feature))
      : { type: 'FeatureCollection', features: features.map((f) => f.feature) }
  const projection = fitProjection(target, width, height)
  if (zoom)
    projection.clipExtent([
      [0, 0],
      [width, height],
    ])
  const path = geoPath(projection)
  const grouped = new Map<string, AtlasFeature[]>()
  for (const f of features) {
    const key = f.id ?? `name:${f.name}`
    grouped.set(key, [...(grouped.get(key) ?? []), f])
  }
  const shapes: Shape[] = []
  const multi = (polygons: readonly Polygon[]): MultiPolygon => ({
    type: 'MultiPolygon',
    coordinates: polygons.map((p) => p.coordinates),
  })
  for (const [key, parts] of grouped) {
    const split = parts.map((p) => splitTerritory(p.feature))
    const home = multi(split.flatMap((t) => t.home))
    const d = path(home) ?? ''
    const overseas = path(multi(split.flatMap((t) => t.overseas))) ?? ''
    if (!d && !overseas) continue
    // Focus and tooltips point at the home territory.
    const [x, y] = path.centroid(home)
    shapes.push({
      atlasId: parts[0]?.id ?? null,
      key,
      name: parts[0]?.name ?? '',
      d,
      overseas,
      x: Number.isFinite(x) ? x : 0,
      y: Number.isFinite(y) ? y : 0,
    })
  }
  return shapes
}
