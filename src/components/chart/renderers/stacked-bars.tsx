/**
 * Parts of a whole, stacked per row (a computed index's pillar contributions); or, `grouped`,
 * measures side by side per row that do not add up (a release's pillar scores), each labelled
 * with its value. Stateless.
 */
import {
  Bar,
  BarChart,
  type BarShapeProps,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { ChartProps } from '../../figure/figure-types'
import { fixedAxis } from '../../../lib/axis-ticks'
import { MUTED_COLOUR, seriesColour } from '../palette'
import { axisProps } from './axis'
import { ChartTip, INITIAL_SIZE, labelWidth } from './chart-tip'
import { barEndText, barRect, plainTick } from './plain-marks'

export interface StackedRow {
  readonly id: string
  readonly label: string
  /** Value of each part, in the order of `parts`. */
  readonly values: readonly number[]
  /** Tooltip lines. */
  readonly detail: readonly string[]
  /** Grouped: the label beside each part's bar, in the order of `parts`. */
  readonly texts?: readonly string[]
}

export interface StackedData {
  readonly parts: readonly { readonly id: string; readonly label: string }[]
  readonly rows: readonly StackedRow[]
  readonly domain: readonly [number, number]
  readonly ticks: readonly number[]
  /** 'grouped': one bar per part, side by side, never stacked (default 'stacked'). */
  readonly layout?: 'stacked' | 'grouped'
}

const PART_COLOURS = [seriesColour(0), seriesColour(4), seriesColour(2)]

export function StackedBars({ data, height, textScale: k }: ChartProps<StackedData>) {
  const fontSize = Math.round(13 * k)
  const grouped = data.layout === 'grouped'
  const rows = data.rows.map((r) => ({
    ...Object.fromEntries(data.parts.map((p, i) => [p.id, r.values[i] ?? 0])),
    id: r.id,
    label: r.label,
    detail: r.detail,
  }))
  // A bar's label by its row's id (recharts numbers only the bars it draws).
  const byId = new Map(data.rows.map((r) => [r.id, r]))
  const textOf = (payload: unknown, part: number) =>
    byId.get((payload as { id?: string } | undefined)?.id ?? '')?.texts?.[part] ?? ''
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={INITIAL_SIZE}>
      <BarChart
        data={rows}
        layout="vertical"
        margin={{ top: 4, right: Math.round(60 * k), bottom: 4, left: 8 }}
      >
        <CartesianGrid horizontal={false} stroke="var(--border)" />
        <XAxis
          type="number"
          {...axisProps(fixedAxis(data.domain, data.ticks))}
          stroke="var(--text-muted)"
          tick={plainTick(fontSize)}
        />
        <YAxis
          type="category"
          dataKey="label"
          interval={0}
          width={Math.max(...data.rows.map((r) => labelWidth(r.label, fontSize) + 12), 80)}
          stroke="var(--text-muted)"
          tick={plainTick(fontSize)}
        />
        <Tooltip
          cursor={{ fill: 'var(--surface-2)' }}
          content={({ active, payload }) => {
            const d = payload?.[0]?.payload as (typeof rows)[number] | undefined
            return active && d ? <ChartTip title={d.label} lines={d.detail} /> : null
          }}
        />
        <Legend wrapperStyle={{ fontSize }} />
        {data.parts.map((p, i) => (
          <Bar
            key={p.id}
            dataKey={p.id}
            name={p.label}
            stackId={grouped ? undefined : 'whole'}
            isAnimationActive={false}
            fill={PART_COLOURS[i] ?? MUTED_COLOUR}
            // Each bar one rect, and grouped, its label beside it: no recharts shape and label
            // components per bar (a release's 29 countries × 2 pillars).
            shape={(b: BarShapeProps) => (
              <g>
                {barRect(b, { fill: b.fill })}
                {grouped ? barEndText(b, textOf(b.payload, i), fontSize) : null}
              </g>
            )}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  )
}
