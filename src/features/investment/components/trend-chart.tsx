/**
 * Trend lines of private investment (recharts; loaded lazily through lazy-charts.tsx). Gaps stay
 * gaps (connectNulls false); points revised since the previous edition are drawn as diamonds;
 * quoted claims are hollow rings with their status — annotations, never points of a series.
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
import { seriesColour, seriesDash, MUTED_COLOUR } from '../../../components/chart/palette'
import { StaticLine } from '../../../components/chart/static-line'
import { formatCompact } from '../../../lib/format'
import { TrendTooltip } from './trend-tooltip'
import {
  labelWidth,
  usePresentedHeight,
  useTextScale,
} from '../../../components/chart/use-presented-height'

export interface TrendLine {
  readonly id: string
  readonly name: string
  /** One value per year; null = gap. */
  readonly values: readonly (number | null)[]
  /** Per year: how the figure was revised since the previous edition, or null. */
  readonly revised: readonly (string | null)[]
  readonly highlighted?: boolean
}

export interface TrendAnnotation {
  readonly id: string
  readonly year: number
  readonly value: number
  /** Short label drawn beside the ring: the claim's number in the list under the chart. */
  readonly label: string
}

export interface TrendChartProps {
  readonly years: readonly number[]
  readonly lines: readonly TrendLine[]
  readonly annotations: readonly TrendAnnotation[]
  readonly unit: string
  readonly source: string
  readonly height: number
  readonly log: boolean
}

function renderDot(props: DotItemDotProps, line: TrendLine, colour: string) {
  const { cx, cy, index } = props
  if (cx == null || cy == null || line.values[index] == null) return <g key={index} />
  if (line.revised[index])
    return (
      <path
        key={index}
        d={`M${cx},${cy - 7}L${cx + 7},${cy}L${cx},${cy + 7}L${cx - 7},${cy}Z`}
        fill="var(--surface)"
        stroke={colour}
        strokeWidth={2.5}
      />
    )
  return <circle key={index} cx={cx} cy={cy} r={3} fill={colour} />
}

export function TrendChart({
  years,
  lines,
  annotations,
  unit,
  source,
  height,
  log,
}: TrendChartProps) {
  const rows = years.map((year, i) => {
    const row: Record<string, number | null> = { year }
    // A log axis cannot show zero or less: such a point is a gap there, not a fake value.
    for (const l of lines) row[l.id] = log && (l.values[i] ?? 0) <= 0 ? null : (l.values[i] ?? null)
    return row
  })
  const anyHighlighted = lines.some((l) => l.highlighted)
  const colourOf = (l: TrendLine, i: number) =>
    anyHighlighted && !l.highlighted ? MUTED_COLOUR : seriesColour(i)
  const shownHeight = usePresentedHeight(height)
  const labelSize = Math.round(12 * useTextScale())
  // Room on the right for the longest direct label, so none is cut off at the edge.
  const right = Math.max(40, ...lines.map((l) => labelWidth(l.name, labelSize) + 16))
  return (
    <ResponsiveContainer
      width="100%"
      height={shownHeight}
      initialDimension={{ width: 800, height: shownHeight }}
    >
      <LineChart data={rows} margin={{ top: 12, right, bottom: 4, left: 24 }}>
        <CartesianGrid stroke="var(--border)" />
        <XAxis dataKey="year" stroke="var(--text-muted)" />
        <YAxis
          scale={log ? 'log' : 'auto'}
          domain={log ? ['auto', 'auto'] : [0, 'auto']}
          allowDataOverflow={log}
          tickFormatter={formatCompact}
          stroke="var(--text-muted)"
          label={{
            value: unit,
            angle: -90,
            position: 'insideLeft',
            offset: -12,
            fill: 'var(--text-muted)',
            fontSize: 12,
            style: { textAnchor: 'middle' },
          }}
        />
        <Tooltip
          content={({ active, label }) => (
            <TrendTooltip
              active={active}
              label={label}
              lines={lines}
              years={years}
              unit={unit}
              source={source}
            />
          )}
        />
        {lines.map((l, i) => (
          <Line
            key={l.id}
            dataKey={l.id}
            name={l.name}
            stroke={colourOf(l, i)}
            strokeWidth={l.highlighted ? 4 : 2.5}
            strokeDasharray={seriesDash(i)}
            dot={(p: DotItemDotProps) => renderDot(p, l, colourOf(l, i))}
            connectNulls={false}
            isAnimationActive={false}
            shape={StaticLine}
            label={(p: { x?: number | string; y?: number | string; index?: number }) =>
              p.index === lastIndex(l.values) ? (
                <text
                  key={l.id}
                  x={Number(p.x) + 8}
                  y={Number(p.y) + 4}
                  fill="var(--text)"
                  fontSize={labelSize}
                >
                  {l.name}
                </text>
              ) : (
                <g key={`${l.id}-${p.index ?? ''}`} />
              )
            }
          />
        ))}
        {annotations.map((a, i) => (
          <ReferenceDot
            key={a.id}
            x={a.year}
            y={a.value}
            r={8}
            fill="none"
            stroke="var(--text)"
            strokeDasharray="3 2"
            strokeWidth={1.5}
            label={{
              value: a.label,
              position: i % 2 === 0 ? 'left' : 'right',
              fill: 'var(--text)',
              fontSize: 12,
              fontWeight: 700,
            }}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  )
}

function lastIndex(values: readonly (number | null)[]): number {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null) return i
  return -1
}
