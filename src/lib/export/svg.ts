/**
 * Composes a standalone SVG of a chart for export: header text (title, unit), a clone of the
 * chart's own <svg> with the computed styles that matter inlined (so theme variables and CSS
 * rules survive outside the page), and footer text (filters, weights, edition, source, caveats,
 * link). DOM APIs only: no innerHTML, no eval (strict CSP); text from data is set as text.
 */
import type { Stamp } from './stamp'
import { wrapLine } from './stamp'
import type { ExportTable } from './types'

const NS = 'http://www.w3.org/2000/svg'
const PAD = 24
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const

/** Colours and font of the composed image (read from the page's theme). */
export interface SvgTheme {
  readonly background: string
  readonly text: string
  readonly muted: string
  readonly fontFamily: string
}

export interface ComposedSvg {
  readonly svg: string
  readonly width: number
  readonly height: number
}

/** The chart's main <svg> inside a figure: the largest one (legend icons are small svgs too). */
export function findChartSvg(figure: Element): SVGSVGElement | null {
  let best: SVGSVGElement | null = null
  let bestArea = 0
  for (const svg of figure.querySelectorAll<SVGSVGElement>('.chart-frame__chart svg')) {
    const box = svg.getBoundingClientRect()
    const area = box.width * box.height
    if (area > bestArea) {
      best = svg
      bestArea = area
    }
  }
  return best
}

function inlineStyles(source: Element, clone: Element) {
  const view = source.ownerDocument.defaultView
  if (!view) return
  const sources = [source, ...source.querySelectorAll('*')]
  const clones = [clone, ...clone.querySelectorAll('*')]
  sources.forEach((el, i) => {
    const target = clones[i]
    if (!target) return
    const style = view.getComputedStyle(el)
    const text = STYLE_PROPS.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';')
    target.setAttribute('style', text)
    target.removeAttribute('class')
  })
}

function textEl(doc: Document, text: string, x: number, y: number, size: number, fill: string) {
  const t = doc.createElementNS(NS, 'text')
  t.setAttribute('x', String(x))
  t.setAttribute('y', String(y))
  t.setAttribute('font-size', String(size))
  t.setAttribute('fill', fill)
  t.textContent = text
  return t
}

/** A plain text rendering of the data, used when the chart is shown as a table. */
function tableAsSvg(doc: Document, table: ExportTable, theme: SvgTheme, width: number) {
  const g = doc.createElementNS(NS, 'g')
  const lines = [table.header, ...table.rows].map((r) =>
    r.map((c) => (c === null ? 'no data' : String(c))).join('   '),
  )
  lines.forEach((line, i) => {
    const t = textEl(doc, line.slice(0, Math.floor(width / 7)), 0, 18 * (i + 1), 13, theme.text)
    if (i === 0) t.setAttribute('font-weight', '700')
    g.appendChild(t)
  })
  return { node: g, height: 18 * lines.length + 8 }
}

/** The stamp's lines laid out for an image `width` px wide, and the room they take. */
export function stampLayout(stamp: Stamp, width: number) {
  const [title = '', ...subtitle] = stamp.header
  const titleLines = wrapLine(title, Math.floor(width / 12))
  const subtitleLines = subtitle.flatMap((l) => wrapLine(l, Math.floor(width / 8)))
  const footerLines = stamp.footer.flatMap((l) => wrapLine(l, Math.floor(width / 6.6)))
  return {
    titleLines,
    subtitleLines,
    footerLines,
    /** Above the chart: padding, title and subtitle lines, a gap. */
    top: PAD + 26 * titleLines.length + 20 * subtitleLines.length + 12,
    /** Below the chart: a gap, footer lines, padding. */
    bottom: 8 + 16 * footerLines.length + PAD,
  }
}

/** The chart's box in an image of `size` once the stamp is laid out above and below it. */
export function chartBoxFor(
  stamp: Stamp,
  size: { readonly width: number; readonly height: number },
) {
  const layout = stampLayout(stamp, size.width)
  return {
    width: size.width - 2 * PAD,
    height: Math.max(120, size.height - layout.top - layout.bottom),
  }
}

/** Builds the export SVG for a figure, around the chart drawn on the page. */
export function composeSvg(
  figure: Element,
  stamp: Stamp,
  table: ExportTable,
  theme: SvgTheme,
): ComposedSvg {
  const chart = findChartSvg(figure)
  const box = chart?.getBoundingClientRect()
  const chartW = Math.max(640, Math.round(box?.width ?? 800))
  return composeAround(
    figure.ownerDocument,
    chart && box ? { svg: chart, width: box.width, height: box.height } : null,
    chartW + 2 * PAD,
    stamp,
    table,
    theme,
  )
}

/**
 * Builds the export SVG around a chart drawn for it (off screen, at the size the image needs):
 * the image is `width` wide, and exactly as tall as the chart and the stamp make it.
 */
export function composeChartSvg(
  chart: SVGSVGElement,
  width: number,
  stamp: Stamp,
  table: ExportTable,
  theme: SvgTheme,
): ComposedSvg {
  const box = chart.getBoundingClientRect()
  return composeAround(
    chart.ownerDocument,
    { svg: chart, width: box.width, height: box.height },
    width,
    stamp,
    table,
    theme,
  )
}

function composeAround(
  doc: Document,
  chart: { readonly svg: SVGSVGElement; readonly width: number; readonly height: number } | null,
  width: number,
  stamp: Stamp,
  table: ExportTable,
  theme: SvgTheme,
): ComposedSvg {
  const layout = stampLayout(stamp, width)
  const root = doc.createElementNS(NS, 'svg')
  root.setAttribute('xmlns', NS)
  root.setAttribute('font-family', theme.fontFamily)

  const bg = doc.createElementNS(NS, 'rect')
  bg.setAttribute('width', '100%')
  bg.setAttribute('height', '100%')
  bg.setAttribute('fill', theme.background)
  root.appendChild(bg)

  let y = PAD
  for (const line of layout.titleLines) {
    y += 26
    const t = textEl(doc, line, PAD, y, 22, theme.text)
    t.setAttribute('font-weight', '700')
    root.appendChild(t)
  }
  for (const line of layout.subtitleLines) {
    y += 20
    root.appendChild(textEl(doc, line, PAD, y, 14, theme.muted))
  }
  y += 12

  if (chart) {
    const clone = chart.svg.cloneNode(true) as SVGSVGElement
    inlineStyles(chart.svg, clone)
    clone.setAttribute('x', String(PAD))
    clone.setAttribute('y', String(y))
    clone.setAttribute('width', String(Math.round(chart.width)))
    clone.setAttribute('height', String(Math.round(chart.height)))
    root.appendChild(clone)
    y += Math.round(chart.height)
  } else {
    const rendered = tableAsSvg(doc, table, theme, width - 2 * PAD)
    rendered.node.setAttribute('transform', `translate(${PAD} ${y})`)
    root.appendChild(rendered.node)
    y += rendered.height
  }

  y += 8
  for (const line of layout.footerLines) {
    y += 16
    root.appendChild(textEl(doc, line, PAD, y, 12, theme.muted))
  }
  const height = y + PAD
  root.setAttribute('width', String(width))
  root.setAttribute('height', String(height))
  root.setAttribute('viewBox', `0 0 ${width} ${height}`)
  return { svg: new XMLSerializer().serializeToString(root), width, height }
}
