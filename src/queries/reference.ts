/** Population and GDP (World Bank), as lookups for normalisation; fetched only when needed. */
import { useMemo } from 'react'
import type { Observation } from '../api/schemas'
import { useIndicator } from './indicator'

export type Lookup = (entityId: string, year: number) => number | null

function toLookup(observations: readonly Observation[] | undefined): Lookup {
  const map = new Map<string, number | null>()
  for (const o of observations ?? []) map.set(`${o.entityId}|${o.year}`, o.value)
  return (entityId, year) => map.get(`${entityId}|${year}`) ?? null
}

/** Population and GDP lookups; `enabled` false skips the requests (lookups then give null). */
export function useReferenceData(enabled: boolean) {
  const population = useIndicator('population', { edition: 'wdi' }, enabled)
  const gdp = useIndicator('gdp', { edition: 'wdi' }, enabled)
  const populationLookup = useMemo(() => toLookup(population.data?.observations), [population.data])
  const gdpLookup = useMemo(() => toLookup(gdp.data?.observations), [gdp.data])
  return {
    queries: enabled ? [population, gdp] : [],
    population: populationLookup,
    gdp: gdpLookup,
  }
}
