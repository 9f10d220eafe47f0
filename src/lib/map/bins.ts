/**
 * Binned colour classes for a choropleth: nice breaks (d3-scale's ticks), linear, or log steps
 * for skewed figures (money and rates that span orders of magnitude put almost every country in
 * the lowest of evenly spaced bins). A value equal to a break belongs to the bin above it. A
 * missing value has no bin: it is drawn as "no data", never as the lowest class.
 */
import { scaleLinear, scaleLog, scaleThreshold } from 'd3-scale'

/** Colour classes at most (the themes' sequential palettes have this many colours). */
export const MAX_BINS = 7
/**
 * Log steps when the largest value is at least this many times the smallest: below it, even
 * steps still separate the countries; above it, most would share the lowest bin.
 */
export const SKEW_RATIO = 20

export type BinScale = 'linear' | 'log-if-skewed'

export interface Bins {
  /** Lower bounds of bins 2…k, ascending (k = breaks.length + 1). */
  readonly breaks: readonly number[]
  readonly log: boolean
}

const MAX_BREAKS = MAX_BINS - 1

/** Bins for the values drawn: finite values only (a gap is no data, not a value). */
export function binsFor(values: readonly number[], scale: BinScale): Bins {
  const finite = values.filter(Number.isFinite)
  if (finite.length === 0) return { breaks: [], log: false }
  const lo = Math.min(...finite)
  const hi = Math.max(...finite)
  if (lo === hi) return { breaks: [], log: false }
  if (scale === 'log-if-skewed' && lo > 0 && hi / lo >= SKEW_RATIO)
    return { breaks: logBreaks(lo, hi), log: true }
  return { breaks: linearBreaks(lo, hi), log: false }
}

/** Breaks strictly inside (lo, hi): an end value never sits alone in a bin of its own. */
const inside = (ticks: readonly number[], lo: number, hi: number) =>
  ticks.filter((t) => t > lo && t < hi)

function linearBreaks(lo: number, hi: number): number[] {
  for (let count = MAX_BREAKS; count > 1; count--) {
    const breaks = inside(scaleLinear().domain([lo, hi]).ticks(count), lo, hi)
    if (breaks.length <= MAX_BREAKS) return breaks
  }
  return inside(scaleLinear().domain([lo, hi]).ticks(1), lo, hi)
}

/** The leading digit of a tick d3 produced (1…9 × a power of ten). */
const leading = (t: number) => Number(t.toExponential().charAt(0))

/**
 * The finest log steps that make at most MAX_BINS bins: 1–3–10, else powers of ten, else
 * every n-th power of ten.
 */
function logBreaks(lo: number, hi: number): number[] {
  // d3 lists 1…9 × 10^k within the domain for spans up to `count` decades, powers beyond.
  const ticks = inside(scaleLog().domain([lo, hi]).ticks(16), lo, hi)
  const oneThree = ticks.filter((t) => leading(t) === 1 || leading(t) === 3)
  if (oneThree.length <= MAX_BREAKS) return oneThree
  const powers = ticks.filter((t) => leading(t) === 1)
  if (powers.length <= MAX_BREAKS) return powers
  const step = Math.ceil(powers.length / MAX_BREAKS)
  return powers.filter((_, i) => i % step === 0)
}

/** The bin (0-based) of each value: null for no data. */
export function classifier(bins: Bins): (value: number | null) => number | null {
  const range = Array.from({ length: bins.breaks.length + 1 }, (_, i) => i)
  const scale = scaleThreshold()
    .domain([...bins.breaks])
    .range(range)
  return (value) => (value === null || !Number.isFinite(value) ? null : scale(value))
}

/**
 * The palette colour (0 = lightest of `paletteSize`) of bin `bin` of `count`: spread over the
 * palette so few bins still differ strongly. `reverse` for ranks (1 is the strongest colour).
 */
export function colourIndex(
  bin: number,
  count: number,
  reverse = false,
  paletteSize = MAX_BINS,
): number {
  if (count <= 1) return paletteSize - 1
  const i = reverse ? count - 1 - bin : bin
  return Math.round((i * (paletteSize - 1)) / (count - 1))
}
