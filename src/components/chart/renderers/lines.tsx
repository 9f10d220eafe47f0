/**
 * Lines over years, each series with its own colour and dash (colour is never the only cue) and
 * a direct label at its last point (dodged, never overlapping: ./line-labels). Gaps stay gaps
 * (connectNulls off); a log axis drops values at or below zero rather than faking them. The
 * value axis has nice steps labelled at their precision (src/lib/axis-ticks). Points revised
 * since the previous edition are diamonds; quoted claims are dashed rings with their number:
 * annotations, never data points.
 */
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
} from 'recharts'
import type { ChartProps } from '../../figure/figure-types'
import { formatValue } from '../../../lib/format'
import { MUTED_COLOUR, seriesColour, seriesDash } from '../palette'
import { StaticLine } from '../static-line'
import { axisProps, axisWidth, valueAxis } from './axis'
import { ChartTip, INITIAL_SIZE, labelWidth } from './chart-tip'
import { plainTick } from './plain-marks'
import { endsOf, LineLabels } from './line-labels'

export interface LineSeries {
  readonly id: string
  readonly name: string
  /** One value per year of `years`; null = gap (drawn as a gap, never as zero). */
  readonly values: readonly (number | null)[]
  /** Per year: how the figure was revised since the previous edition, or null. */
  readonly revised?: readonly (string | null)[]
  readonly highlighted?: boolean
}

export interface LineAnnotation {
  readonly id: string
  readonly year: number
  readonly value: number
  /** Drawn beside the ring: the claim's number in the list under the chart. */
  readonly label: string
}

export interface LinesData {
  readonly years: readonly number[]
  readonly series: readonly LineSeries[]
  readonly unit: string
  readonly log: boolean
  readonly annotations?: readonly LineAnnotation[]
}

function dot(props: DotItemDotProps, line: LineSeries, colour: string, r: number) {
  const { cx, cy, index } = props
  if (cx == null || cy == null || line.values[index] == null) return <g key={index} />
  if (line.revised?.[index]) {
    const d = r * 2.3
    return (
      <path
        key={index}
        d={`M${cx},${cy - d}L${cx + d},${cy}L${cx},${cy + d}L${cx - d},${cy}Z`}
        fill="var(--surface)"
        stroke={colour}
        strokeWidth={2.5}
      />
    )
  }
  // Markers are solid rings: the dash pattern tells the lines apart, not the points.
  return <circle key={index} cx={cx} cy={cy} r={r} fill={colour} />
}

const TOP = 12

export function Lines({ data, height, textScale: k }: ChartProps<LinesData>) {
  const { years, series, unit, log, annotations = [] } = data
  // On a log axis a value at or below zero has no place: a gap, not a faked point.
  const shown = series.map((s) => ({
    ...s,
    values: s.values.map((v) => (v === null || (log && v <= 0) ? null : v)),
  }))
  const rows = years.map((year, i) => {
    const row: Record<string, number | null> = { year }
    for (const s of shown) row[s.id] = s.values[i] ?? null
    return row
  })
  const anyHighlighted = series.some((s) => s.highlighted)
  const colourOf = (s: LineSeries, i: number) =>
    anyHighlighted && !s.highlighted ? MUTED_COLOUR : seriesColour(i)
  const labelSize = Math.round(12 * k)
  // Room on the right for the longest direct label (and its leader), so none is cut off.
  const right = Math.max(40, ...series.map((s) => labelWidth(s.name, labelSize) + 20))
  const values = shown.flatMap((s) => s.values.filter((v): v is number => v !== null))
  const axis = valueAxis([...values, ...annotations.map((a) => a.value)], {
    log,
    length: height - 40,
  })
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={INITIAL_SIZE}>
      <LineChart data={rows} margin={{ top: TOP, right, bottom: 4, left: 8 }}>
        <CartesianGrid stroke="var(--border)" />
        <XAxis
          dataKey="year"
          // The first year's label clears the value axis' "0" at the corner.
          padding={{ left: Math.round(16 * k), right: 0 }}
          stroke="var(--text-muted)"
          tick={plainTick(labelSize)}
        />
        <YAxis
          {...axisProps(axis)}
          width={axisWidth(axis, labelSize)}
          stroke="var(--text-muted)"
          tick={plainTick(labelSize)}
        />
        <Tooltip
          content={({ active, label }) => {
            if (!active) return null
            const i = years.indexOf(Number(label))
            return (
              <ChartTip
                title={String(label)}
                lines={series.map(
                  (s) =>
                    `${s.name}: ${formatValue(s.values[i])} ${unit}${s.revised?.[i] ? ` ◆ ${s.revised[i]}` : ''}`,
                )}
              />
            )
          }}
        />
        {shown.map((s, i) => (
          <Line
            key={s.id}
            dataKey={s.id}
            name={s.name}
            stroke={colourOf(s, i)}
            strokeWidth={(s.highlighted ? 4 : 2.5) * Math.max(1, k * 0.8)}
            strokeDasharray={seriesDash(i)}
            dot={(p: DotItemDotProps) => dot(p, s, colourOf(s, i), 3 * k)}
            connectNulls={false}
            isAnimationActive={false}
            shape={StaticLine}
          />
        ))}
        <LineLabels
          ends={endsOf(years, shown)}
          rings={log ? annotations.filter((a) => a.value > 0) : annotations}
          fontSize={labelSize}
          ringRadius={8 * k}
          top={TOP}
        />
      </LineChart>
    </ResponsiveContainer>
  )
}
