/**
 * The join of the app's countries (ISO3, with the UN M49 code /meta serves) to world-atlas's
 * features (ISO 3166-1 numeric ids), checked against the real fixtures and the real atlases.
 */
import world50m from 'world-atlas/countries-50m.json'
import world110m from 'world-atlas/countries-110m.json'
import { entities } from '../../../mocks/data/entities'
import { observations } from '../../../mocks/data/observations'
import { vibrancy } from '../../../mocks/data/vibrancy'
import { atlasFeatures, isCountriesTopology, type AtlasFeature } from './atlas'
import { atlasIdOf } from './atlas-ids'

function featuresOf(json: unknown): AtlasFeature[] {
  if (!isCountriesTopology(json)) throw new Error('not a world-atlas topology')
  return atlasFeatures(json)
}

const coarse = featuresOf(world110m)
const fine = featuresOf(world50m)
const countries = new Map(entities.filter((e) => e.kind === 'country').map((e) => [e.id, e]))
/** Countries with a figure in any indicator, or a published Vibrancy rank. */
const withFigure = new Set([
  ...observations
    .filter((o) => o.value !== null && countries.has(o.entityId))
    .map((o) => o.entityId),
  ...vibrancy.map((v) => v.entityId),
])
/** Countries with a figure the three map figures draw (private investment, patents per 100k, Vibrancy). */
const MAP_INDICATORS = new Set(['private-investment', 'ai-patents-per-100k'])
const onMaps = new Set([
  ...observations
    .filter(
      (o) => MAP_INDICATORS.has(o.indicatorId) && o.value !== null && countries.has(o.entityId),
    )
    .map((o) => o.entityId),
  ...vibrancy.map((v) => v.entityId),
])

const atlasIdOfCountry = (id: string) => atlasIdOf(countries.get(id)?.m49 ?? null)
const notIn = (features: readonly AtlasFeature[], ids: Iterable<string>) => {
  const present = new Set(features.map((f) => f.id))
  return [...ids].filter((id) => !present.has(atlasIdOfCountry(id))).sort()
}

describe('atlasIdOf', () => {
  it.each([
    ['4', '004'],
    ['40', '040'],
    ['840', '840'],
    ['036', '036'],
  ])('M49 %s is atlas id %s', (m49, id) => {
    expect(atlasIdOf(m49)).toBe(id)
  })

  it.each([null, '', '1234', 'X4', '-4'])('%j joins nothing', (m49) => {
    expect(atlasIdOf(m49)).toBeNull()
  })
})

describe('the join of the fixtures to world-atlas', () => {
  it('every country has an M49 code, and no two share one', () => {
    const codes = [...countries.values()].map((c) => atlasIdOf(c.m49))
    expect(codes).not.toContain(null)
    expect(new Set(codes).size).toBe(countries.size)
  })

  it('all 68 countries with a figure on a map join a 1:50m feature', () => {
    expect(onMaps.size).toBe(68)
    expect(notIn(fine, onMaps)).toEqual([])
  })

  it('at 1:110m (the world map) only Singapore is missing: the legend lists it, the table has it', () => {
    expect(notIn(coarse, onMaps)).toEqual(['SGP'])
  })

  it('of the 169 countries with any figure, two are not features of their own at 1:50m', () => {
    expect(withFigure.size).toBe(169)
    // French Guiana is drawn as part of France; Gibraltar is not in Natural Earth's 1:50m.
    expect(notIn(fine, withFigure)).toEqual(['GIB', 'GUF'])
    expect(notIn(coarse, withFigure)).toEqual([
      'BHR',
      'BRB',
      'CUW',
      'CYM',
      'GIB',
      'GUF',
      'HKG',
      'LIE',
      'MCO',
      'MLT',
      'MUS',
      'SGP',
      'SYC',
    ])
  })

  it('lists the atlas features that join no country (no ISO code; Antarctica is not drawn)', () => {
    const known = new Set([...countries.values()].map((c) => atlasIdOf(c.m49)))
    const orphans = (features: readonly AtlasFeature[]) =>
      features
        .filter((f) => f.id === null || !known.has(f.id))
        .map((f) => f.name)
        .sort()
    expect(orphans(coarse)).toEqual(['Kosovo', 'N. Cyprus', 'Somaliland'])
    expect(orphans(fine)).toEqual([
      'Indian Ocean Ter.',
      'Kosovo',
      'N. Cyprus',
      'Siachen Glacier',
      'Somaliland',
    ])
    expect(coarse.some((f) => f.name === 'Antarctica')).toBe(false)
  })

  it('1:110m draws 176 features, 1:50m 240 (Ashmore and Cartier shares Australia’s id)', () => {
    expect(coarse).toHaveLength(176)
    expect(fine).toHaveLength(240)
    expect(fine.filter((f) => f.id === '036').map((f) => f.name)).toEqual([
      'Australia',
      'Ashmore and Cartier Is.',
    ])
  })
})
