/**
 * The slope chart's marks, worked out before drawing: where each column sits (a method break
 * leaves a gap), and for each country in each group of columns its line, its end labels and
 * its style. Pure: the chart only places these through its scales.
 */
import { MUTED_COLOUR, seriesColour, seriesDash } from '../palette'

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

/** A label at one end of a line (`at`: which of its points): the country and its rank, outside the column. */
export interface EndLabel {
  readonly at: number
  readonly side: 'left' | 'right'
  readonly text: string
}

/** One country's line within one group of columns: its ranked columns, and its end labels. */
export interface SlopeLine {
  readonly key: string
  /** x position and rank of each column of the group (null: not ranked there). */
  readonly points: readonly (readonly [x: number, rank: number | null])[]
  /** Its end labels; `at` indexes `points`. */
  readonly labels: readonly EndLabel[]
  readonly stroke: string
  readonly strokeWidth: number
  readonly strokeDasharray: string | undefined
  readonly bold: boolean
}

/** The runs of consecutive ranked points: a line breaks where a country is not ranked. */
export function runs(points: readonly (readonly [number, number] | null)[]) {
  const out: (readonly [number, number])[][] = []
  let run: (readonly [number, number])[] = []
  for (const p of points) {
    if (p) run.push(p)
    else if (run.length) {
      out.push(run)
      run = []
    }
  }
  if (run.length) out.push(run)
  return out
}

/** Room a break leaves between two groups, in column steps: the labels of the left group fit in. */
export const BREAK_GAP = 2

/** Each column's x position, and for each column its group's index. */
export function layout(columns: number, groups: readonly Pick<SlopeGroup, 'size'>[]) {
  const groupOf: number[] = []
  groups.forEach((g, gi) => {
    for (let i = 0; i < g.size; i++) groupOf.push(gi)
  })
  while (groupOf.length < columns) groupOf.push(groups.length - 1)
  const x = groupOf.slice(0, columns).map((g, i) => i + g * (BREAK_GAP - 1))
  return { groupOf, x }
}

type Side = 'left' | 'right'

/** An end label's text: the rank on the column's side, the name outside. */
export function labelText(s: SlopeSeries, at: number, side: Side): string {
  return side === 'left' ? `${s.name} ${String(s.ranks[at])}` : `${String(s.ranks[at])} ${s.name}`
}

/**
 * A line per country per group of columns where it is ranked at least once (never across a
 * break), labelled left of the first column (first group) and right of each group's last.
 */
export function slopeLines(
  data: Pick<SlopeData, 'columns' | 'series' | 'groups'>,
  k: number,
): {
  readonly lines: readonly SlopeLine[]
  readonly groupOf: readonly number[]
  readonly x: readonly number[]
  readonly groupEnds: readonly number[]
} {
  const { columns, series } = data
  const groups = data.groups ?? [{ label: '', size: columns.length }]
  const { groupOf, x } = layout(columns.length, groups)
  const last = columns.length - 1
  const groupEnds = groups.map((_, g) => groupOf.lastIndexOf(g))
  const anyHighlighted = series.some((s) => s.highlighted)
  const lines = series.flatMap((s, i) =>
    groups.flatMap((_, g) => {
      const cols = columns.flatMap((_c, c) => (groupOf[c] === g ? [c] : []))
      if (!cols.some((c) => s.ranks[c] != null)) return []
      const end = groupEnds[g] ?? last
      const labels: EndLabel[] = []
      if (g === 0 && s.ranks[0] != null)
        labels.push({ at: 0, side: 'left', text: labelText(s, 0, 'left') })
      if (s.ranks[end] != null)
        labels.push({ at: cols.indexOf(end), side: 'right', text: labelText(s, end, 'right') })
      return [
        {
          key: `${s.id}@${String(g)}`,
          points: cols.map((c) => [x[c] ?? c, s.ranks[c] ?? null] as const),
          labels,
          stroke: anyHighlighted && !s.highlighted ? MUTED_COLOUR : seriesColour(i),
          strokeWidth: (s.highlighted ? 4 : 2.5) * Math.max(1, k * 0.8),
          strokeDasharray: seriesDash(i),
          bold: s.highlighted === true,
        },
      ]
    }),
  )
  return { lines, groupOf, x, groupEnds }
}
