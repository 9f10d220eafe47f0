/**
 * A bump / slope chart of ranks between editions (rank 1 on top), labelled at both ends.
 * Columns can come in groups (the data years of one release): a line never crosses from one
 * group to the next, since each release ranks with its own method; the break is a dashed rule
 * and every group's last column is labelled, so its points read on their own. Stateless.
 */
import {
  LabelList,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts'
import type { ChartProps } from '../../figure/figure-types'
import { MUTED_COLOUR, seriesColour, seriesDash } from '../palette'
import { StaticLine } from '../static-line'
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
  const label =
    (s: SlopeSeries, at: number, side: Side) =>
    (props: { x?: number | string; y?: number | string; index?: number }) =>
      props.index === at && s.ranks[at] != null ? (
        <text
          x={Number(props.x) + (side === 'left' ? -8 : 8)}
          y={Number(props.y) + 4}
          textAnchor={side === 'left' ? 'end' : 'start'}
          fill="var(--text)"
          fontSize={labelSize}
          fontWeight={s.highlighted ? 700 : 400}
        >
          {labelText(s, at, side)}
        </text>
      ) : null
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
        {series.flatMap((s, i) =>
          groups.map((_, g) => (
            <Line
              key={key(s, g)}
              dataKey={key(s, g)}
              name={s.name}
              stroke={anyHighlighted && !s.highlighted ? MUTED_COLOUR : seriesColour(i)}
              strokeWidth={(s.highlighted ? 4 : 2.5) * Math.max(1, k * 0.8)}
              strokeDasharray={seriesDash(i)}
              // Markers are solid rings: the dash pattern tells the lines apart, not the points.
              dot={{ r: 4 * k, strokeDasharray: 'none' }}
              connectNulls={false}
              isAnimationActive={false}
              shape={StaticLine}
            >
              {g === 0 ? <LabelList content={label(s, 0, 'left')} dataKey={key(s, g)} /> : null}
              <LabelList content={label(s, groupEnds[g] ?? last, 'right')} dataKey={key(s, g)} />
            </Line>
          )),
        )}
      </LineChart>
    </ResponsiveContainer>
  )
}
