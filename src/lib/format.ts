/**
 * The one number format of the app (Intl.NumberFormat, never by hand), for every table cell,
 * bar label, tooltip and summary. Display precision only: CSV and XLSX exports carry the raw
 * figure, so nothing here changes a number, only how many of its digits are shown.
 *
 * - Money, counts and rates, by magnitude: three significant digits (67.2, 7.76, 0.264), never
 *   fewer than the integer digits below a million (a count of 85,674 is not shown as 85,700),
 *   "m" and "bn" beyond; at most three decimals.
 * - Percentages: one decimal from 1% up (13.9%); below 1% by magnitude (0.246%).
 * - Index scores on a 0–100 scale: one decimal (78.6). Ranks: integers.
 * - A value too small to show at two decimals reads "< 0.01", never "0"; no value is "no data".
 */

export const NO_DATA = 'no data'
/** The smallest magnitude shown as a number; anything smaller (but not 0) reads "< 0.01". */
export const SMALLEST_SHOWN = 0.01

const cache = new Map<string, Intl.NumberFormat>()
function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const cacheKey = JSON.stringify(options)
  let f = cache.get(cacheKey)
  if (!f) cache.set(cacheKey, (f = new Intl.NumberFormat('en-US', options)))
  return f
}

const BY_MAGNITUDE: Intl.NumberFormatOptions = {
  maximumSignificantDigits: 3,
  maximumFractionDigits: 3,
  // Whichever limit keeps fewer digits: 0.0123 → 0.012 (three decimals), 67.22 → 67.2.
  roundingPriority: 'lessPrecision',
}
const WHOLE: Intl.NumberFormatOptions = { maximumFractionDigits: 0 }
const THREE_SIGNIFICANT: Intl.NumberFormatOptions = { maximumSignificantDigits: 3 }

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** "< 0.01" (or "> -0.01") for a non-zero value too small to show; null otherwise. */
function tooSmall(value: number): string | null {
  if (value === 0 || Math.abs(value) >= SMALLEST_SHOWN) return null
  return value > 0 ? `< ${SMALLEST_SHOWN}` : `> -${SMALLEST_SHOWN}`
}

/** Money, counts and rates by magnitude: "286", "67.2", "0.264", "85,674", "1.23m", "2.5bn". */
export function formatValue(value: number | null | undefined): string {
  if (!isNumber(value)) return NO_DATA
  const small = tooSmall(value)
  if (small !== null) return small
  const size = Math.abs(value)
  // Compared after rounding, so 999,999.7 reads "1m", not "1,000,000".
  if (Math.round(size) >= 1e9) return `${formatter(THREE_SIGNIFICANT).format(value / 1e9)}bn`
  if (Math.round(size) >= 1e6) return `${formatter(THREE_SIGNIFICANT).format(value / 1e6)}m`
  if (size >= 1000) return formatter(WHOLE).format(value)
  return formatter(BY_MAGNITUDE).format(value)
}

/** Counts: the same rule (integers are shown in full below a million). */
export const formatCount = formatValue

/** A change with its sign: "+3", "-12", "0". */
export function formatChange(value: number | null | undefined): string {
  if (!isNumber(value)) return NO_DATA
  return value > 0 ? `+${formatValue(value)}` : formatValue(value)
}

/**
 * Percentages given in percent units: "13.9%", "0.246%", "< 0.01%". `symbol: false` where the
 * column header already says "%".
 */
export function formatPercent(
  value: number | null | undefined,
  { symbol = true }: { readonly symbol?: boolean } = {},
): string {
  if (!isNumber(value)) return NO_DATA
  const text =
    Math.abs(value) >= 1
      ? formatter({ maximumFractionDigits: 1 }).format(value)
      : formatValue(value)
  return symbol ? `${text}%` : text
}

/** Index scores on a 0–100 scale (published or computed here): one decimal, "78.6", "5.0". */
export function formatScore(value: number | null | undefined): string {
  if (!isNumber(value)) return NO_DATA
  return formatter({ minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)
}

/** Ranks: integers. */
export function formatRank(value: number | null | undefined): string {
  if (!isNumber(value)) return NO_DATA
  return formatter(WHOLE).format(value)
}

/** Money in billions with its currency: "$67.2bn", "€200bn", "$1.5bn". */
export function formatBillions(
  value: number | null | undefined,
  currency: 'USD' | 'EUR' = 'USD',
): string {
  if (!isNumber(value)) return NO_DATA
  const symbol = currency === 'USD' ? '$' : '€'
  const small = tooSmall(value)
  if (small !== null) return small.replace(/(-?)0\.01$/, `$1${symbol}0.01bn`)
  return `${value < 0 ? '-' : ''}${symbol}${formatValue(Math.abs(value))}bn`
}

/** Ordinal ranks: "1st", "2nd", "3rd", "6th", "11th", "22nd". */
export function formatOrdinal(value: number | null | undefined): string {
  if (!isNumber(value) || !Number.isInteger(value)) return NO_DATA
  const tens = Math.abs(value) % 100
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[tens % 10] ?? 'th')
  return `${formatRank(value)}${suffix}`
}

const PLAIN_DECIMAL = /^(-?)(\d+)(\.\d+)?$/

/**
 * A quoted figure as written: its digits kept exactly (the precision it is compared at, "60.5"
 * stays "60.5", "6" stays "6"), with only the thousands of its integer part grouped ("44,150").
 * Anything but a plain decimal is returned as it is.
 */
export function formatQuoted(text: string): string {
  const match = PLAIN_DECIMAL.exec(text)
  if (!match) return text
  const [, sign = '', whole = '', decimals = ''] = match
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${decimals}`
}
