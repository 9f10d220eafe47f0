/**
 * Pledges against flows (recharts; loaded lazily): each annualised pledge hatched and outlined —
 * an intention — beside the economy's money actually invested in a year, filled.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type TooltipPayloadEntry,
} from 'recharts'
import { seriesColour } from '../../../components/chart/palette'
import { formatCompact, formatExact, formatNumber } from '../../../lib/format'
import type { PledgeBar } from '../model/pledges'
import { usePresentedHeight } from '../../../components/chart/use-presented-height'

const HATCH_ID = 'investment-pledge-hatch'
const PLEDGE_COLOUR = seriesColour(1)
const FLOW_COLOUR = seriesColour(0)

interface Props {
  readonly bars: readonly PledgeBar[]
  readonly unit: string
  readonly source: string
  readonly height: number
}

function shape(props: BarShapeProps) {
  const { x, y, width, height } = props
  const datum = props.payload as PledgeBar | undefined
  const pledge = datum?.kind === 'pledge'
  return (
    <rect
      x={x}
      y={y}
      width={Math.max(0, width)}
      height={height}
      fill={pledge ? `url(#${HATCH_ID})` : FLOW_COLOUR}
      stroke={pledge ? PLEDGE_COLOUR : 'none'}
      strokeWidth={pledge ? 2 : 0}
      strokeDasharray={pledge ? '5 3' : undefined}
    />
  )
}

function PledgeTooltip({
  active,
  payload,
  unit,
  source,
}: {
  readonly active: boolean | undefined
  readonly payload: readonly TooltipPayloadEntry[] | undefined
  readonly unit: string
  readonly source: string
}) {
  const datum = payload?.[0]?.payload as PledgeBar | undefined
  if (!active || !datum) return null
  return (
    <div className="inv-tooltip">
      <p className="inv-tooltip__title">{datum.name}</p>
      <p>
        {formatExact(datum.value)} {unit} — {datum.detail}
      </p>
      <p className="inv-tooltip__source">Source: {source}</p>
    </div>
  )
}

export function PledgesChart({ bars, unit, source, height }: Props) {
  const shownHeight = usePresentedHeight(height)
  return (
    <ResponsiveContainer
      width="100%"
      height={shownHeight}
      initialDimension={{ width: 800, height: shownHeight }}
    >
      <BarChart
        data={[...bars]}
        layout="vertical"
        margin={{ top: 4, right: 72, bottom: 4, left: 8 }}
      >
        <defs>
          <pattern
            id={HATCH_ID}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="var(--surface)" />
            <line x1="0" y1="0" x2="0" y2="6" stroke={PLEDGE_COLOUR} strokeWidth="2" />
          </pattern>
        </defs>
        <CartesianGrid horizontal={false} stroke="var(--border)" />
        <XAxis type="number" tickFormatter={formatCompact} stroke="var(--text-muted)" />
        <YAxis
          type="category"
          dataKey="name"
          width={250}
          interval={0}
          stroke="var(--text-muted)"
          tick={{ fontSize: 12 }}
        />
        <Tooltip
          cursor={{ fill: 'var(--surface-2)' }}
          content={({ active, payload }) => (
            <PledgeTooltip active={active} payload={payload} unit={unit} source={source} />
          )}
        />
        <Bar dataKey="value" isAnimationActive={false} shape={shape}>
          <LabelList
            dataKey="value"
            position="right"
            formatter={(v: unknown) => formatNumber(Number(v), 1)}
            fill="var(--text)"
            fontSize={12}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}
