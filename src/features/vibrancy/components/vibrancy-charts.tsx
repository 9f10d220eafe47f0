/**
 * Recharts renderers of the vibrancy panel (stateless; loaded lazily through
 * ./lazy-vibrancy-charts so recharts stays out of the entry chunk).
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { HIGHLIGHT_COLOUR, MUTED_COLOUR, seriesColour } from '../../../components/chart/palette'
import { formatExact } from '../../../lib/format'
import { usePresentedHeight, useTextScale } from '../../../components/chart/use-presented-height'

const INITIAL = { width: 800, height: 360 }

export interface PublishedDatum {
  readonly id: string
  /** "1. United States", or "— France" outside the top N. */
  readonly label: string
  /** The published score; null where none was published (no bar is drawn, never a guess). */
  readonly score: number | null
  /** Label beside the bar: the score as published, or '' where there is no bar. */
  readonly scoreText: string
  /** Label where there is no bar: "score not published" or "not in the published top N". */
  readonly missingText: string
  /** Tooltip lines: rank, score, edition, source. */
  readonly detail: string
  readonly highlighted: boolean
}

/** The published ranking: one row per rank, a bar only where a score was published. */
export function PublishedBars({
  data,
  height,
}: {
  readonly data: readonly PublishedDatum[]
  readonly height: number
}) {
  const anySelected = data.some((d) => d.highlighted)
  const shownHeight = usePresentedHeight(height)
  const k = useTextScale()
  const fontSize = Math.round(13 * k)
  return (
    <ResponsiveContainer width="100%" height={shownHeight} initialDimension={INITIAL}>
      <BarChart
        data={[...data]}
        layout="vertical"
        margin={{ top: 4, right: Math.round(150 * k), bottom: 4, left: 8 }}
      >
        <CartesianGrid horizontal={false} stroke="var(--border)" />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          // The 0–100 scale holds even when no score in view was published (e.g. EU-27): without
          // this recharts finds no numbers and draws the axis with no ticks.
          allowDataOverflow
          stroke="var(--text-muted)"
        />
        <YAxis
          type="category"
          dataKey="label"
          width={Math.round(170 * k)}
          interval={0}
          stroke="var(--text-muted)"
          // The tick also carries, right of the axis, why a row has no bar ("score not
          // published", "not in the published top N"): there is nothing to draw, only to say.
          tick={(props: { x?: number | string; y?: number | string; index?: number }) => {
            const d = data[props.index ?? -1]
            const x = Number(props.x)
            const y = Number(props.y)
            return (
              <g>
                <text
                  x={x - 4}
                  y={y + 4}
                  textAnchor="end"
                  fontSize={fontSize}
                  fill="var(--text)"
                  fontWeight={d?.highlighted ? 700 : 400}
                >
                  {d?.label}
                </text>
                {d?.missingText ? (
                  <text
                    x={x + 8}
                    y={y + 4}
                    fontSize={fontSize}
                    fill="var(--text-muted)"
                    fontStyle="italic"
                  >
                    {d.missingText}
                  </text>
                ) : null}
              </g>
            )
          }}
        />
        <Tooltip
          cursor={{ fill: 'var(--surface-2)' }}
          content={({ active, payload }) => {
            const d = payload?.[0]?.payload as PublishedDatum | undefined
            return active && d ? <ChartTip title={d.label} lines={d.detail.split('\n')} /> : null
          }}
        />
        <Bar dataKey="score" isAnimationActive={false}>
          {data.map((d) => (
            // Cell is deprecated in recharts 3 but still the only per-bar styling that keeps labels.
            // eslint-disable-next-line @typescript-eslint/no-deprecated
            <Cell
              key={d.id}
              fill={d.highlighted ? HIGHLIGHT_COLOUR : anySelected ? MUTED_COLOUR : seriesColour(0)}
            />
          ))}
          <LabelList dataKey="scoreText" position="right" fill="var(--text)" fontSize={fontSize} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}

function ChartTip({ title, lines }: { readonly title: string; readonly lines: readonly string[] }) {
  return (
    <div className="vib-tip">
      <p className="vib-tip__title">{title}</p>
      {lines.map((l) => (
        <p key={l}>{l}</p>
      ))}
    </div>
  )
}

export interface ContributionDatum {
  readonly id: string
  readonly name: string
  /** Points of the index by pillar id. */
  readonly [pillar: string]: string | number
}

/** Pillar contributions to the index, stacked: they add up to each country's index. */
export function ContributionBars({
  data,
  pillars,
  height,
  source,
}: {
  readonly data: readonly ContributionDatum[]
  readonly pillars: readonly { readonly id: string; readonly label: string }[]
  readonly height: number
  readonly source: string
}) {
  const shownHeight = usePresentedHeight(height)
  const k = useTextScale()
  return (
    <ResponsiveContainer width="100%" height={shownHeight} initialDimension={INITIAL}>
      <BarChart
        data={[...data]}
        layout="vertical"
        margin={{ top: 4, right: Math.round(60 * k), bottom: 4, left: 8 }}
      >
        <CartesianGrid horizontal={false} stroke="var(--border)" />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          stroke="var(--text-muted)"
        />
        <YAxis
          type="category"
          dataKey="name"
          width={Math.round(150 * k)}
          stroke="var(--text-muted)"
          tick={{ fontSize: Math.round(13 * k) }}
        />
        <Tooltip
          cursor={{ fill: 'var(--surface-2)' }}
          content={({ active, payload }) => {
            const d = payload?.[0]?.payload as ContributionDatum | undefined
            if (!active || !d) return null
            const lines = pillars.map(
              (p) => `${p.label}: ${formatExact(Number(d[p.id]))} index points (computed here)`,
            )
            return <ChartTip title={d.name} lines={[...lines, source]} />
          }}
        />
        <Legend />
        {pillars.map((p, i) => (
          <Bar
            key={p.id}
            dataKey={p.id}
            name={p.label}
            stackId="index"
            isAnimationActive={false}
            fill={i === 0 ? seriesColour(0) : i === 1 ? seriesColour(4) : MUTED_COLOUR}
            stroke={HIGHLIGHT_COLOUR}
            strokeWidth={0}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  )
}
