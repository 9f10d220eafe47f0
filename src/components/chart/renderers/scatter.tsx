/**
 * A labelled scatter (each point named), optionally log–log with 1–2–5 ticks whose domain is
 * set to the first and last tick, so each tick sits where its label says. Stateless.
 */
import {
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts'
import type { ChartProps } from '../../figure/figure-types'
import { formatCompact } from '../../../lib/format'
import { logTicks } from '../../../lib/log-ticks'
import { HIGHLIGHT_COLOUR, MUTED_COLOUR, seriesColour } from '../palette'
import { ChartTip, INITIAL_SIZE } from './chart-tip'

export interface ScatterPoint {
  readonly id: string
  readonly name: string
  readonly x: number
  readonly y: number
  readonly highlighted?: boolean
  /** Tooltip lines. */
  readonly detail: readonly string[]
}

export interface ScatterData {
  readonly points: readonly ScatterPoint[]
  readonly xLabel: string
  readonly yLabel: string
  readonly log: boolean
}

function axis(log: boolean, values: readonly number[]) {
  const ticks = log ? logTicks(values) : undefined
  const domain: [number | 'auto', number | 'auto'] = ticks
    ? [ticks[0] ?? 'auto', ticks.at(-1) ?? 'auto']
    : ['auto', 'auto']
  return { scale: log ? ('log' as const) : ('auto' as const), ticks, domain }
}

export function LabelledScatter({ data, height, textScale: k, onSelect }: ChartProps<ScatterData>) {
  const { points, xLabel, yLabel, log } = data
  const anyHighlighted = points.some((d) => d.highlighted)
  const fontSize = Math.round(12 * k)
  const x = axis(
    log,
    points.map((p) => p.x),
  )
  const y = axis(
    log,
    points.map((p) => p.y),
  )
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={INITIAL_SIZE}>
      <ScatterChart margin={{ top: 8, right: Math.round(110 * k), bottom: 28, left: 8 }}>
        <CartesianGrid stroke="var(--border)" />
        <XAxis
          type="number"
          dataKey="x"
          name={xLabel}
          scale={x.scale}
          ticks={x.ticks}
          domain={x.domain}
          tickFormatter={formatCompact}
          stroke="var(--text-muted)"
          tick={{ fontSize }}
          label={{
            value: xLabel,
            position: 'insideBottom',
            offset: -14,
            fill: 'var(--text-muted)',
            fontSize,
          }}
        />
        <YAxis
          type="number"
          dataKey="y"
          name={yLabel}
          scale={y.scale}
          ticks={y.ticks}
          domain={y.domain}
          tickFormatter={formatCompact}
          stroke="var(--text-muted)"
          tick={{ fontSize }}
          label={{
            value: yLabel,
            angle: -90,
            position: 'insideLeft',
            fill: 'var(--text-muted)',
            fontSize,
          }}
        />
        <ZAxis range={[90 * k * k, 90 * k * k]} />
        <Tooltip
          content={({ active, payload }) => {
            const point = active ? (payload[0]?.payload as ScatterPoint | undefined) : undefined
            return point ? <ChartTip title={point.name} lines={point.detail} /> : null
          }}
        />
        <Scatter
          data={[...points]}
          isAnimationActive={false}
          onClick={(d: { payload?: ScatterPoint }) => d.payload && onSelect?.(d.payload.id)}
        >
          {points.map((d) => (
            // Cell is deprecated in recharts 3 but is still the per-point styling that keeps labels.
            // eslint-disable-next-line @typescript-eslint/no-deprecated
            <Cell
              key={d.id}
              fill={
                d.highlighted ? HIGHLIGHT_COLOUR : anyHighlighted ? MUTED_COLOUR : seriesColour(0)
              }
              cursor={onSelect ? 'pointer' : undefined}
            />
          ))}
          <LabelList dataKey="name" position="right" fill="var(--text)" fontSize={fontSize} />
        </Scatter>
      </ScatterChart>
    </ResponsiveContainer>
  )
}
