/** Builders shared by the model tests (not imported by the app). */
import type { RawValues } from './composite-index'

/** Raw values from { indicator: { country: value } }. */
export const raw = (columns: Record<string, Record<string, number | null>>): RawValues =>
  new Map(Object.entries(columns).map(([k, v]) => [k, new Map(Object.entries(v))]))

/** The same figure for both indicators of a pillar, so indicator weights cannot matter. */
export const twoPillars = (rows: Record<string, readonly [number, number]>): RawValues => {
  const col = (i: 0 | 1) => Object.fromEntries(Object.entries(rows).map(([id, v]) => [id, v[i]]))
  return raw({
    'investment-latest': col(0),
    'investment-cumulative': col(0),
    'patents-per-100k': col(1),
    'models-cumulative': col(1),
  })
}
