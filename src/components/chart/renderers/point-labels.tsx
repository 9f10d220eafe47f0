/**
 * The names of a scatter's points, placed so none overlaps another or a mark (src/lib/
 * label-place): beside the point where there is room, further out with a leader line where
 * points crowd, and left out only where no spot is free (the tooltip and the table still name
 * the point). Drawn inside the chart from its scales (recharts hooks), after layout.
 */
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts'
import { placeLabels } from '../../../lib/label-place'
import { labelWidth } from './chart-tip'
import { lineHeight } from './line-labels'

export interface NamedPoint {
  readonly id: string
  readonly name: string
  readonly x: number
  readonly y: number
  readonly highlighted?: boolean
}

interface Props {
  readonly points: readonly NamedPoint[]
  readonly fontSize: number
  readonly radius: number
  /** Room right of the plot area the names may use (the chart's right margin). */
  readonly right: number
}

export function PointLabels({ points, fontSize, radius, right }: Props) {
  const xScale = useXAxisScale()
  const yScale = useYAxisScale()
  const plot = usePlotArea()
  if (!xScale || !yScale || !plot) return null
  const located = points.flatMap((p) => {
    const x = xScale(p.x)
    const y = yScale(p.y)
    return x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)
      ? []
      : [{ ...p, px: x, py: y }]
  })
  // The highlighted point is named first; then from the top of the chart down, so the leaders
  // (more room above the crowd of small countries near the origin) fan out upwards.
  const order = [...located].sort(
    (a, b) => Number(b.highlighted === true) - Number(a.highlighted === true) || a.py - b.py,
  )
  const height = lineHeight(fontSize)
  const placed = placeLabels(
    order.map((p) => ({
      id: p.id,
      x: p.px,
      y: p.py,
      radius,
      width: labelWidth(p.name, fontSize),
      height,
    })),
    {
      bounds: { x: plot.x, y: plot.y, width: plot.width + right, height: plot.height },
      rings: 10,
    },
  )
  const byId = new Map(located.map((p) => [p.id, p]))
  return (
    <g className="chart-labels">
      {placed.map((l) => {
        const p = byId.get(l.id)
        return p ? (
          <g key={l.id}>
            {l.leader ? <line {...l.leader} stroke="var(--text-muted)" strokeWidth={1} /> : null}
            <text
              x={l.box.x}
              y={l.box.y + l.box.height / 2}
              dominantBaseline="central"
              fill="var(--text)"
              fontSize={fontSize}
              fontWeight={p.highlighted ? 700 : 400}
            >
              {p.name}
            </text>
          </g>
        ) : null
      })}
    </g>
  )
}
