/**
 * The map's shapes in a box: each atlas feature projected (Equal Earth, fitted to the world or
 * to the zoom's members), as SVG paths of its home territory and of its far-off parts (so
 * focus rings and tooltips go round France, not round France and French Guiana), and the
 * home territory's on-screen centroid. Features sharing an id (Australia and its Ashmore and
 * Cartier Islands) are one shape. Zoomed in, geometry is clipped to the box, and countries far
 * outside it are not projected at all (a zoom to EU-27 at 1:50m skips most of the world).
 */
import { geoBounds, geoPath, type GeoProjection } from 'd3-geo'
import type { Feature, FeatureCollection } from 'geojson'
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

/** Degrees around the box's geographic window within which a country is still projected. */
const WINDOW_MARGIN = 10

/** Longitude and latitude bounds of each feature, taken once (d3's geoBounds). */
const featureBounds = new WeakMap<Feature, [[number, number], [number, number]]>()
function boundsOf(feature: Feature): [[number, number], [number, number]] {
  let b = featureBounds.get(feature)
  if (!b) {
    b = geoBounds(feature)
    featureBounds.set(feature, b)
  }
  return b
}

/**
 * The geographic window a zoomed box shows (its edges projected back), widened by
 * WINDOW_MARGIN; null when an edge leaves the globe or the window reaches round the world.
 */
function visibleWindow(projection: GeoProjection, width: number, height: number) {
  const edge: [number, number][] = []
  for (let i = 0; i <= 8; i++) {
    const x = (width * i) / 8
    const y = (height * i) / 8
    edge.push([x, 0], [x, height], [0, y], [width, y])
  }
  let west = Infinity
  let east = -Infinity
  let south = Infinity
  let north = -Infinity
  for (const point of edge) {
    const ll = projection.invert?.(point)
    if (!ll || !Number.isFinite(ll[0]) || !Number.isFinite(ll[1])) return null
    west = Math.min(west, ll[0])
    east = Math.max(east, ll[0])
    south = Math.min(south, ll[1])
    north = Math.max(north, ll[1])
  }
  if (east - west > 360 - 2 * WINDOW_MARGIN) return null
  return {
    west: west - WINDOW_MARGIN,
    east: east + WINDOW_MARGIN,
    south: south - WINDOW_MARGIN,
    north: north + WINDOW_MARGIN,
  }
}

/** Whether a feature may show in the window (one across the antimeridian always may). */
function mayShow(feature: Feature, w: NonNullable<ReturnType<typeof visibleWindow>>): boolean {
  const [[west, south], [east, north]] = boundsOf(feature)
  if (north < w.south || south > w.north) return false
  if (west > east) return true
  return east >= w.west && west <= w.east
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
  const seen = zoom ? visibleWindow(projection, width, height) : null
  const grouped = new Map<string, AtlasFeature[]>()
  for (const f of features) {
    if (seen && !mayShow(f.feature, seen)) continue
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
