/**
 * Where the map looks: the whole world, or a region's members. The projection is Equal Earth
 * (equal-area, so a country's ink is proportional to its land, as a choropleth needs), fitted
 * with d3-geo's fitExtent to what is shown.
 *
 * A member's far-off territories are drawn but do not pull the zoom: Natural Earth draws French
 * Guiana and Réunion as part of France, the Canaries as part of Spain, Alaska and Hawaii as
 * part of the United States, and fitting EU-27 to all of France would show the Atlantic.
 */
import { geoArea, geoCentroid, geoDistance, geoEqualEarth, type GeoProjection } from 'd3-geo'
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson'

/** A member's polygons further than this from its largest one are left out of the zoom. */
export const OVERSEAS_KM = 1000
const EARTH_RADIUS_KM = 6371

/** Margin inside the box, in px, so outlines at the edge are not cut. */
export const FIT_PADDING = 8

function polygonsOf(geometry: Geometry | null): Polygon[] {
  if (!geometry) return []
  if (geometry.type === 'Polygon') return [geometry]
  if (geometry.type === 'MultiPolygon')
    return geometry.coordinates.map((coordinates: Position[][]) => ({
      type: 'Polygon',
      coordinates,
    }))
  return []
}

interface Territory {
  readonly home: Polygon[]
  readonly overseas: Polygon[]
}

/**
 * Per feature, computed once: an atlas's features live as long as the page, and 1:50m has
 * thousands of islands whose areas and centroids would otherwise be taken on every zoom.
 */
const territories = new WeakMap<Feature, Territory>()

/**
 * A country's home territory and the rest: its largest polygon and those within OVERSEAS_KM of
 * it, and its far-off parts.
 */
export function splitTerritory(feature: Feature): Territory {
  let territory = territories.get(feature)
  if (!territory) {
    territory = split(feature)
    territories.set(feature, territory)
  }
  return territory
}

function split(feature: Feature): Territory {
  const polygons = polygonsOf(feature.geometry)
  let largest: Polygon | undefined
  let largestArea = -1
  for (const p of polygons) {
    const area = geoArea(p)
    if (area > largestArea) {
      largest = p
      largestArea = area
    }
  }
  if (!largest) return { home: [], overseas: [] }
  const centre = geoCentroid(largest)
  const home: Polygon[] = []
  const overseas: Polygon[] = []
  for (const p of polygons)
    (geoDistance(geoCentroid(p), centre) * EARTH_RADIUS_KM <= OVERSEAS_KM ? home : overseas).push(p)
  return { home, overseas }
}

/** A member's home territory (see splitTerritory). */
export function homeTerritory(feature: Feature): Polygon[] {
  return splitTerritory(feature).home
}

/** What the projection is fitted to: the members' home territories. */
export function zoomTarget(members: readonly Feature[]): FeatureCollection<Polygon> {
  return {
    type: 'FeatureCollection',
    features: members.flatMap((f) =>
      homeTerritory(f).map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
    ),
  }
}

/** Equal Earth fitted into a width × height box (with FIT_PADDING), to `target`. */
export function fitProjection(
  target: FeatureCollection,
  width: number,
  height: number,
): GeoProjection {
  const pad = Math.min(FIT_PADDING, width / 4, height / 4)
  return geoEqualEarth().fitExtent(
    [
      [pad, pad],
      [width - pad, height - pad],
    ],
    target,
  )
}
