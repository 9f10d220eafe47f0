/**
 * Exports of one figure: SVG, PNG presets, CSV and XLSX, each carrying the figure's text and the
 * view's context (FigureExport). The chart's own <svg> is read from the figure element; every
 * word and number comes from the FigureExport, never from the DOM.
 */
import { buildCsv, type CsvMeta } from './csv'
import { stampLines } from './stamp'
import { chartBoxFor, composeChartSvg, composeSvg, type ComposedSvg, type SvgTheme } from './svg'
import { svgToPng } from './raster'
import { exportTable, type ExportTable, type FigureExport } from './types'
import { buildXlsx, XLSX_TYPE } from './xlsx'

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

/**
 * The 3840×2160 image is laid out at 1920×1080 and drawn at 2×: the chart is drawn for it at
 * the size this leaves once the title, unit, filters, source and caveats are placed (a chart
 * the size of the dashboard's, centred in a white canvas, would leave most of it empty).
 */
export const LARGE_LAYOUT = { width: 1920, height: 1080 } as const

/** The chart's box in the 3840×2160 image's layout (what to draw off screen). */
export function largeChartBox(info: FigureExport) {
  return chartBoxFor(figureStamp(info), LARGE_LAYOUT)
}

/** The 3840×2160 PNG around a chart drawn at largeChartBox(info). */
export function figurePngLarge(chart: SVGSVGElement, info: FigureExport) {
  const composed = composeChartSvg(
    chart,
    LARGE_LAYOUT.width,
    figureStamp(info),
    exportTable(info.table),
    currentTheme(chart.ownerDocument),
  )
  return svgToPng(composed.svg, composed, '4k', currentTheme(chart.ownerDocument).background)
}

/** What the data exports say about the figure: its text, the view's filters, the link, the time. */
export function exportMeta(info: FigureExport, now: Date = new Date()): CsvMeta {
  return {
    title: info.text.title,
    source: info.text.source,
    licence: info.text.licence,
    edition: info.text.edition,
    unit: info.text.unit,
    filters: [info.filters, info.weights].filter(Boolean).join(' · '),
    caveats: info.text.caveats,
    link: info.link,
    exportedAt: now.toISOString(),
  }
}

export function figureCsv(info: FigureExport, now: Date = new Date()): string {
  return buildCsv(exportMeta(info, now), exportTable(info.table))
}

/** The figure's data as an Excel workbook (typed numbers at full precision, an About sheet). */
export async function figureXlsx(info: FigureExport, now: Date = new Date()): Promise<Blob> {
  const bytes = await buildXlsx(exportMeta(info, now), exportTable(info.table))
  return new Blob([bytes], { type: XLSX_TYPE })
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
