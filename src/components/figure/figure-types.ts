/**
 * What a figure is, independent of pixels: the shapes every chart and table of the app is
 * described in. A feature declares its figures as specs (see src/app/figures.tsx for the list);
 * the frame, the table view, exports, slides and the PowerPoint deck all read these shapes, never
 * the DOM. Pure types.
 */
import type { ComponentType } from 'react'

/** A cell of a figure's table: a raw number (formatted for display by its column), text, or no data. */
export type FigureCell = number | string | null

export interface FigureColumn {
  readonly id: string
  readonly header: string
  /** Numbers are right-aligned, formatted by `format` for display and kept raw in exports. */
  readonly numeric?: boolean
  /** Display text of a cell (exports keep the raw value); default: the value as text. */
  readonly format?: (value: FigureCell) => string
}

export interface FigureRow {
  readonly id: string
  /** The row header (a country, a year …), text from data rendered as text. */
  readonly label: string
  readonly cells: readonly FigureCell[]
  readonly highlighted?: boolean
  /** A computed aggregate row (bloc sums), set apart in the table. */
  readonly aggregate?: boolean
}

/** The data behind a figure as one table: what the table view shows and what CSV exports. */
export interface FigureTable {
  readonly caption: string
  readonly rowHeader: string
  readonly columns: readonly FigureColumn[]
  readonly rows: readonly FigureRow[]
}

/** A chart PowerPoint can draw natively (pptxgenjs addChart), carrying its data. */
export type NativeChart =
  | {
      readonly type: 'bar' | 'line'
      /** Category labels (bars: the rows; lines: the years). */
      readonly labels: readonly string[]
      readonly series: readonly {
        readonly name: string
        readonly values: readonly (number | null)[]
      }[]
      readonly horizontal?: boolean
      /** One colour per category (hex, no '#') for a one-series bar chart: the highlight. */
      readonly colours?: readonly string[]
    }
  | {
      readonly type: 'scatter'
      readonly xLabel: string
      readonly yLabel: string
      readonly points: readonly { readonly name: string; readonly x: number; readonly y: number }[]
    }

/** Everything about a figure but its data: title, unit, source, edition and caveats. */
export interface FigureText {
  readonly title: string
  readonly unit: string
  /** Who published the figures, as a citation line. */
  readonly source: string
  /** Licence(s) of the sources, as served by /meta. */
  readonly licence: string
  /** The edition(s) the figures belong to, in words ("AI Index 2024"). */
  readonly edition: string
  readonly caveats: readonly string[]
}

/** A figure for one view: ready to draw, or empty with the reason said in words. */
export type FigureState<D> =
  | (FigureText & {
      readonly kind: 'ready'
      /** What the renderer draws. */
      readonly data: D
      readonly table: FigureTable
      /** A short description of what the chart shows and its leading values, for screen readers. */
      readonly summary: string
      readonly native: NativeChart | null
    })
  | (FigureText & {
      readonly kind: 'empty'
      readonly reason: string
      /** The figure waits for a choice (a country to profile), rather than lacking data. */
      readonly prompt?: boolean
    })

/** Props every chart renderer takes: pre-computed data and its box; no store, no query. */
export interface ChartProps<D> {
  readonly data: D
  readonly height: number
  /** Scale of the text, marks and margins the renderer draws (1 on the dashboard). */
  readonly textScale: number
  /** Clicking a mark selects its entity (the shared highlight); absent where nothing is clickable. */
  readonly onSelect?: (id: string) => void
}

export type ChartComponent<D> = ComponentType<ChartProps<D>>
