/**
 * A bump / slope chart of ranks between editions (rank 1 on top), labelled at both ends.
 * Columns can come in groups (the data years of one release): a line never crosses from one
 * group to the next, since each release ranks with its own method; the break is a dashed rule
 * and every group's last column is labelled, so its points read on their own. Stateless.
 */
import {
  Curve,
  Line,
  LineChart,
  type LineDrawShapeProps,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts'
import type { ChartProps } from '../../figure/figure-types'
import { MUTED_COLOUR, seriesColour, seriesDash } from '../palette'
import { INITIAL_SIZE, labelWidth } from './chart-tip'

export interface SlopeSeries {
  readonly id: string
  readonly name: string
  /** Rank in each column (null: not in that edition's published top N). */
  readonly ranks: readonly (number | null)[]
  readonly highlighted?: boolean
}

export interface SlopeGroup {
  /** What the columns have in common, drawn above them ("GVT 2022 release"). */
  readonly label: string
  /** How many consecutive columns it holds. */
  readonly size: number
}

export interface SlopeData {
  readonly columns: readonly string[]
  readonly series: readonly SlopeSeries[]
  /** The ranks the vertical scale spans (the best on top). */
  readonly minRank: number
  readonly maxRank: number
  /** The largest published top N among the columns (the chart's height follows it). */
  readonly maxTopN: number
  /** Consecutive columns of one method; a method break lies between two groups. Default: one. */
  readonly groups?: readonly SlopeGroup[]
}

/** A label at one end of a line: the country and its rank, outside the column. */
interface EndLabel {
  readonly at: number
  readonly side: 'left' | 'right'
  readonly text: string
}

/**
 * One line's shape: the path (without the ref recharts would measure, as StaticLine), a solid
 * ring at each ranked column, and its end labels, all from the points recharts placed.
 */
function slopeShape(o: {
  readonly labels: readonly EndLabel[]
  readonly dotRadius: number
  readonly fontSize: number
  readonly bold: boolean
}) {
  return function SlopeLine(props: LineDrawShapeProps) {
    const { stroke, strokeWidth } = props
    const points = props.points ?? []
    return (
      <g>
        <Curve {...props} pathRef={undefined} />
        {points.map((p, c) =>
          p.x == null || p.y == null ? null : (
            <circle
              key={c}
              className="slope__dot"
              cx={p.x}
              cy={p.y}
              r={o.dotRadius}
              stroke={stroke}
              strokeWidth={strokeWidth}
              fill="#fff"
            />
          ),
        )}
        {o.labels.map((l) => {
          const p = points[l.at]
          if (p?.x == null || p.y == null) return null
          return (
            <text
              key={l.side}
              x={p.x + (l.side === 'left' ? -8 : 8)}
              y={p.y + 4}
              textAnchor={l.side === 'left' ? 'end' : 'start'}
              fill="var(--text)"
              fontSize={o.fontSize}
              fontWeight={o.bold ? 700 : 400}
            >
              {l.text}
            </text>
          )
        })}
      </g>
    )
  }
}

/** Room a break leaves between two groups, in column steps: the labels of the left group fit in. */
const BREAK_GAP = 2

/** Each column's x position, and for each column its group's index. */
function layout(columns: number, groups: readonly SlopeGroup[]) {
  const groupOf: number[] = []
  groups.forEach((g, gi) => {
    for (let i = 0; i < g.size; i++) groupOf.push(gi)
  })
  while (groupOf.length < columns) groupOf.push(groups.length - 1)
  const x = groupOf.slice(0, columns).map((g, i) => i + g * (BREAK_GAP - 1))
  return { groupOf, x }
}

export function Slope({ data, height, textScale: k }: ChartProps<SlopeData>) {
  const { columns, series, minRank, maxRank } = data
  const groups = data.groups ?? [{ label: '', size: columns.length }]
  const { groupOf, x } = layout(columns.length, groups)
  const key = (s: SlopeSeries, g: number) => `${s.id}@${String(g)}`
  const rows = columns.map((column, i) => {
    const row: Record<string, string | number | null> = { column, x: x[i] ?? i }
    for (const s of series)
      groups.forEach((_, g) => {
        row[key(s, g)] = groupOf[i] === g ? (s.ranks[i] ?? null) : null
      })
    return row
  })
  const anyHighlighted = series.some((s) => s.highlighted)
  const labelSize = Math.round(13 * k)
  const last = columns.length - 1
  /** The last column of each group: labelled on its right. */
  const groupEnds = groups.map((_, g) => groupOf.lastIndexOf(g))
  type Side = 'left' | 'right'
  const labelText = (s: SlopeSeries, at: number, side: Side) =>
    side === 'left' ? `${s.name} ${s.ranks[at]}` : `${s.ranks[at]} ${s.name}`
  // Room either side for the longest label of that column, so none is cut off at the edge.
  const room = (at: number, side: Side) =>
    Math.max(
      60,
      ...series
        .filter((s) => s.ranks[at] != null)
        .map((s) => labelWidth(labelText(s, at, side), labelSize) + 16),
    )
  const grouped = groups.length > 1
  // Room above the first rank for the releases' names, clear of its labels.
  const top = grouped ? Math.round(52 * k) : 16
  const first = x[0] ?? 0
  const end = x[last] ?? last
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={INITIAL_SIZE}>
      <LineChart
        data={rows}
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
            release's top N only. Its dots and end labels are drawn by its shape from the points
            recharts has placed (see slopeShape): a Dot and a Label component per column per
            line made the chart the costliest part of a filter change. */}
        {series.flatMap((s, i) =>
          groups.flatMap((_, g) => {
            if (!s.ranks.some((r, c) => r != null && groupOf[c] === g)) return []
            const stroke = anyHighlighted && !s.highlighted ? MUTED_COLOUR : seriesColour(i)
            const strokeWidth = (s.highlighted ? 4 : 2.5) * Math.max(1, k * 0.8)
            const end = groupEnds[g] ?? last
            const labels: EndLabel[] = []
            if (g === 0 && s.ranks[0] != null)
              labels.push({ at: 0, side: 'left', text: labelText(s, 0, 'left') })
            if (s.ranks[end] != null)
              labels.push({ at: end, side: 'right', text: labelText(s, end, 'right') })
            return [
              <Line
                key={key(s, g)}
                dataKey={key(s, g)}
                name={s.name}
                stroke={stroke}
                strokeWidth={strokeWidth}
                strokeDasharray={seriesDash(i)}
                dot={false}
                activeDot={false}
                connectNulls={false}
                isAnimationActive={false}
                shape={slopeShape({
                  labels,
                  dotRadius: 4 * k,
                  fontSize: labelSize,
                  bold: s.highlighted === true,
                })}
              />,
            ]
          }),
        )}
      </LineChart>
    </ResponsiveContainer>
  )
}
