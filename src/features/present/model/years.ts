/** Year stepping in presentation mode (`Y` / `Shift+Y`), within the edition's coverage. */

interface Coverage {
  readonly edition: string
  readonly from: number
  readonly to: number
}

/** First and last data year of an edition across all indicators; null when it has none. */
export function editionSpan(
  indicators: readonly { readonly coverage: readonly Coverage[] }[],
  edition: string,
): readonly [number, number] | null {
  let from = Infinity
  let to = -Infinity
  for (const indicator of indicators)
    for (const c of indicator.coverage)
      if (c.edition === edition) {
        from = Math.min(from, c.from)
        to = Math.max(to, c.to)
      }
  return Number.isFinite(from) ? [from, to] : null
}

/**
 * The next year one step forward (+1) or back (-1), clamped to the span. "Latest with data"
 * (null) counts as the last year of the span.
 */
export function stepYear(
  year: number | null,
  span: readonly [number, number],
  direction: 1 | -1,
): number {
  const current = year ?? span[1]
  return Math.max(span[0], Math.min(span[1], current + direction))
}
