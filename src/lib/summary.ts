/**
 * The words of a figure's screen-reader summary (its aria-describedby): what it shows, its
 * leading values with their units, and where its table is. Pure text helpers.
 */
import { formatValue, NO_DATA } from './format'

/** "United States $67.2bn, China $7.76bn, United Kingdom $3.78bn and 12 more". */
export function leaders(
  items: readonly { readonly name: string; readonly value: string }[],
  n = 3,
): string {
  const head = items
    .slice(0, n)
    .map((i) => `${i.name} ${i.value}`)
    .join(', ')
  return items.length > n ? `${head} and ${String(items.length - n)} more` : head
}

/** A figure with its unit ("85,674 patents"), or "no data" alone for a gap. */
export function amount(
  value: number | null,
  unit: string,
  format: (v: number) => string = formatValue,
): string {
  return value === null ? NO_DATA : `${format(value)} ${unit}`
}

/** Where a chart's full figures are: its table, one button away. */
export function chartTable(count: number, noun: string): string {
  const which =
    count === 1 ? `the one ${noun}` : count === 2 ? `both ${noun}` : `all ${String(count)} ${noun}`
  return `“Show table” lists ${which}.`
}
