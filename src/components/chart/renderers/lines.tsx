/**
 * Lines over years, each series with its own colour and dash (colour is never the only cue) and
 * a direct label at its last point. Gaps stay gaps (connectNulls off); a log axis drops values
 * at or below zero rather than faking them. Points revised since the previous edition are
 * diamonds; quoted claims are dashed rings with their number: annotations, never data points.
 */
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
} from 'recharts'
import type { ChartProps } from '../../figure/figure-types'
import { formatCompact, formatExact } from '../../../lib/format'
import { logTicks } from '../../../lib/log-ticks'
import { MUTED_COLOUR, seriesColour, seriesDash } from '../palette'
import { StaticLine } from '../static-line'
import { ChartTip, INITIAL_SIZE, labelWidth, lastIndex } from './chart-tip'

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

export function Lines({ data, height, textScale: k }: ChartProps<LinesData>) {
  const { years, series, unit, log, annotations = [] } = data
  const rows = years.map((year, i) => {
    const row: Record<string, number | null> = { year }
    for (const s of series)
      row[s.id] = log && (s.values[i] ?? 0) <= 0 ? null : (s.values[i] ?? null)
    return row
  })
  const anyHighlighted = series.some((s) => s.highlighted)
  const colourOf = (s: LineSeries, i: number) =>
    anyHighlighted && !s.highlighted ? MUTED_COLOUR : seriesColour(i)
  const labelSize = Math.round(12 * k)
  // Room on the right for the longest direct label, so none is cut off at the edge.
  const right = Math.max(40, ...series.map((s) => labelWidth(s.name, labelSize) + 16))
  const ticks = log
    ? logTicks(series.flatMap((s) => s.values.filter((v) => v !== null)))
    : undefined
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={INITIAL_SIZE}>
      <LineChart data={rows} margin={{ top: 12, right, bottom: 4, left: 8 }}>
        <CartesianGrid stroke="var(--border)" />
        <XAxis dataKey="year" stroke="var(--text-muted)" tick={{ fontSize: labelSize }} />
        <YAxis
          scale={log ? 'log' : 'auto'}
          ticks={ticks}
          domain={
            log
              ? ticks
                ? [ticks[0] ?? 'auto', ticks.at(-1) ?? 'auto']
                : ['auto', 'auto']
              : [0, 'auto']
          }
          allowDataOverflow={log}
          tickFormatter={formatCompact}
          stroke="var(--text-muted)"
          tick={{ fontSize: labelSize }}
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
                    `${s.name}: ${formatExact(s.values[i])} ${unit}${s.revised?.[i] ? ` ◆ ${s.revised[i]}` : ''}`,
                )}
              />
            )
          }}
        />
        {series.map((s, i) => (
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
            label={(p: { x?: number | string; y?: number | string; index?: number }) =>
              p.index === lastIndex(s.values) ? (
                <text
                  key={s.id}
                  x={Number(p.x) + 8}
                  y={Number(p.y) + 4}
                  fill="var(--text)"
                  fontSize={labelSize}
                  fontWeight={s.highlighted ? 700 : 400}
                >
                  {s.name}
                </text>
              ) : (
                <g key={`${s.id}-${p.index ?? ''}`} />
              )
            }
          />
        ))}
        {annotations.map((a, i) => (
          <ReferenceDot
            key={a.id}
            x={a.year}
            y={a.value}
            r={8 * k}
            fill="none"
            stroke="var(--text)"
            strokeDasharray="3 2"
            strokeWidth={1.5}
            label={{
              value: a.label,
              position: i % 2 === 0 ? 'left' : 'right',
              fill: 'var(--text)',
              fontSize: labelSize,
              fontWeight: 700,
            }}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  )
}
