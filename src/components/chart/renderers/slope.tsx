/** A bump / slope chart of ranks between editions (rank 1 on top), labelled at both ends. Stateless. */
import { LabelList, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts'
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

export interface SlopeData {
  readonly columns: readonly string[]
  readonly series: readonly SlopeSeries[]
  /** The ranks the vertical scale spans (the best on top). */
  readonly minRank: number
  readonly maxRank: number
  /** The largest published top N among the columns (the chart's height follows it). */
  readonly maxTopN: number
}

export function Slope({ data, height, textScale: k }: ChartProps<SlopeData>) {
  const { columns, series, minRank, maxRank } = data
  const rows = columns.map((column, i) => {
    const row: Record<string, string | number | null> = { column }
    for (const s of series) row[s.id] = s.ranks[i] ?? null
    return row
  })
  const anyHighlighted = series.some((s) => s.highlighted)
  const labelSize = Math.round(13 * k)
  const last = columns.length - 1
  const labelText = (s: SlopeSeries, at: number) =>
    at === 0 ? `${s.name} ${s.ranks[at]}` : `${s.ranks[at]} ${s.name}`
  // Room either side for the longest label of that column, so none is cut off at the edge.
  const room = (at: number) =>
    Math.max(
      60,
      ...series
        .filter((s) => s.ranks[at] != null)
        .map((s) => labelWidth(labelText(s, at), labelSize) + 16),
    )
  const label =
    (s: SlopeSeries, at: number) =>
    (props: { x?: number | string; y?: number | string; index?: number }) =>
      props.index === at && s.ranks[at] != null ? (
        <text
          x={Number(props.x) + (at === 0 ? -8 : 8)}
          y={Number(props.y) + 4}
          textAnchor={at === 0 ? 'end' : 'start'}
          fill="var(--text)"
          fontSize={labelSize}
          fontWeight={s.highlighted ? 700 : 400}
        >
          {labelText(s, at)}
        </text>
      ) : null
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={INITIAL_SIZE}>
      <LineChart data={rows} margin={{ top: 16, right: room(last), bottom: 8, left: room(0) }}>
        <XAxis
          dataKey="column"
          stroke="var(--text-muted)"
          padding={{ left: 10, right: 10 }}
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
        {series.map((s, i) => (
          <Line
            key={s.id}
            dataKey={s.id}
            stroke={anyHighlighted && !s.highlighted ? MUTED_COLOUR : seriesColour(i)}
            strokeWidth={(s.highlighted ? 4 : 2.5) * Math.max(1, k * 0.8)}
            strokeDasharray={seriesDash(i)}
            // Markers are solid rings: the dash pattern tells the lines apart, not the points.
            dot={{ r: 4 * k, strokeDasharray: 'none' }}
            connectNulls={false}
            isAnimationActive={false}
            shape={StaticLine}
          >
            <LabelList content={label(s, 0)} dataKey={s.id} />
            <LabelList content={label(s, last)} dataKey={s.id} />
          </Line>
        ))}
      </LineChart>
    </ResponsiveContainer>
  )
}
