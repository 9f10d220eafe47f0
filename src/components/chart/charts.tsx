/**
 * The chart renderers (recharts), shared by the panels. Stateless: they draw pre-computed
 * rows. Loaded lazily through ./lazy-charts so recharts stays out of the entry chunk.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Line,
  LineChart,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts'
import { formatCompact, formatExact, formatNumber } from '../../lib/format'
import { HIGHLIGHT_COLOUR, MUTED_COLOUR, seriesColour, seriesDash } from './palette'
import { StaticLine } from './static-line'
import { labelWidth, usePresentedHeight, useTextScale } from './use-presented-height'

export interface BarDatum {
  readonly id: string
  readonly name: string
  readonly value: number
  /** Drawn outlined (e.g. a pledge, not money invested). */
  readonly outlined?: boolean
  readonly highlighted?: boolean
  readonly detail?: string
}

interface BarsProps {
  readonly data: readonly BarDatum[]
  readonly unit: string
  readonly height: number
  readonly digits?: number
  readonly onSelect?: (id: string) => void
  readonly anySelected?: boolean
}

const INITIAL = { width: 800, height: 360 }

/** Horizontal ranked bars with direct value labels. */
export function RankedBars({
  data,
  unit,
  height,
  digits = 2,
  onSelect,
  anySelected = false,
}: BarsProps) {
  const shownHeight = usePresentedHeight(height)
  const k = useTextScale()
  return (
    <ResponsiveContainer width="100%" height={shownHeight} initialDimension={INITIAL}>
      <BarChart
        data={[...data]}
        layout="vertical"
        margin={{ top: 4, right: Math.round(72 * k), bottom: 4, left: 8 }}
      >
        <CartesianGrid horizontal={false} stroke="var(--border)" />
        <XAxis type="number" tickFormatter={formatCompact} stroke="var(--text-muted)" />
        <YAxis
          type="category"
          dataKey="name"
          width={Math.round(170 * k)}
          interval={0}
          stroke="var(--text-muted)"
          tick={{ fontSize: Math.round(13 * k) }}
        />
        <Tooltip
          cursor={{ fill: 'var(--surface-2)' }}
          formatter={(value, _name, item) => {
            const datum = item.payload as BarDatum
            return [
              `${formatExact(Number(value))} ${unit}${datum.detail ? ` — ${datum.detail}` : ''}`,
              datum.name,
            ]
          }}
          labelFormatter={() => ''}
        />
        <Bar
          dataKey="value"
          isAnimationActive={false}
          onClick={(d: { payload?: BarDatum }) => d.payload && onSelect?.(d.payload.id)}
        >
          {data.map((d) => (
            // Cell is deprecated in recharts 3 but still the only per-bar styling that keeps labels.
            // eslint-disable-next-line @typescript-eslint/no-deprecated
            <Cell
              key={d.id}
              fill={
                d.outlined
                  ? 'transparent'
                  : d.highlighted
                    ? HIGHLIGHT_COLOUR
                    : anySelected
                      ? MUTED_COLOUR
                      : seriesColour(0)
              }
              stroke={d.outlined ? seriesColour(1) : 'none'}
              strokeWidth={d.outlined ? 2 : 0}
              strokeDasharray={d.outlined ? '5 3' : undefined}
              cursor={onSelect ? 'pointer' : undefined}
            />
          ))}
          <LabelList
            dataKey="value"
            position="right"
            formatter={(v: unknown) => formatNumber(Number(v), digits)}
            fill="var(--text)"
            fontSize={Math.round(13 * k)}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}

export interface LineSeries {
  readonly id: string
  readonly name: string
  /** One value per year of `years`; null = gap (drawn as a gap, never as zero). */
  readonly values: readonly (number | null)[]
  readonly highlighted?: boolean
}

interface LinesProps {
  readonly years: readonly number[]
  readonly series: readonly LineSeries[]
  readonly unit: string
  readonly height: number
  readonly log?: boolean
}

/** Lines over years, each series with its own colour and dash (second encoding), gaps kept. */
export function TrendLines({ years, series, unit, height, log = false }: LinesProps) {
  const rows = years.map((year, i) => {
    const row: Record<string, number | null> = { year }
    for (const s of series)
      row[s.id] = log && (s.values[i] ?? 0) <= 0 ? null : (s.values[i] ?? null)
    return row
  })
  const anyHighlighted = series.some((s) => s.highlighted)
  const shownHeight = usePresentedHeight(height)
  const labelSize = Math.round(12 * useTextScale())
  // Room on the right for the longest direct label, so none is cut off at the edge.
  const right = Math.max(40, ...series.map((s) => labelWidth(s.name, labelSize) + 12))
  return (
    <ResponsiveContainer width="100%" height={shownHeight} initialDimension={INITIAL}>
      <LineChart data={rows} margin={{ top: 8, right, bottom: 4, left: 8 }}>
        <CartesianGrid stroke="var(--border)" />
        <XAxis dataKey="year" stroke="var(--text-muted)" />
        <YAxis
          scale={log ? 'log' : 'auto'}
          domain={log ? ['auto', 'auto'] : [0, 'auto']}
          allowDataOverflow={log}
          tickFormatter={formatCompact}
          stroke="var(--text-muted)"
        />
        <Tooltip
          formatter={(value, name) => [
            `${formatExact(Number(value))} ${unit}`,
            series.find((s) => s.id === name)?.name ?? String(name),
          ]}
        />
        {series.map((s, i) => (
          <Line
            key={s.id}
            dataKey={s.id}
            name={s.id}
            stroke={anyHighlighted && !s.highlighted ? MUTED_COLOUR : seriesColour(i)}
            strokeWidth={s.highlighted ? 4 : 2.5}
            strokeDasharray={seriesDash(i)}
            // Markers are solid rings: the dash pattern tells the lines apart, not the points.
            dot={{ r: 3, strokeDasharray: 'none' }}
            connectNulls={false}
            isAnimationActive={false}
            shape={StaticLine}
          >
            <LabelList
              dataKey={s.id}
              content={(props: { x?: number | string; y?: number | string; index?: number }) =>
                props.index === lastIndex(s.values) ? (
                  <text
                    x={Number(props.x) + 6}
                    y={Number(props.y) + 4}
                    fill="var(--text)"
                    fontSize={labelSize}
                  >
                    {s.name}
                  </text>
                ) : null
              }
            />
          </Line>
        ))}
      </LineChart>
    </ResponsiveContainer>
  )
}

function lastIndex(values: readonly (number | null)[]): number {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null) return i
  return -1
}

export interface ScatterDatum {
  readonly id: string
  readonly name: string
  readonly x: number
  readonly y: number
  readonly highlighted?: boolean
  readonly detail?: string
}

interface ScatterProps {
  readonly data: readonly ScatterDatum[]
  readonly xLabel: string
  readonly yLabel: string
  readonly height: number
  readonly log?: boolean
  readonly onSelect?: (id: string) => void
}

/** A labelled scatter (each point named), optional log–log. */
export function LabelledScatter({
  data,
  xLabel,
  yLabel,
  height,
  log = false,
  onSelect,
}: ScatterProps) {
  const anyHighlighted = data.some((d) => d.highlighted)
  const shownHeight = usePresentedHeight(height)
  return (
    <ResponsiveContainer width="100%" height={shownHeight} initialDimension={INITIAL}>
      <ScatterChart margin={{ top: 8, right: 40, bottom: 24, left: 8 }}>
        <CartesianGrid stroke="var(--border)" />
        <XAxis
          type="number"
          dataKey="x"
          name={xLabel}
          scale={log ? 'log' : 'auto'}
          domain={['auto', 'auto']}
          tickFormatter={formatCompact}
          stroke="var(--text-muted)"
          label={{
            value: xLabel,
            position: 'insideBottom',
            offset: -12,
            fill: 'var(--text-muted)',
          }}
        />
        <YAxis
          type="number"
          dataKey="y"
          name={yLabel}
          scale={log ? 'log' : 'auto'}
          domain={['auto', 'auto']}
          tickFormatter={formatCompact}
          stroke="var(--text-muted)"
        />
        <ZAxis range={[90, 90]} />
        <Tooltip
          formatter={(value, name) => [formatExact(Number(value)), String(name)]}
          labelFormatter={() => ''}
        />
        <Scatter
          data={[...data]}
          isAnimationActive={false}
          onClick={(d: { payload?: ScatterDatum }) => d.payload && onSelect?.(d.payload.id)}
        >
          {data.map((d) => (
            // Cell is deprecated in recharts 3 but still the only per-bar styling that keeps labels.
            // eslint-disable-next-line @typescript-eslint/no-deprecated
            <Cell
              key={d.id}
              fill={
                d.highlighted ? HIGHLIGHT_COLOUR : anyHighlighted ? MUTED_COLOUR : seriesColour(0)
              }
              cursor={onSelect ? 'pointer' : undefined}
            />
          ))}
          <LabelList dataKey="name" position="right" fill="var(--text)" fontSize={12} />
        </Scatter>
      </ScatterChart>
    </ResponsiveContainer>
  )
}

export interface SlopeSeries {
  readonly id: string
  readonly name: string
  /** Rank in each column (null: not in that edition's published top N). */
  readonly ranks: readonly (number | null)[]
  readonly highlighted?: boolean
}

interface SlopeProps {
  readonly columns: readonly string[]
  readonly series: readonly SlopeSeries[]
  /** The ranks the vertical scale spans (the best on top). */
  readonly minRank: number
  readonly maxRank: number
  readonly height: number
}

/** A bump / slope chart of ranks between editions (rank 1 on top). */
export function RankSlope({ columns, series, minRank, maxRank, height }: SlopeProps) {
  const rows = columns.map((column, i) => {
    const row: Record<string, string | number | null> = { column }
    for (const s of series) row[s.id] = s.ranks[i] ?? null
    return row
  })
  const anyHighlighted = series.some((s) => s.highlighted)
  const labelSize = Math.round(13 * useTextScale())
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
  const shownHeight = usePresentedHeight(height)
  return (
    <ResponsiveContainer width="100%" height={shownHeight} initialDimension={INITIAL}>
      <LineChart
        data={rows}
        margin={{ top: 16, right: room(columns.length - 1), bottom: 8, left: room(0) }}
      >
        <XAxis dataKey="column" stroke="var(--text-muted)" padding={{ left: 10, right: 10 }} />
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
            strokeWidth={s.highlighted ? 4 : 2.5}
            strokeDasharray={seriesDash(i)}
            // Markers are solid rings: the dash pattern tells the lines apart, not the points.
            dot={{ r: 4, strokeDasharray: 'none' }}
            connectNulls={false}
            isAnimationActive={false}
            shape={StaticLine}
          >
            <LabelList dataKey={s.id} content={label(s, 0)} />
            <LabelList dataKey={s.id} content={label(s, columns.length - 1)} />
          </Line>
        ))}
      </LineChart>
    </ResponsiveContainer>
  )
}
