/**
 * Joins several indicators' observations for one year into one row per entity (a wide table).
 * An entity without a figure for a column gets null ("no data") in that column.
 */
import type { Observation } from '../api/schemas'

export interface WideRow<K extends string> {
  readonly entityId: string
  readonly values: Readonly<Record<K, number | null>>
}

/** Rows for entities that have at least one figure in `year`, in first-column order (desc). */
export function wideRows<K extends string>(
  columns: Readonly<Record<K, readonly Observation[]>>,
  year: number,
  includes: (entityId: string) => boolean,
  /** Entities listed even without any figure (explicit picks): their cells read "no data". */
  always: readonly string[] = [],
): WideRow<K>[] {
  const keys = Object.keys(columns) as K[]
  const byEntity = new Map<string, Record<K, number | null>>()
  for (const id of always)
    byEntity.set(id, Object.fromEntries(keys.map((k) => [k, null])) as Record<K, number | null>)
  for (const key of keys)
    for (const o of columns[key]) {
      if (o.year !== year || o.value === null || !includes(o.entityId)) continue
      let row = byEntity.get(o.entityId)
      if (!row) {
        row = Object.fromEntries(keys.map((k) => [k, null])) as Record<K, number | null>
        byEntity.set(o.entityId, row)
      }
      row[key] = o.value
    }
  const first = keys[0]
  return [...byEntity.entries()]
    .map(([entityId, values]) => ({ entityId, values }))
    .sort((a, b) => {
      const va = first ? a.values[first] : null
      const vb = first ? b.values[first] : null
      if (va === vb) return a.entityId.localeCompare(b.entityId)
      if (va === null) return 1
      if (vb === null) return -1
      return vb - va
    })
}
