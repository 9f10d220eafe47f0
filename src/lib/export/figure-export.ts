/**
 * Exports of one figure: SVG, PNG presets and CSV, each carrying the figure's text and the
 * view's context (FigureExport). The chart's own <svg> is read from the figure element; every
 * word and number comes from the FigureExport, never from the DOM.
 */
import { buildCsv } from './csv'
import { stampLines } from './stamp'
import { composeSvg, type ComposedSvg, type SvgTheme } from './svg'
import { svgToPng } from './raster'
import { exportTable, type ExportTable, type FigureExport } from './types'

export { viewLink } from './view-link'

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

export function figureStamp(info: FigureExport) {
  return stampLines({
    title: info.text.title,
    unit: info.text.unit,
    source: info.text.source,
    caveats: info.text.caveats,
    filters: info.filters,
    weights: info.weights,
    edition: info.text.edition,
    link: info.link,
  })
}

export function figureSvg(figure: Element, info: FigureExport): ComposedSvg {
  return composeSvg(
    figure,
    figureStamp(info),
    exportTable(info.table),
    currentTheme(figure.ownerDocument),
  )
}

export function figurePng(figure: Element, info: FigureExport, preset: '1x' | '2x' | '4k') {
  const composed = figureSvg(figure, info)
  return svgToPng(composed.svg, composed, preset, currentTheme(figure.ownerDocument).background)
}

export function figureCsv(info: FigureExport, now: Date = new Date()): string {
  return buildCsv(
    {
      title: info.text.title,
      source: info.text.source,
      licence: info.text.licence,
      edition: info.text.edition,
      unit: info.text.unit,
      filters: [info.filters, info.weights].filter(Boolean).join(' · '),
      caveats: info.text.caveats,
      link: info.link,
      exportedAt: now.toISOString(),
    },
    exportTable(info.table),
  )
}

/** The figure's chart alone (no stamp) as a PNG at `scale`: a slide's picture for PowerPoint. */
export async function chartPng(figure: Element, table: ExportTable, scale: '1x' | '2x') {
  const theme = currentTheme(figure.ownerDocument)
  const composed = composeSvg(figure, { header: [], footer: [] }, table, theme)
  const png = await svgToPng(composed.svg, composed, scale, theme.background)
  return {
    png,
    width: composed.width * (scale === '2x' ? 2 : 1),
    height: composed.height * (scale === '2x' ? 2 : 1),
  }
}
