/**
 * The output-per-dollar scatter (recharts; loaded lazily through ./lazy-output-scatter). Its
 * tooltip gives the exact inputs, the ratio (computed here) and what the ratio leaves out.
 */
import {
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts'
import { HIGHLIGHT_COLOUR, MUTED_COLOUR, seriesColour } from '../../../components/chart/palette'
import { formatCompact, formatExact, formatNumber } from '../../../lib/format'
import { logTicks } from '../model/log-ticks'
import { LEAVES_OUT } from './caveats'

export interface ScatterPoint {
  readonly id: string
  readonly name: string
  readonly x: number
  readonly y: number
  readonly ratio: number | null
  readonly highlighted: boolean
}

export interface OutputScatterProps {
  readonly data: readonly ScatterPoint[]
  readonly xLabel: string
  readonly yLabel: string
  readonly height: number
  readonly log: boolean
  readonly onSelect: (id: string) => void
}

function TooltipBody({
  point,
  xLabel,
  yLabel,
}: {
  point: ScatterPoint
  xLabel: string
  yLabel: string
}) {
  return (
    <div className="models-tooltip">
      <p className="models-tooltip__title">{point.name}</p>
      <p>{`${xLabel}: $${formatExact(point.x)}bn`}</p>
      <p>{`${yLabel}: ${formatExact(point.y)}`}</p>
      <p>{`Models per $10bn (computed here): ${formatNumber(point.ratio)}`}</p>
      <p className="models-tooltip__note">{LEAVES_OUT}</p>
      <p className="models-tooltip__note">Source: AI Index 2026 (Quid; Epoch AI)</p>
    </div>
  )
}

export function OutputScatter({ data, xLabel, yLabel, height, log, onSelect }: OutputScatterProps) {
  const anyHighlighted = data.some((d) => d.highlighted)
  const scale = log ? 'log' : 'auto'
  const xTicks = log ? logTicks(data.map((d) => d.x)) : undefined
  const yTicks = log ? logTicks(data.map((d) => d.y)) : undefined
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ width: 800, height: 360 }}
    >
      <ScatterChart margin={{ top: 8, right: 110, bottom: 28, left: 8 }}>
        <CartesianGrid stroke="var(--border)" />
        <XAxis
          type="number"
          dataKey="x"
          name={xLabel}
          scale={scale}
          ticks={xTicks}
          domain={xTicks ? [xTicks[0] ?? 'auto', xTicks.at(-1) ?? 'auto'] : ['auto', 'auto']}
          tickFormatter={formatCompact}
          stroke="var(--text-muted)"
          label={{
            value: xLabel,
            position: 'insideBottom',
            offset: -14,
            fill: 'var(--text-muted)',
          }}
        />
        <YAxis
          type="number"
          dataKey="y"
          name={yLabel}
          scale={scale}
          ticks={yTicks}
          domain={yTicks ? [yTicks[0] ?? 'auto', yTicks.at(-1) ?? 'auto'] : ['auto', 'auto']}
          tickFormatter={formatCompact}
          stroke="var(--text-muted)"
          label={{
            value: 'Notable models',
            angle: -90,
            position: 'insideLeft',
            fill: 'var(--text-muted)',
          }}
        />
        <ZAxis range={[90, 90]} />
        <Tooltip
          content={({ active, payload }) => {
            const point = active ? (payload[0]?.payload as ScatterPoint | undefined) : undefined
            return point ? <TooltipBody point={point} xLabel={xLabel} yLabel={yLabel} /> : null
          }}
        />
        <Scatter
          data={[...data]}
          isAnimationActive={false}
          onClick={(d: { payload?: ScatterPoint }) => d.payload && onSelect(d.payload.id)}
        >
          {data.map((d) => (
            // Cell is deprecated in recharts 3 but is still the per-point styling that keeps labels.
            // eslint-disable-next-line @typescript-eslint/no-deprecated
            <Cell
              key={d.id}
              fill={
                d.highlighted ? HIGHLIGHT_COLOUR : anyHighlighted ? MUTED_COLOUR : seriesColour(0)
              }
              cursor="pointer"
            />
          ))}
          <LabelList dataKey="name" position="right" fill="var(--text)" fontSize={12} />
        </Scatter>
      </ScatterChart>
    </ResponsiveContainer>
  )
}
