/**
 * The parts every map figure shares, from a panel's figures for one year: the areas in view
 * (the world's countries, or a region's, bloc's or the chosen ones), the table that stands in
 * for the map (country and value, sorted by value), the screen-reader summary, and the ready
 * state made of them. Pure; no geometry (that loads with the renderer).
 */
import type { ViewState } from '../../domain/view'
import { atlasIdOf } from '../../lib/map/atlas-ids'
import { NO_DATA } from '../../lib/format'
import type { BinScale } from '../../lib/map/bins'
import type { FigureColumn, FigureState, FigureTable, FigureText } from '../figure/figure-types'
import type { MapArea, MapData } from './map-data'

/** A country as /meta serves it: its ISO3 id and UN M49 code. */
export interface CountryRef {
  readonly id: string
  readonly kind: string
  readonly m49: string | null
}

export interface MapAreasInput {
  /** Every entity /meta lists; the countries among them are the map's areas. */
  readonly countries: readonly CountryRef[]
  readonly includes: (id: string) => boolean
  /** The figure of each country that has one. */
  readonly values: ReadonlyMap<string, number>
  readonly nameOf: (id: string) => string
  /** The figure of country `id` as shown, with its unit. */
  readonly valueText: (value: number, id: string) => string
  /** The exact figure, with its unit (default: as shown). */
  readonly exactText?: (value: number, id: string) => string
  /** What a country without a figure reads. */
  readonly noDataLabel?: string
  readonly selected: string | null
}

/** How the colours read, for every map's caveats. */
export const MAP_CAVEAT =
  'Map: colour bins include their lower break; hatched countries have no figure (never the lowest bin).'

/** A region, bloc or chosen countries narrow the view: the map zooms to them. */
export function zoomsTo(view: Pick<ViewState, 'region' | 'countries'>): boolean {
  return view.region !== 'world' || view.countries.length > 0
}

/** One area per country in view that the atlas can name, with its figure or none. */
export function mapAreas(input: MapAreasInput): MapArea[] {
  const areas: MapArea[] = []
  for (const c of input.countries) {
    if (c.kind !== 'country' || !input.includes(c.id)) continue
    const atlasId = atlasIdOf(c.m49)
    if (atlasId === null) continue
    const value = input.values.get(c.id) ?? null
    const gap = input.noDataLabel ?? NO_DATA
    areas.push({
      id: c.id,
      atlasId,
      name: input.nameOf(c.id),
      value,
      valueText: value === null ? gap : input.valueText(value, c.id),
      exactText: value === null ? gap : (input.exactText ?? input.valueText)(value, c.id),
      highlighted: c.id === input.selected,
    })
  }
  return areas
}

/** Areas by value (largest first, or smallest for ranks), those without a figure last by name. */
export function byValue(areas: readonly MapArea[], reverse = false): MapArea[] {
  return [...areas].sort((a, b) => {
    if (a.value === null || b.value === null)
      return a.value === b.value ? a.name.localeCompare(b.name) : a.value === null ? 1 : -1
    return (reverse ? a.value - b.value : b.value - a.value) || a.name.localeCompare(b.name)
  })
}

export interface MapTableOptions {
  readonly caption: string
  readonly column: Omit<FigureColumn, 'id' | 'numeric'>
  readonly reverse?: boolean
  /** List the countries in view without a figure too (a region's members: all are outlined). */
  readonly withGaps: boolean
}

/** The map's table: country and value, sorted by value. */
export function mapTable(areas: readonly MapArea[], options: MapTableOptions): FigureTable {
  const rows = byValue(areas, options.reverse).filter((a) => options.withGaps || a.value !== null)
  return {
    caption: options.caption,
    rowHeader: 'Country',
    columns: [{ id: 'value', numeric: true, ...options.column }],
    rows: rows.map((a) => ({
      id: a.id,
      label: a.name,
      cells: [a.value],
      highlighted: a.highlighted,
    })),
  }
}

/** "Map of …: United States 285.88 US$ bn, China …; 15 countries with a figure, 234 without." */
export function mapSummary(what: string, areas: readonly MapArea[], reverse = false): string {
  const sorted = byValue(areas, reverse)
  const withFigure = sorted.filter((a) => a.value !== null)
  const lead = withFigure
    .slice(0, 3)
    .map((a) => `${a.name} ${a.valueText}`)
    .join(', ')
  const gaps = sorted.length - withFigure.length
  return `Map of ${what}: ${lead}; ${withFigure.length} ${withFigure.length === 1 ? 'country' : 'countries'} with a figure${gaps > 0 ? `, ${gaps} without (hatched)` : ''}. The table lists them by value.`
}

export interface ReadyMapOptions {
  readonly view: Pick<ViewState, 'region' | 'countries'>
  readonly scale: BinScale
  /** Ranks: 1 strongest, the table smallest first. */
  readonly rank?: boolean
  readonly legendTitle: string
  readonly noDataLabel?: string
  readonly caption: string
  readonly column: MapTableOptions['column']
  /** What the map shows, for its summary ("US$ bn by country in 2025"). */
  readonly what: string
}

/** A map figure ready to draw: the figure's text, its map data, table and summary. */
export function readyMap(
  text: FigureText,
  areas: readonly MapArea[],
  options: ReadyMapOptions,
): FigureState<MapData> {
  const zoom = zoomsTo(options.view)
  const rank = options.rank ?? false
  return {
    ...text,
    kind: 'ready',
    data: {
      areas,
      zoom,
      scale: options.scale,
      rank,
      legendTitle: options.legendTitle,
      noDataLabel: options.noDataLabel ?? NO_DATA,
      source: text.source,
      edition: text.edition,
    },
    table: mapTable(areas, {
      caption: options.caption,
      column: options.column,
      reverse: rank,
      withGaps: zoom,
    }),
    summary: mapSummary(options.what, areas, rank),
    native: null,
  }
}
