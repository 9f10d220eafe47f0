/**
 * A bump / slope chart of ranks between editions (rank 1 on top), labelled at both ends.
 * Columns can come in groups (the data years of one release): a line never crosses from one
 * group to the next, since each release ranks with its own method; the break is a dashed rule
 * and every group's last column is labelled, so its points read on their own. Stateless.
 */
import { useMemo } from 'react'
import {
  LineChart,
  ResponsiveContainer,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from 'recharts'
import type { ChartProps } from '../../figure/figure-types'
import { INITIAL_SIZE, labelWidth } from './chart-tip'
import { plainTick } from './plain-marks'
import {
  BREAK_GAP,
  labelText,
  layout,
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

/**
 * Each release's name above its columns, and a dashed rule labelled "method break" between two
 * releases: plain SVG from the chart's scale and plot area (as recharts would place a
 * reference area's top label and a reference line's inside-bottom label). As reference areas
 * and lines, each re-registered itself in the chart's store on every render.
 */
function SlopeReleases(o: {
  readonly releases: readonly {
    readonly label: string
    readonly from: number
    readonly to: number
  }[]
  readonly breaks: readonly number[]
  readonly labelSize: number
  readonly gap: number
  readonly breakSize: number
}) {
  const xScale = useXAxisScale()
  const plot = usePlotArea()
  if (!xScale || !plot) return null
  const bottom = plot.y + plot.height
  return (
    <g className="slope__releases">
      {o.releases.map((r) => {
        const from = xScale(r.from)
        const to = xScale(r.to)
        if (from === undefined || to === undefined) return null
        return (
          <text
            key={r.label}
            className="chart-label"
            x={(from + to) / 2}
            y={plot.y - o.gap}
            textAnchor="middle"
            fill="var(--text-muted)"
            fontSize={o.labelSize}
          >
            {r.label}
          </text>
        )
      })}
      {o.breaks.map((at) => {
        const bx = xScale(at)
        if (bx === undefined) return null
        return (
          <g key={at} className="slope__break">
            <line
              x1={bx}
              x2={bx}
              y1={plot.y}
              y2={bottom}
              stroke="var(--text-muted)"
              strokeDasharray="4 4"
            />
            <text
              className="chart-label"
              x={bx}
              y={bottom - 5}
              textAnchor="middle"
              fill="var(--text-muted)"
              fontSize={o.breakSize}
            >
              method break
            </text>
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
  // Kept while the columns are (a new array makes recharts reset its store's data, and every
  // part of the chart recompute).
  const sizes = groups.map((g) => g.size).join(',')
  const count = columns.length
  const columnRows = useMemo(
    () =>
      layout(
        count,
        sizes.split(',').map((size) => ({ size: Number(size) })),
      ).x.map((at) => ({ x: at })),
    [count, sizes],
  )
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
          tick={plainTick(labelSize)}
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
        {grouped ? (
          <SlopeReleases
            releases={groups.map((g, gi) => ({
              label: g.label,
              from: (x[groupOf.indexOf(gi)] ?? 0) - 0.2,
              to: (x[groupEnds[gi] ?? 0] ?? 0) + 0.2,
            }))}
            // Nearer the next group: the labels of the group before it need the room.
            breaks={groupEnds.slice(0, -1).map((at) => (x[at] ?? 0) + BREAK_GAP * 0.75)}
            labelSize={labelSize}
            gap={Math.round(18 * k)}
            breakSize={Math.round(11 * k)}
          />
        ) : null}
        {/* A line only where a country has a rank in that release: most countries are in one
            release's top N only. */}
        <SlopeMarks lines={lines} dotRadius={4 * k} fontSize={labelSize} />
      </LineChart>
    </ResponsiveContainer>
  )
}
