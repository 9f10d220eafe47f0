/**
 * The text a line chart draws besides its axes: each line's name at its last point, dodged so
 * no two names overlap (a leader line goes to a name that had to move), and the quoted claims'
 * dashed rings with their numbers. Rings closer than their size would draw over each other, so
 * they are drawn as one ring around all of them, labelled with every number ("[2] [3]"): the
 * ring marks where the quoted figures sit, at the chart's resolution. Drawn inside the chart
 * from its scales (recharts hooks), after layout.
 */
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts'
import { dodge } from '../../../lib/label-dodge'
import { placeLabels, type Box } from '../../../lib/label-place'
import { labelWidth, lastIndex } from './chart-tip'

export interface EndLabel {
  readonly id: string
  readonly name: string
  readonly year: number
  readonly value: number
  readonly bold: boolean
}

export interface Ring {
  readonly id: string
  readonly year: number
  readonly value: number
  readonly label: string
}

interface Props {
  readonly ends: readonly EndLabel[]
  readonly rings: readonly Ring[]
  readonly fontSize: number
  readonly ringRadius: number
  /** Room above the plot area the names may use (the chart's top margin). */
  readonly top: number
}

/** Line height of a label: its text box and a little air. */
export const lineHeight = (fontSize: number) => Math.ceil(fontSize * 1.3)

/** The last point of each series with a value (where its name goes); none for an empty line. */
export function endsOf(
  years: readonly number[],
  series: readonly {
    readonly id: string
    readonly name: string
    readonly values: readonly (number | null)[]
    readonly highlighted?: boolean
  }[],
): EndLabel[] {
  return series.flatMap((s) => {
    const i = lastIndex(s.values)
    const year = years[i]
    const value = s.values[i]
    return i < 0 || year === undefined || value == null
      ? []
      : [{ id: s.id, name: s.name, year, value, bold: s.highlighted === true }]
  })
}

/** Groups of labels whose spans along x overlap: each group is dodged as one column. */
function columns<T extends { readonly x: number; readonly width: number }>(items: readonly T[]) {
  const sorted = [...items].sort((a, b) => a.x - b.x)
  const groups: T[][] = []
  let right = -Infinity
  for (const item of sorted) {
    const last = groups.at(-1)
    if (last && item.x < right) {
      last.push(item)
      right = Math.max(right, item.x + item.width)
    } else {
      groups.push([item])
      right = item.x + item.width
    }
  }
  return groups
}

/** Rings whose centres are closer than a ring's size, as one cluster each. */
function clusters(points: readonly { ring: Ring; x: number; y: number }[], r: number) {
  const out: { members: (typeof points)[number][]; x: number; y: number }[] = []
  for (const p of points) {
    const near = out.find((c) => Math.hypot(c.x - p.x, c.y - p.y) < 2 * r + 2)
    if (!near) {
      out.push({ members: [p], x: p.x, y: p.y })
      continue
    }
    near.members.push(p)
    near.x = near.members.reduce((s, m) => s + m.x, 0) / near.members.length
    near.y = near.members.reduce((s, m) => s + m.y, 0) / near.members.length
  }
  return out.map((c) => ({
    ...c,
    radius: r + Math.max(...c.members.map((m) => Math.hypot(m.x - c.x, m.y - c.y))),
    label: c.members.map((m) => m.ring.label).join(' '),
  }))
}

export function LineLabels({ ends, rings, fontSize, ringRadius, top }: Props) {
  const xScale = useXAxisScale()
  const yScale = useYAxisScale()
  const plot = usePlotArea()
  if (!xScale || !yScale || !plot) return null
  const height = lineHeight(fontSize)
  const at = (year: number, value: number) => {
    const x = xScale(year, { position: 'middle' })
    const y = yScale(value)
    return x === undefined || y === undefined || !Number.isFinite(y) ? null : { x, y }
  }

  const names = ends.flatMap((e) => {
    const p = at(e.year, e.value)
    return p ? [{ ...e, ...p, x: p.x + 8, width: labelWidth(e.name, fontSize) }] : []
  })
  const placed = columns(names).flatMap((column) => {
    const ys = dodge(
      column.map((n) => ({ id: n.id, at: n.y, size: height })),
      { min: plot.y - top, max: plot.y + plot.height },
    )
    return column.map((n) => ({ ...n, placedY: ys.get(n.id) ?? n.y }))
  })
  const nameBoxes: Box[] = placed.map((n) => ({
    x: n.x,
    y: n.placedY - height / 2,
    width: n.width + 6,
    height,
  }))

  const ringPoints = rings.flatMap((ring) => {
    const p = at(ring.year, ring.value)
    return p ? [{ ring, ...p }] : []
  })
  const drawn = clusters(ringPoints, ringRadius)
  const ringLabels = placeLabels(
    drawn.map((c, i) => ({
      id: String(i),
      x: c.x,
      y: c.y,
      radius: c.radius,
      width: labelWidth(c.label, fontSize),
      height,
    })),
    {
      bounds: { x: plot.x, y: plot.y - top, width: plot.width, height: plot.height + top },
      obstacles: nameBoxes,
    },
  )

  return (
    <g className="chart-labels">
      {placed.map((n) => {
        const moved = Math.abs(n.placedY - n.y) > 2
        return (
          <g key={n.id}>
            {moved ? (
              <line
                x1={n.x - 4}
                y1={n.y}
                x2={n.x + 2}
                y2={n.placedY}
                stroke="var(--text-muted)"
                strokeWidth={1}
              />
            ) : null}
            <text
              x={n.x + (moved ? 4 : 0)}
              y={n.placedY}
              dominantBaseline="central"
              fill="var(--text)"
              fontSize={fontSize}
              fontWeight={n.bold ? 700 : 400}
            >
              {n.name}
            </text>
          </g>
        )
      })}
      {drawn.map((c, i) => {
        const label = ringLabels.find((l) => l.id === String(i))
        return (
          <g key={c.members.map((m) => m.ring.id).join(' ')} className="chart-ring">
            <circle
              cx={c.x}
              cy={c.y}
              r={c.radius}
              fill="none"
              stroke="var(--text)"
              strokeDasharray="3 2"
              strokeWidth={1.5}
            />
            {label?.leader ? (
              <line {...label.leader} stroke="var(--text-muted)" strokeWidth={1} />
            ) : null}
            {label ? (
              <text
                x={label.box.x}
                y={label.box.y + label.box.height / 2}
                dominantBaseline="central"
                fill="var(--text)"
                fontSize={fontSize}
                fontWeight={700}
              >
                {c.label}
              </text>
            ) : null}
          </g>
        )
      })}
    </g>
  )
}
