/**
 * A bump / slope chart of ranks between editions (rank 1 on top), labelled at both ends.
 * Columns can come in groups (the data years of one release): a line never crosses from one
 * group to the next, since each release ranks with its own method; the break is a dashed rule
 * and every group's last column is labelled, so its points read on their own. Stateless.
 */
import {
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from 'recharts'
import type { ChartProps } from '../../figure/figure-types'
import { INITIAL_SIZE, labelWidth } from './chart-tip'
import {
  BREAK_GAP,
  labelText,
  runs,
  slopeLines,
  type SlopeData,
  type SlopeLine,
} from './slope-lines'

export type { SlopeData, SlopeGroup, SlopeSeries } from './slope-lines'

/**
 * Every line, ring and end label, drawn as plain SVG from the chart's own scales. One recharts
 * Line per country per release (each with its store registration, legend and tooltip entries
 * and label list) made this chart the costliest part of a filter change; the marks themselves
 * need only the two scales.
 */
function SlopeMarks(o: {
  readonly lines: readonly SlopeLine[]
  readonly dotRadius: number
  readonly fontSize: number
}) {
  const xScale = useXAxisScale()
  const yScale = useYAxisScale()
  if (!xScale || !yScale) return null
  const place = ([x, rank]: readonly [number, number | null]) => {
    const px = xScale(x)
    const py = rank === null ? undefined : yScale(rank)
    return px === undefined || py === undefined ? null : ([px, py] as const)
  }
  return (
    <g className="slope__marks">
      {o.lines.map((l) => {
        const placed = l.points.map(place)
        return (
          <g key={l.key}>
            {runs(placed).map((run) => (
              <path
                key={run[0]?.join(',')}
                className="slope__line"
                d={run.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`).join('')}
                fill="none"
                stroke={l.stroke}
                strokeWidth={l.strokeWidth}
                strokeDasharray={l.strokeDasharray}
              />
            ))}
            {placed.map((p, c) =>
              p ? (
                <circle
                  key={c}
                  className="slope__dot"
                  cx={p[0]}
                  cy={p[1]}
                  r={o.dotRadius}
                  stroke={l.stroke}
                  strokeWidth={l.strokeWidth}
                  fill="#fff"
                />
              ) : null,
            )}
            {l.labels.map((label) => {
              const p = placed[label.at]
              if (!p) return null
              return (
                <text
                  key={label.side}
                  x={p[0] + (label.side === 'left' ? -8 : 8)}
                  y={p[1] + 4}
                  textAnchor={label.side === 'left' ? 'end' : 'start'}
                  fill="var(--text)"
                  fontSize={o.fontSize}
                  fontWeight={l.bold ? 700 : 400}
                >
                  {label.text}
                </text>
              )
            })}
          </g>
        )
      })}
    </g>
  )
}

export function Slope({ data, height, textScale: k }: ChartProps<SlopeData>) {
  const { columns, series, minRank, maxRank } = data
  const groups = data.groups ?? [{ label: '', size: columns.length }]
  const { lines, groupOf, x, groupEnds } = slopeLines(data, k)
  const labelSize = Math.round(13 * k)
  const last = columns.length - 1
  // Room either side for the longest label of that column, so none is cut off at the edge.
  const room = (at: number, side: 'left' | 'right') =>
    Math.max(
      60,
      ...series
        .filter((s) => s.ranks[at] != null)
        .map((s) => labelWidth(labelText(s, at, side), labelSize) + 16),
    )
  const grouped = groups.length > 1
  // The chart's rows are the columns' positions only: the axes take their scales from them.
  const columnRows = x.map((at) => ({ x: at }))
  // Room above the first rank for the releases' names, clear of its labels.
  const top = grouped ? Math.round(52 * k) : 16
  const first = x[0] ?? 0
  const end = x[last] ?? last
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={INITIAL_SIZE}>
      <LineChart
        data={columnRows}
        margin={{ top, right: room(last, 'right'), bottom: 8, left: room(0, 'left') }}
      >
        <XAxis
          type="number"
          dataKey="x"
          domain={[first - 0.25, end + 0.25]}
          ticks={x}
          interval={0}
          tickFormatter={(v: number) => columns[x.indexOf(v)] ?? ''}
          stroke="var(--text-muted)"
          tick={{ fontSize: labelSize }}
        />
        {/* Padding below the last rank keeps its label off the axis line. */}
        <YAxis
          reversed
          domain={[minRank, maxRank]}
          allowDataOverflow
          hide
          allowDecimals={false}
          padding={{ top: 0, bottom: 16 }}
        />
        {grouped
          ? groups.map((g, gi) => {
              const from = x[groupOf.indexOf(gi)] ?? 0
              const to = x[groupEnds[gi] ?? 0] ?? 0
              return (
                <ReferenceArea
                  key={`group-${String(gi)}`}
                  x1={from - 0.2}
                  x2={to + 0.2}
                  fill="none"
                  ifOverflow="visible"
                  label={{
                    value: g.label,
                    position: 'top',
                    offset: Math.round(18 * k),
                    fontSize: labelSize,
                    fill: 'var(--text-muted)',
                  }}
                />
              )
            })
          : null}
        {grouped
          ? groupEnds.slice(0, -1).map((at, gi) => (
              <ReferenceLine
                key={`break-${String(gi)}`}
                // Nearer the next group: the labels of the group before it need the room.
                x={(x[at] ?? 0) + BREAK_GAP * 0.75}
                stroke="var(--text-muted)"
                strokeDasharray="4 4"
                label={{
                  value: 'method break',
                  position: 'insideBottom',
                  fontSize: Math.round(11 * k),
                  fill: 'var(--text-muted)',
                }}
              />
            ))
          : null}
        {/* A line only where a country has a rank in that release: most countries are in one
            release's top N only. */}
        <SlopeMarks lines={lines} dotRadius={4 * k} fontSize={labelSize} />
      </LineChart>
    </ResponsiveContainer>
  )
}
