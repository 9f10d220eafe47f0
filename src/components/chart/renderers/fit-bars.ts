/**
 * Bars in a box of fixed height (a slide): when there are more rows than fit at the text size,
 * the first rows are kept in their order (a ranking's top) and every highlighted row is kept
 * wherever it ranks, in place of the last rows kept; the rest are counted, for the chart to
 * say how many it left to the table. Rows are never squeezed until their labels overlap.
 */
import type { BarDatum } from './bars'

/** Height of one bar row at a font size, px: the label and half again as air. */
export const rowHeight = (fontSize: number) => Math.ceil(fontSize * 1.5)

export function fitBars(
  bars: readonly BarDatum[],
  height: number,
  fontSize: number,
): { readonly bars: readonly BarDatum[]; readonly hidden: number } {
  // The value axis and a line saying how many rows were left out take two rows.
  const room = Math.max(1, Math.floor(height / rowHeight(fontSize)) - 2)
  if (bars.length <= room) return { bars, hidden: 0 }
  const keep = new Set(bars.slice(0, room).map((b) => b.id))
  const extra = bars.slice(room).filter((b) => b.highlighted)
  const droppable = bars
    .slice(0, room)
    .filter((b) => !b.highlighted)
    .reverse()
  for (const b of extra) {
    const out = droppable.shift()
    if (!out) break
    keep.delete(out.id)
    keep.add(b.id)
  }
  const kept = bars.filter((b) => keep.has(b.id))
  return { bars: kept, hidden: bars.length - kept.length }
}
