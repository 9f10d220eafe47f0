/**
 * Exports of one chart frame (a <figure class="chart-frame">): SVG, PNG presets and CSV, each
 * carrying the view's context. The figure's data-export-* attributes and the frame's exportData
 * are the inputs; the stamp comes from the view state.
 */
import { serializeView, type PanelId, type ViewState } from '../../stores/url-codec'
import { buildCsv } from './csv'
import {
  describeEdition,
  describeFilters,
  describeWeights,
  licenceFor,
  stampLines,
  type NameOf,
} from './stamp'
import { composeSvg, type ComposedSvg, type SvgTheme } from './svg'
import { svgToPng } from './raster'
import type { ExportTable } from './types'

export interface FigureContext {
  readonly panel: PanelId
  readonly title: string
  readonly unit: string
  readonly source: string
  readonly caveats: readonly string[]
  readonly table: ExportTable
  readonly view: ViewState
  readonly nameOf: NameOf
}

/** The link that reopens a view (outside presentation mode). */
export function viewLink(view: ViewState, base: string = window.location.href): string {
  const url = new URL(base)
  const query = serializeView({ ...view, present: null })
  url.search = query ? `?${query}` : ''
  url.hash = ''
  return url.toString()
}

/** Colours and font of the current theme, read from the page's CSS variables. */
export function currentTheme(doc: Document = document): SvgTheme {
  const style = getComputedStyle(doc.body)
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback
  return {
    background: v('--surface', '#ffffff'),
    text: v('--text', '#16202c'),
    muted: v('--text-muted', '#4a5666'),
    fontFamily: style.fontFamily || 'sans-serif',
  }
}

export function figureStamp(ctx: FigureContext) {
  return stampLines({
    title: ctx.title,
    unit: ctx.unit,
    source: ctx.source,
    caveats: ctx.caveats,
    filters: describeFilters(ctx.view, ctx.nameOf),
    weights: describeWeights(ctx.view),
    edition: describeEdition(ctx.view, ctx.panel, ctx.nameOf),
    link: viewLink(ctx.view),
  })
}

export function figureSvg(figure: Element, ctx: FigureContext): ComposedSvg {
  return composeSvg(figure, figureStamp(ctx), ctx.table, currentTheme(figure.ownerDocument))
}

export function figurePng(figure: Element, ctx: FigureContext, preset: '1x' | '2x' | '4k') {
  const composed = figureSvg(figure, ctx)
  return svgToPng(composed.svg, composed, preset, currentTheme(figure.ownerDocument).background)
}

export function figureCsv(ctx: FigureContext, now: Date = new Date()): string {
  return buildCsv(
    {
      title: ctx.title,
      source: ctx.source,
      licence: licenceFor(ctx.source),
      edition: describeEdition(ctx.view, ctx.panel, ctx.nameOf),
      unit: ctx.unit,
      filters: [describeFilters(ctx.view, ctx.nameOf), describeWeights(ctx.view)]
        .filter(Boolean)
        .join(' · '),
      caveats: ctx.caveats,
      link: viewLink(ctx.view),
      exportedAt: now.toISOString(),
    },
    ctx.table,
  )
}
