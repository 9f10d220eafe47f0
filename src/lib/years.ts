/**
 * Years of data, shared by every panel and the presenter: the span an edition covers, the
 * latest year with a figure (at or before the Year filter: a single-year figure obeys the
 * year by showing the nearest year with data at or before it), stepping through years, and a
 * continuous run of years so a gap stays a gap on a categorical axis. Pure.
 */

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
 * The latest year with at least one figure, at or before `atOrBefore` when given; null when
 * there is none.
 */
export function latestYear(
  observations: readonly { readonly year: number; readonly value: number | null }[],
  atOrBefore: number | null = null,
): number | null {
  let latest: number | null = null
  for (const o of observations)
    if (
      o.value !== null &&
      (atOrBefore === null || o.year <= atOrBefore) &&
      (latest === null || o.year > latest)
    )
      latest = o.year
  return latest
}

/**
 * How a single-year figure labels the year it shows for a Year filter: "2024" when it is the
 * year asked for (or no year was), "2024, the latest before 2025" otherwise.
 */
export function yearShown(year: number, asked: number | null): string {
  return asked === null || asked === year ? String(year) : `${year}, the latest before ${asked}`
}

/** Every year from the first to the last, so a gap stays a gap on a categorical axis. */
export function fillYears(years: readonly number[]): number[] {
  if (years.length === 0) return []
  const from = Math.min(...years)
  const to = Math.max(...years)
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}

/** Whether a year is inside an optional range (null: every year). */
export function inRange(year: number, range: readonly [number, number] | null): boolean {
  return range === null || (year >= range[0] && year <= range[1])
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
