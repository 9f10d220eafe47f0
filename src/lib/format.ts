/**
 * Number formatting through Intl (never by hand). Display precision only: exports and
 * tooltips carry the exact figure. A missing value reads "no data", never 0.
 */

export const NO_DATA = 'no data'

const cache = new Map<string, Intl.NumberFormat>()
function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const cacheKey = JSON.stringify(options)
  let f = cache.get(cacheKey)
  if (!f) cache.set(cacheKey, (f = new Intl.NumberFormat('en-US', options)))
  return f
}

/** Figures with up to `digits` decimals (67.22, 109.08, 3 …), grouped thousands. */
export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA
  return formatter({ maximumFractionDigits: digits }).format(value)
}

/** Counts: integers with grouping (85,674). */
export function formatCount(value: number | null | undefined): string {
  return formatNumber(value, 0)
}

/** Exact figure for tooltips and exports: as many digits as the source gave. */
export function formatExact(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA
  return formatter({ maximumFractionDigits: 12 }).format(value)
}

/** Four significant digits, so a small rate (0.0003556 per 100k) never reads as 0; text as is. */
export function formatSignificant(value: number | string | null | undefined): string {
  if (typeof value === 'string') return value
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA
  return formatter({ maximumSignificantDigits: 4 }).format(value)
}

/** Percentages given in percent units (13.9 → "13.9%"). */
export function formatPercent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA
  return `${formatter({ maximumFractionDigits: digits }).format(value)}%`
}

/** Money in billions with its currency: "$109.08bn", "€200bn". */
export function formatBillions(
  value: number | null | undefined,
  currency: 'USD' | 'EUR' = 'USD',
  digits = 2,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA
  return `${currency === 'USD' ? '$' : '€'}${formatter({ maximumFractionDigits: digits }).format(value)}bn`
}

/** Compact axis ticks (1.2k, 3M). */
export function formatCompact(value: number): string {
  return formatter({ notation: 'compact', maximumFractionDigits: 1 }).format(value)
}
