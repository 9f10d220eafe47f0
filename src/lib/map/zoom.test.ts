/** The zoom to a region: its members' home territories, fitted with Equal Earth into the box. */
import { geoBounds, geoPath } from 'd3-geo'
import world50m from 'world-atlas/countries-50m.json'
import world110m from 'world-atlas/countries-110m.json'
import { entities, groups } from '../../../mocks/data/entities'
import { atlasFeatures, isCountriesTopology, type AtlasFeature } from './atlas'
import { atlasIdOf } from './atlas-ids'
import { FIT_PADDING, fitProjection, homeTerritory, splitTerritory, zoomTarget } from './zoom'

function featuresOf(json: unknown): AtlasFeature[] {
  if (!isCountriesTopology(json)) throw new Error('not a world-atlas topology')
  return atlasFeatures(json)
}
const fine = featuresOf(world50m)
const named = (name: string) => {
  const f = fine.find((x) => x.name === name)
  if (!f) throw new Error(`no ${name}`)
  return f.feature
}
const boundsOf = (polygons: ReturnType<typeof homeTerritory>) =>
  geoBounds({ type: 'MultiPolygon', coordinates: polygons.map((p) => p.coordinates) })

const eu27 = groups.find((g) => g.id === 'eu27')?.members ?? []
const euIds = new Set(eu27.map((id) => atlasIdOf(entities.find((e) => e.id === id)?.m49 ?? null)))
const euMembers = fine.filter((f) => f.id !== null && euIds.has(f.id)).map((f) => f.feature)

describe('homeTerritory', () => {
  it('France without French Guiana, Réunion and the other overseas parts (3 of its 10 polygons)', () => {
    const home = homeTerritory(named('France'))
    expect(home).toHaveLength(3)
    const [[west, south], [east, north]] = boundsOf(home)
    // Mainland France and Corsica: 4.76°W (Brittany) to 9.56°E (Corsica), 41.39°N to 51.10°N.
    expect([west, south, east, north].map((v) => Number(v.toFixed(2)))).toEqual([
      -4.76, 41.39, 9.56, 51.1,
    ])
  })

  it('splits the rest off: French Guiana, Réunion and the Antilles are France’s 7 far-off parts', () => {
    const { home, overseas } = splitTerritory(named('France'))
    expect([home.length, overseas.length]).toEqual([3, 7])
    // French Guiana, the largest far-off part, lies between 2°N and 6°N in South America.
    const guiana = overseas.find((p) => {
      const [[west, south], [, north]] = boundsOf([p])
      return west < -51 && south > 2 && north < 6
    })
    expect(guiana).toBeDefined()
  })

  it('keeps islands near the mainland (every Greek island) and drops Svalbard from Norway', () => {
    expect(homeTerritory(named('Greece'))).toHaveLength(40)
    const norway = homeTerritory(named('Norway'))
    expect(boundsOf(norway)[1][1]).toBeLessThan(72)
  })
})

describe('the EU-27 zoom', () => {
  it('finds all 27 members at 1:50m (Malta is missing at 1:110m)', () => {
    expect(euMembers).toHaveLength(27)
    const coarseIds = new Set(featuresOf(world110m).map((f) => f.id))
    expect([...euIds].filter((id) => !coarseIds.has(id))).toEqual(['470'])
  })

  it('spans Ireland to Cyprus and Cyprus to Lapland, not the Atlantic', () => {
    const [[west, south], [east, north]] = geoBounds(zoomTarget(euMembers))
    expect([west, south, east, north].map((v) => Number(v.toFixed(2)))).toEqual([
      -10.39, 34.57, 34.05, 70.06,
    ])
  })

  it('fills an 800 × 400 box to its padding, top to bottom, centred across', () => {
    const target = zoomTarget(euMembers)
    const [[x0, y0], [x1, y1]] = geoPath(fitProjection(target, 800, 400)).bounds(target)
    expect(y0).toBeCloseTo(FIT_PADDING, 6)
    expect(y1).toBeCloseTo(400 - FIT_PADDING, 6)
    expect((x0 + x1) / 2).toBeCloseTo(400, 6)
    expect(x0).toBeGreaterThan(FIT_PADDING)
  })

  it('the world fills the same box across, from padding to padding', () => {
    const world = { type: 'FeatureCollection' as const, features: fine.map((f) => f.feature) }
    const [[x0, y0], [x1, y1]] = geoPath(fitProjection(world, 800, 400)).bounds(world)
    expect([x0, x1]).toEqual([FIT_PADDING, 800 - FIT_PADDING])
    expect((y0 + y1) / 2).toBeCloseTo(200, 6)
  })
})
