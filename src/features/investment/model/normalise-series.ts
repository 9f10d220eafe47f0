/**
 * Applies the shared normalisation switch to investment observations: absolute US$ bn,
 * US$ per person, % of GDP (same year, current US$) or share of the world total of the same
 * edition. Computed groups use the population / GDP of their reporting members only.
 * Missing inputs give null ("no data").
 */
import type { Observation } from '../../../api/schemas'
import { perCapitaUsd, shareOfGdpPercent, shareOfWorldPercent } from '../../../lib/normalise'
import type { Normalisation } from '../../../domain/view'

/** Lookup of a reference series (population or GDP): entity → year → value. */
export type ReferenceLookup = (entityId: string, year: number) => number | null

export interface NormaliseInputs {
  readonly population: ReferenceLookup
  readonly gdp: ReferenceLookup
  /** World total of the same indicator and edition, by year. */
  readonly world: (year: number) => number | null
  /** Members of a computed group (for its population / GDP), by group id. */
  readonly groupMembers: (groupId: string) => readonly string[] | null
}

export const UNIT_BY_NORM: Readonly<Record<Normalisation, string>> = {
  absolute: 'US$ bn',
  'per-capita': 'US$ per person',
  'share-of-gdp': '% of GDP',
  'share-of-world': '% of world',
}

function sumOver(members: readonly string[], year: number, lookup: ReferenceLookup): number | null {
  let total = 0
  for (const id of members) {
    const v = lookup(id, year)
    if (v === null) return null
    total += v
  }
  return members.length > 0 ? total : null
}

/** The reference value (population or GDP) that matches one observation. */
function referenceFor(
  o: Observation,
  lookup: ReferenceLookup,
  inputs: NormaliseInputs,
): number | null {
  const members = o.origin === 'computed' ? inputs.groupMembers(o.entityId) : null
  if (members === null) return lookup(o.entityId, o.year)
  const missing = new Set(o.coverage?.missing ?? [])
  return sumOver(
    members.filter((id) => !missing.has(id)),
    o.year,
    lookup,
  )
}

/** The observation's value under the normalisation. */
export function normaliseValue(
  o: Observation,
  norm: Normalisation,
  inputs: NormaliseInputs,
): number | null {
  if (o.value === null) return null
  switch (norm) {
    case 'absolute':
      return o.value
    case 'per-capita':
      return perCapitaUsd(o.value, referenceFor(o, inputs.population, inputs))
    case 'share-of-gdp':
      return shareOfGdpPercent(o.value, referenceFor(o, inputs.gdp, inputs))
    case 'share-of-world':
      return shareOfWorldPercent(o.value, inputs.world(o.year))
  }
}

/** Running total from the first year; after a gap the total is unknown (null), not carried. */
export function cumulate(values: readonly (number | null)[]): (number | null)[] {
  let total = 0
  let started = false
  let broken = false
  return values.map((v) => {
    if (broken) return null
    if (v === null) {
      if (started) broken = true
      return null
    }
    started = true
    total += v
    return total
  })
}

/** Index to a base year (= 100); null where the base or the value is missing or zero. */
export function indexToBase(
  values: readonly (number | null)[],
  baseIndex: number,
): (number | null)[] {
  const base = values[baseIndex]
  if (base === null || base === undefined || base === 0) return values.map(() => null)
  return values.map((v) => (v === null ? null : (v / base) * 100))
}
