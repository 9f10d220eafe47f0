/**
 * Horizontal bars, one row per entity, with direct value labels: ranked figures, the published
 * ranking (rows without a published score carry the reason instead of a bar) and pledges
 * against flows (a pledge hatched and outlined: an intention, not money invested). A figure
 * quoted in the debate is a dashed ring at its value on its row, with its number after the
 * bar's label: an annotation, never a bar. The value axis starts at zero with nice steps
 * labelled at their precision. Stateless.
 */
import {
  Bar,
  BarChart,
  type BarShapeProps,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  useXAxisScale,
  useYAxisScale,
} from 'recharts'
import type { ChartProps } from '../../figure/figure-types'
import { fixedAxis } from '../../../lib/axis-ticks'
import { seriesColour } from '../palette'
import { axisProps, valueAxis } from './axis'
import { barColour } from './bar-colours'
import { ChartTip, INITIAL_SIZE, labelWidth } from './chart-tip'
import { barRect, plainTick } from './plain-marks'
import { fitBars, rowHeight } from './fit-bars'

export interface BarDatum {
  readonly id: string
  readonly label: string
  /** null: no bar (the row says why in `missingText`), never a zero bar. */
  readonly value: number | null
  /** The label beside the bar ('' for none). */
  readonly valueText: string
  /** Said where there is no bar: "score not published", "not in the published top 8". */
  readonly missingText?: string
  readonly highlighted?: boolean
  /** Hatched and outlined: a pledge, not money invested. */
  readonly hatched?: boolean
  /** Tooltip lines. */
  readonly detail?: readonly string[]
  /** A figure quoted in the debate for this row: a dashed ring at `value`, `label` ("[5]") after the bar's. */
  readonly claimed?: { readonly value: number; readonly label: string }
}

export interface BarsData {
  readonly bars: readonly BarDatum[]
  /** A fixed scale (the published 0–100); default: from zero to the largest value. */
  readonly domain?: readonly [number, number]
  readonly ticks?: readonly number[]
  /** Whether clicking a bar selects its entity. */
  readonly selectable?: boolean
  /** One line under the bars (e.g. how many countries in view a ranking leaves out). */
  readonly note?: string
}

const HATCH_ID = 'bars-hatch'

export function Bars({ data, height, textScale: k, onSelect }: ChartProps<BarsData>) {
  const fontSize = Math.round(13 * k)
  // In a box too short for every row (a slide), the top rows and the highlighted ones.
  // A note under the bars takes one row of the box.
  const box = data.note ? height - rowHeight(fontSize) : height
  const { bars, hidden } = fitBars(data.bars, box, fontSize)
  const anySelected = bars.some((d) => d.highlighted)
  const axisWidth = Math.min(
    Math.round(260 * k),
    Math.max(Math.round(90 * k), ...bars.map((b) => labelWidth(b.label, fontSize) + 12)),
  )
  const ring = Math.round(6 * k)
  const right = Math.max(
    Math.round(56 * k),
    ...bars.map(
      (b) => labelWidth(b.missingText ?? labelText(b), fontSize) + 12 + (b.claimed ? 2 * ring : 0),
    ),
  )
  const click = data.selectable && onSelect ? onSelect : undefined
  const axis =
    data.domain && data.ticks
      ? fixedAxis(data.domain, data.ticks)
      : valueAxis(
          bars.flatMap((b) => [
            ...(b.value === null ? [] : [b.value]),
            ...(b.claimed ? [b.claimed.value] : []),
          ]),
          { log: false, length: 360 },
        )
  const byId = new Map(bars.map((b) => [b.id, b]))
  const fill = (d: BarDatum) => (d.hatched ? `url(#${HATCH_ID})` : barColour(d, anySelected))
  return (
    <>
      <ResponsiveContainer
        width="100%"
        height={hidden ? box - rowHeight(fontSize) : box}
        initialDimension={INITIAL_SIZE}
      >
        <BarChart data={[...bars]} layout="vertical" margin={{ top: 4, right, bottom: 4, left: 8 }}>
          {bars.some((b) => b.hatched) ? (
            <defs>
              <pattern
                id={HATCH_ID}
                width="6"
                height="6"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width="6" height="6" fill="var(--surface)" />
                <line x1="0" y1="0" x2="0" y2="6" stroke={seriesColour(1)} strokeWidth="2" />
              </pattern>
            </defs>
          ) : null}
          <CartesianGrid horizontal={false} stroke="var(--border)" />
          <XAxis
            type="number"
            {...axisProps(axis)}
            // A fixed scale holds even when no bar in view has a value (e.g. no published score).
            allowDataOverflow={data.domain !== undefined}
            stroke="var(--text-muted)"
            tick={plainTick(fontSize)}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={axisWidth}
            interval={0}
            stroke="var(--text-muted)"
            // The tick also carries, right of the axis, why a row has no bar: nothing to draw,
            // only to say.
            tick={(props: { x?: number | string; y?: number | string; index?: number }) => {
              const d = bars[props.index ?? -1]
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
                  {d?.value === null && d.missingText ? (
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
              const d = payload?.[0]?.payload as BarDatum | undefined
              return active && d ? (
                <ChartTip title={d.label} lines={d.detail ?? [d.valueText]} />
              ) : null
            }}
          />
          <Bar
            dataKey="value"
            isAnimationActive={false}
            onClick={(d: { payload?: BarDatum }) => d.payload && click?.(d.payload.id)}
            // Each bar drawn as one rect of its own style; its label is drawn apart (BarValues).
            shape={(p: BarShapeProps) => {
              // By the row's id: recharts numbers only the rows it draws (not those without a value).
              const d = byId.get((p.payload as Partial<BarDatum> | undefined)?.id ?? '')
              if (!d || d.value === null) return <g />
              return barRect(p, {
                fill: fill(d),
                stroke: d.hatched ? seriesColour(1) : 'none',
                strokeWidth: d.hatched ? 2 : 0,
                strokeDasharray: d.hatched ? '5 3' : undefined,
                cursor: click ? 'pointer' : undefined,
              })
            }}
          />
          <BarValues bars={bars} fontSize={fontSize} ring={ring} />
          {bars.some((b) => b.claimed) ? <ClaimRings bars={bars} ring={ring} /> : null}
        </BarChart>
      </ResponsiveContainer>
      {hidden ? (
        <p className="chart-more" style={{ fontSize }}>
          {`+ ${String(hidden)} more ${hidden === 1 ? 'row' : 'rows'}, in the figure’s table`}
        </p>
      ) : null}
      {data.note ? (
        <p className="chart-more" style={{ fontSize }}>
          {data.note}
        </p>
      ) : null}
    </>
  )
}

/** The label after a bar: its value, then the number of a claim quoted for its row. */
function labelText(d: BarDatum): string {
  return d.claimed ? `${d.valueText}  ${d.claimed.label}` : d.valueText
}

/**
 * Every bar's label, right of the bar — and right of its claim's ring, so the two never
 * overlap. Drawn from the chart's scales in one pass: a recharts label per bar was the larger
 * part of a bar chart's render on every filter change.
 */
function BarValues({
  bars,
  fontSize,
  ring,
}: {
  readonly bars: readonly BarDatum[]
  readonly fontSize: number
  readonly ring: number
}) {
  const xScale = useXAxisScale()
  const yScale = useYAxisScale()
  if (!xScale || !yScale) return null
  const zero = xScale(0)
  return (
    <g className="bars__values">
      {bars.flatMap((d) => {
        // A row without a bar says why beside its name (the axis tick), not here.
        if (d.value === null) return []
        const at = xScale(d.value)
        const y = yScale(d.label, { position: 'middle' })
        if (at === undefined || y === undefined) return []
        const end = zero === undefined ? at : Math.max(at, zero)
        const claimX = d.claimed ? xScale(d.claimed.value) : undefined
        const start = Math.max(end, claimX === undefined ? end : claimX + ring) + 5
        return [
          <text
            key={d.id}
            className="chart-label"
            x={start}
            y={y}
            dominantBaseline="central"
            fill="var(--text)"
            fontSize={fontSize}
          >
            {labelText(d)}
          </text>,
        ]
      })}
    </g>
  )
}

/** Dashed rings where figures quoted in the debate sit on their rows (claims, not data). */
function ClaimRings({ bars, ring }: { readonly bars: readonly BarDatum[]; readonly ring: number }) {
  const xScale = useXAxisScale()
  const yScale = useYAxisScale()
  if (!xScale || !yScale) return null
  return (
    <g className="chart-ring">
      {bars.flatMap((d) => {
        if (!d.claimed) return []
        const cx = xScale(d.claimed.value)
        const cy = yScale(d.label, { position: 'middle' })
        if (cx === undefined || cy === undefined) return []
        return [
          <circle
            key={d.id}
            cx={cx}
            cy={cy}
            r={ring}
            fill="none"
            stroke="var(--text)"
            strokeDasharray="3 2"
            strokeWidth={1.5}
          />,
        ]
      })}
    </g>
  )
}
