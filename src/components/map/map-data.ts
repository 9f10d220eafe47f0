/**
 * What a choropleth draws, computed by a feature's map figure from its panel's model: one area
 * per country in view (its figure or none), how to bin them, and the words the map shows
 * (legend title, what a gap means, source and edition). Plain data: the renderer is a
 * function of it, and the frame skips a redraw when a filter change brings the same data.
 */
import type { BinScale } from '../../lib/map/bins'

export interface MapArea {
  /** ISO3 (what a click selects). */
  readonly id: string
  /** The world-atlas feature id (ISO 3166-1 numeric, three digits). */
  readonly atlasId: string
  readonly name: string
  /** The figure; null: no data (hatched, never the lowest bin). */
  readonly value: number | null
  /** The figure as shown with its unit ("3.89 US$ bn"), or what its gap means. */
  readonly valueText: string
  /** The exact figure with its unit, for the tooltip ("3.885044997 US$ bn"). */
  readonly exactText: string
  readonly highlighted: boolean
}

export interface MapData {
  /** Every country in view: the world's, or a region's, bloc's or the chosen ones. */
  readonly areas: readonly MapArea[]
  /** A region, bloc or countries are chosen: zoom to them and outline them. */
  readonly zoom: boolean
  readonly scale: BinScale
  /** Ranks: 1 gets the strongest colour, and the legend names whole ranks ("2–3"). */
  readonly rank: boolean
  /** The legend's heading (the unit). */
  readonly legendTitle: string
  /** What a hatched country means here ("no data", "not in the published top 10"). */
  readonly noDataLabel: string
  readonly source: string
  readonly edition: string
}
