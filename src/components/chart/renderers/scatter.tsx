/**
 * A labelled scatter (each point named, names never overlapping: ./point-labels), linear with
 * nice steps or log–log with 1–2–5 ticks; either way the domain runs from the first to the last
 * tick, so each tick sits where its label says. Stateless: whether it is log–log is the
 * figure's decision (its unit line says so).
 */
import {
  CartesianGrid,
  Cell,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts'
import type { ChartProps } from '../../figure/figure-types'
import { HIGHLIGHT_COLOUR, MUTED_COLOUR, seriesColour } from '../palette'
import { axisProps, axisWidth, valueAxis } from './axis'
import { ChartTip, INITIAL_SIZE } from './chart-tip'
import { plainTick } from './plain-marks'
import { PointLabels } from './point-labels'

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

export function LabelledScatter({ data, height, textScale: k, onSelect }: ChartProps<ScatterData>) {
  const { points, xLabel, yLabel, log } = data
  const anyHighlighted = points.some((d) => d.highlighted)
  const fontSize = Math.round(12 * k)
  const x = valueAxis(
    points.map((p) => p.x),
    { log, length: 400 },
  )
  const y = valueAxis(
    points.map((p) => p.y),
    { log, length: height - 60 },
  )
  const right = Math.round(110 * k)
  // The marks' size (ZAxis area 90 px² at k = 1): names keep clear of it.
  const radius = Math.sqrt(90 / Math.PI) * k
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={INITIAL_SIZE}>
      <ScatterChart margin={{ top: 8, right, bottom: 28, left: 8 }}>
        <CartesianGrid stroke="var(--border)" />
        <XAxis
          type="number"
          dataKey="x"
          name={xLabel}
          {...axisProps(x)}
          stroke="var(--text-muted)"
          tick={plainTick(fontSize)}
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
          {...axisProps(y)}
          width={axisWidth(y, fontSize) + fontSize}
          stroke="var(--text-muted)"
          tick={plainTick(fontSize)}
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
        </Scatter>
        <PointLabels points={points} fontSize={fontSize} radius={radius} right={right} />
      </ScatterChart>
    </ResponsiveContainer>
  )
}
