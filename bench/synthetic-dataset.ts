/**
 * A seeded synthetic dataset for the benchmark's scale run: 250 entities × 30 years × 10
 * indicators (plus population as the weight), in the shape of the sourced fixtures, served
 * through the same handlers. It is never imported by src/ or by the normal API server, so the
 * app can never show it: only bench/synthetic-server.ts serves it, to a build made for it.
 */
import type { EditionId, IndicatorId } from '../src/api/schemas'
import { GVT_EDITIONS, gvtDataYears, REFERENCE_EDITION } from '../src/domain/editions'
import type {
  FixtureEntity,
  FixtureGroup,
  FixtureObservation,
  FixtureReferenceSeries,
  FixtureVibrancyEntry,
} from '../mocks/data/types'
import type { Dataset } from '../mocks/service/dataset'
import { createRepository } from '../mocks/service/repository'
import { sourcedDataset } from '../mocks/service/sourced-dataset'
import { mulberry32 } from '../src/features/vibrancy/model/prng'

export const SYNTHETIC = { entities: 250, years: 30, firstYear: 1995, seed: 20_260_413 } as const

/** Three upper-case letters, so ids pass the app's ISO3 checks; prefixed Q… to avoid real ones. */
function entityId(i: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  return `Q${letters[Math.floor(i / 26) % 26] ?? 'A'}${letters[i % 26] ?? 'A'}`
}

const REGIONS = [
  ['Africa', ['Northern Africa', 'Sub-Saharan Africa']],
  ['Americas', ['Northern America', 'Latin America and the Caribbean']],
  ['Asia', ['Eastern Asia', 'Southern Asia', 'Western Asia']],
  ['Europe', ['Northern Europe', 'Western Europe', 'Eastern Europe']],
  ['Oceania', ['Australia and New Zealand']],
] as const

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-')

/** Builds the synthetic dataset (deterministic for a seed). */
export function createSyntheticDataset(seed: number = SYNTHETIC.seed): Dataset {
  const random = mulberry32(seed) // the app's seeded PRNG: same seed, same data
  const years = Array.from({ length: SYNTHETIC.years }, (_, i) => SYNTHETIC.firstYear + i)

  const entities: FixtureEntity[] = Array.from({ length: SYNTHETIC.entities }, (_, i) => {
    const [region, subRegions] = REGIONS[i % REGIONS.length] ?? REGIONS[0]
    const subRegion = subRegions[Math.floor(i / REGIONS.length) % subRegions.length] ?? ''
    return {
      id: entityId(i),
      name: `Synthland ${String(i + 1).padStart(3, '0')}`,
      kind: 'country',
      iso2: null,
      m49: null,
      region,
      subRegion,
      note: 'Synthetic benchmark entity (not a real country).',
    }
  })
  const ids = entities.map((e) => e.id)
  const groups: FixtureGroup[] = [
    // The ids the app's defaults and pledges refer to, with synthetic members.
    {
      id: 'eu27',
      label: 'EU-27',
      kind: 'bloc' as const,
      parent: null,
      members: ids.slice(0, 27),
      basis: 'synthetic',
    },
    {
      id: 'g7',
      label: 'G7',
      kind: 'bloc' as const,
      parent: null,
      members: ids.slice(27, 34),
      basis: 'synthetic',
    },
    ...REGIONS.flatMap(([region, subRegions]): FixtureGroup[] => [
      {
        id: slug(region),
        label: region,
        kind: 'm49-region',
        parent: null,
        members: entities.filter((e) => e.region === region).map((e) => e.id),
        basis: 'synthetic',
      },
      ...subRegions.map((sub): FixtureGroup => ({
        id: slug(sub),
        label: sub,
        kind: 'm49-subregion',
        parent: slug(region),
        members: entities.filter((e) => e.subRegion === sub).map((e) => e.id),
        basis: 'synthetic',
      })),
    ]),
  ].map((g) => ({ ...g, members: [...g.members].sort() }))

  // Each entity has a size (population) and an AI intensity; series grow with noise and gaps.
  const size = ids.map(() => 10 ** (5 + random() * 4))
  const intensity = ids.map(() => random() ** 3)
  const population: Record<string, (number | null)[]> = {}
  const gdp: Record<string, (number | null)[]> = {}
  ids.forEach((id, i) => {
    population[id] = years.map((_, y) => Math.round((size[i] ?? 1) * (1 + 0.01 * y)))
    gdp[id] = years.map((_, y) =>
      random() < 0.05 ? null : Math.round((size[i] ?? 1) * 12_000 * (1 + 0.03 * y)),
    )
  })

  // The 9 observation indicators in the editions the sourced data has them (gdp is the 10th).
  const sourcedMeta = createRepository(sourcedDataset).meta()
  const observations: FixtureObservation[] = []
  for (const indicator of sourcedMeta.indicators) {
    if (indicator.id === 'population' || indicator.id === 'gdp') continue
    for (const edition of indicator.editions)
      ids.forEach((entity, i) => {
        years.forEach((year, y) => {
          if (random() < 0.15) return // a gap: "no data"
          const trend = (1 + y / 6) ** 2
          const base = (intensity[i] ?? 0) * trend
          const value = valueFor(indicator.id, base, y, size[i] ?? 1, random())
          observations.push({
            indicatorId: indicator.id,
            entityId: entity,
            year,
            value,
            edition,
            sourceId: 'synthetic',
            period: indicator.id.endsWith('cumulative') ? `${SYNTHETIC.firstYear}-${year}` : null,
            note: null,
          })
        })
      })
  }

  const referenceSeries: FixtureReferenceSeries[] = [
    {
      indicatorId: 'population',
      // The vintage the service weights and divides by, whichever is newest.
      edition: REFERENCE_EDITION,
      sourceId: 'synthetic',
      startYear: SYNTHETIC.firstYear,
      values: population,
    },
    {
      indicatorId: 'gdp',
      edition: REFERENCE_EDITION,
      sourceId: 'synthetic',
      startYear: SYNTHETIC.firstYear,
      values: gdp,
    },
  ]

  const ranked = [...ids].sort(
    (a, b) => (intensity[ids.indexOf(b)] ?? 0) - (intensity[ids.indexOf(a)] ?? 0),
  )
  // Every Vibrancy release the app knows, at each of its data years (the movement chart asks
  // them all; a release missing here would only measure an error message).
  const vibrancy: FixtureVibrancyEntry[] = GVT_EDITIONS.flatMap((edition) =>
    gvtDataYears(edition).flatMap((dataYear) =>
      ranked.map((entity, r) => ({
        edition,
        dataYear,
        entityId: entity,
        rank: r + 1,
        score: Math.round(1000 * (1 - r / ranked.length)) / 10,
        pillarScores: null,
        sourceId: 'synthetic',
        note: null,
      })),
    ),
  )

  return {
    editions: sourcedDataset.editions,
    sources: [
      {
        id: 'synthetic',
        citation: 'Synthetic benchmark data (seeded random numbers, not real figures)',
        reference: 'bench/synthetic-dataset.ts',
        url: null,
        licence: 'n/a',
        sourceType: 'synthetic',
      },
    ],
    entities,
    groups,
    indicators: sourcedDataset.indicators,
    observations,
    referenceSeries,
    vibrancy,
    pledges: sourcedDataset.pledges,
    claims: sourcedDataset.claims,
  }
}

function valueFor(id: IndicatorId, base: number, y: number, size: number, r: number): number {
  switch (id) {
    case 'notable-models':
    case 'foundation-models':
    case 'notable-models-cumulative':
      return Math.round(base * 20 * (id.endsWith('cumulative') ? y + 1 : 1))
    case 'ai-patents-granted':
      return Math.round(base * 3000 + r * 10)
    case 'ai-patents-share':
      return Math.round(base * 1000) / 100
    case 'ai-patents-per-100k':
      return Math.round(((base * 3000) / size) * 1e5 * 100) / 100
    case 'private-investment-cumulative':
      return Math.round(base * 5 * (y + 1) * 100) / 100
    default:
      return Math.round(base * 5 * (0.8 + 0.4 * r) * 100) / 100
  }
}

/** Counts, for the report. */
export function describeDataset(dataset: Dataset) {
  const indicators = new Set<string>([
    ...dataset.observations.map((o) => o.indicatorId),
    ...dataset.referenceSeries
      .filter((s) => s.indicatorId !== 'population')
      .map((s) => s.indicatorId),
  ])
  const years = new Set(dataset.observations.map((o) => o.year))
  return {
    entities: dataset.entities.length,
    years: years.size,
    indicators: indicators.size,
    observations: dataset.observations.length,
    editions: new Set<EditionId>(dataset.observations.map((o) => o.edition)).size,
  }
}
