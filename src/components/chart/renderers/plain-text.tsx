/**
 * Axis ticks and bar labels drawn as plain SVG text, where recharts would draw its Text. That
 * Text wraps to a width, so it measures in the DOM every word it has not seen before, one
 * forced layout per word: on a view with new labels (another year's values and ranks) that
 * measuring was most of the change. Our labels are one line and sized beforehand
 * (chart-tip's labelWidth), so nothing needs measuring. Placed as recharts places its own:
 * centred on the tick or row (0.355em is half a cap height).
 */
import type { ReactElement, ReactNode } from 'react'

interface TickProps {
  readonly x?: number | string
  readonly y?: number | string
  readonly textAnchor?: 'start' | 'middle' | 'end' | 'inherit'
  readonly fill?: string
  readonly payload?: { readonly value?: string | number }
}

/** A category axis's tick: its label, in the axis colour, at the place recharts gives it. */
export function plainTick(fontSize: number) {
  return function PlainTick({ x, y, textAnchor, fill, payload }: TickProps): ReactNode {
    return (
      <text
        x={Number(x)}
        y={Number(y)}
        dy="0.355em"
        textAnchor={textAnchor ?? 'end'}
        fill={fill}
        fontSize={fontSize}
      >
        {String(payload?.value ?? '')}
      </text>
    )
  }
}

interface BarLabelProps {
  readonly x?: number | string
  readonly y?: number | string
  readonly width?: number | string
  readonly height?: number | string
  readonly value?: string | number | boolean | null
}

/** A horizontal bar's label, just right of its end (recharts' position "right", offset 5). */
export function labelRightOfBar(fontSize: number) {
  return function LabelRightOfBar({
    x,
    y,
    width,
    height,
    value,
  }: BarLabelProps): ReactElement | null {
    const end = Number(x) + Number(width)
    if (!Number.isFinite(end) || typeof value === 'boolean' || value == null || value === '')
      return null
    return (
      <text
        x={end + 5}
        y={Number(y) + Number(height) / 2}
        dy="0.355em"
        textAnchor="start"
        fill="var(--text)"
        fontSize={fontSize}
      >
        {String(value)}
      </text>
    )
  }
}
