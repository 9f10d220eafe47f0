/**
 * Row orders for figure tables: a ranking by value (largest first, ties and gaps by name) and
 * everything else by name. Never by code: "Switzerland" sorts after "Sweden", not after "Canada"
 * (CHE). Names compare as English readers expect (case and accents aside).
 */
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/** Compares display names. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b)
}

/** Rows by name. */
export function byName<T>(rows: readonly T[], nameOf: (row: T) => string): T[] {
  return [...rows].sort((a, b) => compareNames(nameOf(a), nameOf(b)))
}

/** Rows by value, largest first; equal values by name; rows without a value last, by name. */
export function byValue<T>(
  rows: readonly T[],
  valueOf: (row: T) => number | null,
  nameOf: (row: T) => string,
): T[] {
  return [...rows].sort((a, b) => {
    const va = valueOf(a)
    const vb = valueOf(b)
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1
    } else if (va !== vb) return vb - va
    return compareNames(nameOf(a), nameOf(b))
  })
}
