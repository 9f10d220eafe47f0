/** Axis ticks for log scales. Pure. */
const STEPS = [1, 2, 5]

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
    for (const s of STEPS) steps.push(s * 10 ** p)
  const first = steps.filter((t) => t <= lo).at(-1) ?? lo
  const last = steps.find((t) => t >= hi) ?? hi
  return steps.filter((t) => t >= first && t <= last)
}
