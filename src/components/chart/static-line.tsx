/**
 * The line shape for recharts' <Line> in a chart that never animates. The default shape hands
 * recharts a ref to its path, and recharts then reads the path's length on every render (for
 * the draw-in animation) — a forced layout per line per render, the largest single cost of a
 * filter change on a slope chart. Without the ref there is nothing to measure; the line, its
 * dash pattern and its colours are drawn exactly as before.
 */
import { Curve, type LineDrawShapeProps } from 'recharts'

export function StaticLine(props: LineDrawShapeProps) {
  // Curve passes only SVG attributes on to the <path>, so the animation props fall away.
  return <Curve {...props} pathRef={undefined} />
}
