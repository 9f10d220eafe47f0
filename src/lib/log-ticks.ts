/** Axis ticks for log scales. Pure. */
const STEPS = [1, 2, 5]
/** Over more decades than this, 1–2–5 ticks crowd the axis: only powers of ten are kept. */
const MAX_DECADES_WITH_STEPS = 5

/** s × 10^p written exactly (0.05, not 0.05000000000000001), so labels equal positions. */
const step = (s: number, p: number) => (p < 0 ? s / 10 ** -p : s * 10 ** p)

/**
 * Round 1–2–5 ticks for a log axis, from the largest step at or below the smallest value to
 * the smallest step at or above the largest (recharts' own log ticks land on data points).
 * The axis domain is set to the first and last tick so every tick sits where its label says.
 */
export function logTicks(values: readonly number[]): number[] | undefined {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v))
  if (positive.length === 0) return undefined
  const lo = Math.min(...positive)
  const hi = Math.max(...positive)
  const steps: number[] = []
  for (let p = Math.floor(Math.log10(lo)) - 1; p <= Math.ceil(Math.log10(hi)); p++)
    for (const s of STEPS) steps.push(step(s, p))
  const first = steps.filter((t) => t <= lo).at(-1) ?? lo
  const last = steps.find((t) => t >= hi) ?? hi
  const ticks = steps.filter((t) => t >= first && t <= last)
  if (Math.log10(last / first) <= MAX_DECADES_WITH_STEPS) return ticks
  const powers = [...new Set([Math.floor(Math.log10(first)), Math.ceil(Math.log10(last))])]
  const [from = 0, to = 0] = powers
  return Array.from({ length: to - from + 1 }, (_, i) => step(1, from + i))
}

/**
 * Whether positive values span more than `orders` orders of magnitude (largest over smallest):
 * on a linear axis most of them would then crowd at zero. False when a value is zero or
 * negative (a log axis has no place for it) or there are fewer than two values.
 */
export function spansOrders(values: readonly number[], orders = 2): boolean {
  if (values.length < 2 || values.some((v) => !(v > 0) || !Number.isFinite(v))) return false
  return Math.max(...values) / Math.min(...values) > 10 ** orders
}
