/**
 * Which entities a view covers: the Region-or-bloc filter narrows the countries, the Countries
 * filter adds explicit picks. Pure, so every panel applies the same rule.
 */
import type { Entity, Group } from '../api/schemas'

export interface Scope {
  /** The chosen group (bloc or region), or null for the whole world. */
  readonly group: Group | null
  /** Explicitly chosen countries. */
  readonly countries: readonly string[]
  /** Is this country (or reported aggregate) shown? */
  readonly includes: (entityId: string) => boolean
}

export interface ScopeInput {
  readonly region: string
  readonly countries: readonly string[]
}

/** Builds the scope from the filters and the meta lookups. */
export function scopeOf(
  view: ScopeInput,
  groupById: ReadonlyMap<string, Group>,
  entityById: ReadonlyMap<string, Entity>,
): Scope {
  const group = view.region === 'world' ? null : (groupById.get(view.region) ?? null)
  const members = new Set(group?.members ?? [])
  const picked = new Set(view.countries)
  return {
    group,
    countries: view.countries,
    includes: (entityId) => {
      if (picked.has(entityId)) return true
      const entity = entityById.get(entityId)
      if (!entity) return false
      // With a country pick and no region, show just the picks (plus nothing else).
      if (group === null) return picked.size === 0
      if (entity.kind === 'reported-aggregate') return false
      return members.has(entityId)
    },
  }
}
