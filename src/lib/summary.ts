/**
 * The words of a figure's screen-reader summary (its aria-describedby): what it shows, its
 * leading values with their units, and where its table is. Pure text helpers.
 */

/** "United States $67.2bn, China $7.76bn, United Kingdom $3.78bn …" (an ellipsis if more follow). */
export function leaders(
  items: readonly { readonly name: string; readonly value: string }[],
  n = 3,
): string {
  const head = items
    .slice(0, n)
    .map((i) => `${i.name} ${i.value}`)
    .join(', ')
  return items.length > n ? `${head} …` : head
}

/** Where a chart's full figures are: its table, one button away. */
export function chartTable(count: number, noun: string): string {
  return `“Show table” lists ${count === 1 ? `the one ${noun}` : `all ${String(count)} ${noun}`}.`
}
