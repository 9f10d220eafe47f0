/** Population and GDP (World Bank), as lookups for normalisation; fetched only when needed. */
import { useMemo } from 'react'
import type { ApiClient } from '../api/client'
import type { Observation } from '../api/schemas'
import { REFERENCE_EDITION } from '../domain/editions'
import { indicatorQueryOptions, useIndicator } from './indicator'

/** The series behind the lookups: World Bank population and GDP. */
const REFERENCE = [
  ['population', { edition: REFERENCE_EDITION }],
  ['gdp', { edition: REFERENCE_EDITION }],
] as const

/** The reference queries, for loading them ahead of the panels that use them. */
export function referenceQueryOptions(client: ApiClient) {
  return REFERENCE.map(([id, query]) => indicatorQueryOptions(client, id, query))
}

export type Lookup = (entityId: string, year: number) => number | null

function toLookup(observations: readonly Observation[] | undefined): Lookup {
  const map = new Map<string, number | null>()
  for (const o of observations ?? []) map.set(`${o.entityId}|${o.year}`, o.value)
  return (entityId, year) => map.get(`${entityId}|${year}`) ?? null
}

/** Population and GDP lookups; `enabled` false skips the requests (lookups then give null). */
export function useReferenceData(enabled: boolean) {
  const population = useIndicator(...REFERENCE[0], enabled)
  const gdp = useIndicator(...REFERENCE[1], enabled)
  const populationLookup = useMemo(() => toLookup(population.data?.observations), [population.data])
  const gdpLookup = useMemo(() => toLookup(gdp.data?.observations), [gdp.data])
  return {
    queries: enabled ? [population, gdp] : [],
    population: populationLookup,
    gdp: gdpLookup,
  }
}
