/**
 * What recharts needs to draw one of our honest axes (src/lib/axis-ticks): the domain that ends
 * on ticks, the ticks themselves and their labels, and the room the widest label takes.
 */
import { linearAxis, logAxis, tickCount, type AxisTicks } from '../../../lib/axis-ticks'
import { labelWidth } from './chart-tip'

/** A linear axis, or a 1–2–5 log axis when asked and some value is positive. */
export function valueAxis(
  values: readonly number[],
  {
    log,
    length,
    zero = true,
  }: { readonly log: boolean; readonly length: number; readonly zero?: boolean },
): AxisTicks & { readonly scale: 'log' | 'linear' } {
  // A log label every 28 px at most (1–2–5 steps where they fit, powers of ten where not).
  const logged = log ? logAxis(values, Math.floor(length / 28)) : null
  if (logged) return { ...logged, scale: 'log' }
  return { ...linearAxis(values, { count: tickCount(length), zero }), scale: 'linear' }
}

/** recharts axis props for an axis: a domain, ticks and their formatter. */
export function axisProps(axis: AxisTicks & { readonly scale?: 'log' | 'linear' }) {
  return {
    scale: axis.scale ?? 'linear',
    domain: [axis.domain[0], axis.domain[1]] as [number, number],
    ticks: [...axis.ticks],
    tickFormatter: axis.label,
    // The domain covers every value already; for log axes this keeps recharts from widening it.
    allowDataOverflow: axis.scale === 'log',
    interval: 'preserveStartEnd' as const,
  }
}

/** Width of a vertical axis: its widest tick label and the tick line. */
export function axisWidth(axis: AxisTicks, fontSize: number): number {
  return Math.max(...axis.ticks.map((t) => labelWidth(axis.label(t), fontSize)), 16) + 14
}
