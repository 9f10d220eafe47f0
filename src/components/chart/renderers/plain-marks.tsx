/**
 * Axis ticks, bars and bar labels drawn as plain SVG where recharts would draw its Text and
 * Rectangle. recharts' Text wraps to a width: it splits every label into words and measures
 * each in the DOM the first time it meets it (a forced layout per word), and it is costly to
 * render even when measured; on a filter change with new labels (another year's values and
 * ranks) it was most of the change. Our labels are one line and sized beforehand (chart-tip's
 * labelWidth), so nothing needs measuring. A bar needs no path for rounded corners: one rect.
 * Each is placed where recharts places its own (its anchors and offsets); the projector theme
 * styles them through the chart-bar and chart-label classes.
 */
import type { ReactElement, SVGProps } from 'react'

interface TickProps {
  readonly x?: number | string
  readonly y?: number | string
  readonly textAnchor?: 'start' | 'middle' | 'end' | 'inherit'
  readonly verticalAnchor?: 'start' | 'middle' | 'end'
  readonly fill?: string
  readonly className?: string
  readonly index?: number
  readonly payload?: { readonly value?: string | number }
  readonly tickFormatter?: (value: never, index: number) => string
}

/** Where a one-line text's baseline sits for recharts' vertical anchors (as its Text does). */
const ANCHOR_DY = { start: '0.71em', middle: '0.355em', end: '0' } as const

/**
 * An axis tick's label, in the axis colour and at the place recharts gives it (below the
 * tick on a horizontal axis, centred on it on a vertical one), formatted by the axis.
 */
export function plainTick(fontSize: number) {
  return function PlainTick(props: TickProps): ReactElement {
    const { x, y, textAnchor, verticalAnchor, fill, className, index = 0, payload } = props
    const value = payload?.value ?? ''
    const text = props.tickFormatter ? props.tickFormatter(value as never, index) : String(value)
    return (
      <text
        className={className}
        x={Number(x)}
        y={Number(y)}
        dy={ANCHOR_DY[verticalAnchor ?? 'middle']}
        textAnchor={textAnchor ?? 'end'}
        fill={fill}
        fontSize={fontSize}
      >
        {text}
      </text>
    )
  }
}

/** A bar's box as recharts places it (width or height negative for a bar below zero). */
export interface BarBox {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** A bar as one rect, its box made positive (recharts gives a bar below zero a negative size). */
export function barRect(bar: BarBox, style: SVGProps<SVGRectElement>): ReactElement {
  return (
    <rect
      className="chart-bar"
      x={Math.min(bar.x, bar.x + bar.width)}
      y={Math.min(bar.y, bar.y + bar.height)}
      width={Math.abs(bar.width)}
      height={Math.abs(bar.height)}
      {...style}
    />
  )
}

/** A horizontal bar's label, just right of its end (recharts' position "right", offset 5). */
export function barEndText(bar: BarBox, text: string, fontSize: number): ReactElement | null {
  const end = Math.max(bar.x, bar.x + bar.width)
  if (!Number.isFinite(end) || text === '') return null
  return (
    <text
      className="chart-label"
      x={end + 5}
      y={bar.y + bar.height / 2}
      dy="0.355em"
      textAnchor="start"
      fill="var(--text)"
      fontSize={fontSize}
    >
      {text}
    </text>
  )
}
