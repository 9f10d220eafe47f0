/**
 * The colour of each bar, as the bars renderer draws it, for exports that cannot share its SVG
 * (PowerPoint's native chart): the highlighted country stands out, the rest are muted once one
 * is highlighted; a pledge (hatched on screen) is a pale tint of the pledge colour, so an
 * intention never looks like money invested.
 */
import { HIGHLIGHT_COLOUR, MUTED_COLOUR, SERIES_COLOURS, seriesColour } from '../palette'
import type { BarDatum, BarsData } from './bars'

/** A pale tint of the pledges' outline colour (vermillion), for a fill without a hatch. */
export const PLEDGE_TINT = '#F3C4A8'

/** A bar's colour on screen (the theme's series colour as a CSS variable). */
export function barColour(d: BarDatum, anyHighlighted: boolean): string {
  if (d.hatched) return PLEDGE_TINT
  if (d.highlighted) return HIGHLIGHT_COLOUR
  return anyHighlighted ? MUTED_COLOUR : seriesColour(0)
}

/** The same as a literal colour, for a file that cannot read the page's CSS. */
function barColourLiteral(d: BarDatum, anyHighlighted: boolean): string {
  if (d.hatched) return PLEDGE_TINT
  if (d.highlighted) return HIGHLIGHT_COLOUR
  return anyHighlighted ? MUTED_COLOUR : (SERIES_COLOURS[0] ?? '#0072B2')
}

/** Whether a figure's chart data is the bars renderer's. */
export function isBarsData(data: unknown): data is BarsData {
  return typeof data === 'object' && data !== null && 'bars' in data && Array.isArray(data.bars)
}

/** Hex colours without '#', one per bar, in the bars' order. */
export function barColoursHex(data: BarsData): string[] {
  const any = data.bars.some((b) => b.highlighted)
  return data.bars.map((b) => barColourLiteral(b, any).replace('#', '').toUpperCase())
}
