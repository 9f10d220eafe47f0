/**
 * Honest axes: nice tick steps (d3-scale's `nice` and `ticks`: 1, 2 or 5 × 10^k) over a domain
 * that ends on a tick, and labels formatted at the precision of the step, so no two labels
 * repeat and each label is exactly the value at its position (a 0.05 step reads 0.05, 0.10,
 * 0.15 — never 0.1, 0.1, 0.2). Log axes take their 1–2–5 ticks from ./log-ticks. Pure.
 */
import { scaleLinear } from 'd3-scale'
import { logTicks } from './log-ticks'

export interface AxisTicks {
  /** The axis runs exactly from the first to the last tick. */
  readonly domain: readonly [number, number]
  readonly ticks: readonly number[]
  /** The label of a tick (the axis' tick formatter). */
  readonly label: (value: number) => string
}

/** Roughly how many ticks fit along an axis of `length` px with one label every `spacing` px. */
export function tickCount(length: number, spacing = 60): number {
  return Math.max(2, Math.min(10, Math.floor(length / spacing)))
}

const MAX_DECIMALS = 10

/** The fewest decimals that write every value exactly (0.05 and 0.1 → 2). */
export function decimalsFor(values: readonly number[]): number {
  for (let d = 0; d < MAX_DECIMALS; d++) {
    const f = 10 ** d
    if (values.every((v) => Math.abs(Math.round(v * f) / f - v) <= 1e-9 * Math.max(1, Math.abs(v))))
      return d
  }
  return MAX_DECIMALS
}

const formats = new Map<number, Intl.NumberFormat>()
function fixed(decimals: number): Intl.NumberFormat {
  let f = formats.get(decimals)
  if (!f)
    formats.set(
      decimals,
      (f = new Intl.NumberFormat('en-US', {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      })),
    )
  return f
}

/** Divisor and suffix for the largest tick: thousands keep grouping, millions "m", billions "bn". */
function unitOf(ticks: readonly number[]): { readonly divisor: number; readonly suffix: string } {
  const top = Math.max(0, ...ticks.map(Math.abs))
  if (top >= 1e9) return { divisor: 1e9, suffix: 'bn' }
  if (top >= 1e6) return { divisor: 1e6, suffix: 'm' }
  return { divisor: 1, suffix: '' }
}

/**
 * Labels of a linear axis: one precision for all, the step's (so labels line up and differ);
 * 0 reads "0".
 */
export function linearLabels(ticks: readonly number[]): (value: number) => string {
  const { divisor, suffix } = unitOf(ticks)
  const decimals = decimalsFor(ticks.map((t) => t / divisor))
  const f = fixed(decimals)
  return (value) => (value === 0 ? '0' : `${f.format(value / divisor)}${suffix}`)
}

/** Labels of a log axis: each 1–2–5 tick at its own precision (0.05, 0.1, 0.2 … 1, 2, 5, 10). */
export function logLabels(ticks: readonly number[]): (value: number) => string {
  const { divisor, suffix } = unitOf(ticks)
  return (value) => `${fixed(decimalsFor([value / divisor])).format(value / divisor)}${suffix}`
}

/**
 * A linear axis over the values: zero included unless `zero` is false (bars and totals start at
 * zero), the domain widened to nice round ends, about `count` ticks.
 */
export function linearAxis(
  values: readonly number[],
  { count = 5, zero = true }: { readonly count?: number; readonly zero?: boolean } = {},
): AxisTicks {
  const finite = values.filter((v) => Number.isFinite(v))
  let lo = finite.length > 0 ? Math.min(...finite) : 0
  let hi = finite.length > 0 ? Math.max(...finite) : 1
  if (zero) {
    lo = Math.min(0, lo)
    hi = Math.max(0, hi)
  }
  // A flat series still gets an axis around its one value.
  if (lo === hi) {
    if (lo === 0) hi = 1
    else if (lo > 0) lo = zero ? 0 : lo / 2
    else hi = zero ? 0 : hi / 2
  }
  const scale = scaleLinear().domain([lo, hi]).nice(count)
  // -0 (a domain starting at "-0") is 0 on an axis.
  const ticks = scale.ticks(count).map((t) => t + 0)
  const [first, last] = (scale.domain() as [number, number]).map((t) => t + 0) as [number, number]
  return { domain: [first, last], ticks, label: linearLabels(ticks) }
}

/**
 * A log axis over the positive values (1–2–5 ticks); null when no value is positive. Where more
 * than `maxTicks` would crowd the axis, only the powers of ten inside it are labelled (every
 * other one if still too many); the domain still runs from the first 1–2–5 step to the last.
 */
export function logAxis(values: readonly number[], maxTicks = Infinity): AxisTicks | null {
  const steps = logTicks(values)
  const first = steps?.[0]
  const last = steps?.at(-1)
  if (!steps || first === undefined || last === undefined) return null
  let ticks = steps
  if (ticks.length > maxTicks) {
    const powers = ticks.filter((t) => decimalsFor([Math.log10(t)]) === 0)
    const every = Math.max(1, Math.ceil(powers.length / Math.max(2, maxTicks)))
    ticks = powers.filter((_, i) => i % every === 0)
  }
  return { domain: [first, last], ticks, label: logLabels(ticks) }
}

/** Labels for ticks fixed by the figure (a published 0–100 scale). */
export function fixedAxis(domain: readonly [number, number], ticks: readonly number[]): AxisTicks {
  return { domain, ticks, label: linearLabels(ticks) }
}
