/**
 * A deck as PowerPoint (pptxgenjs, loaded on demand so it is not in the entry chunk): one 16:9
 * slide per scene. The headline is the slide's title; the figure is a native, editable chart
 * carrying its data (addChart: bar, line, scatter) where its type allows, otherwise an image
 * drawn off screen from the scene's own view, with real alt text; source, edition and filters
 * in a footer; speaker notes with the notes, sources, caveats and the live link.
 */
import type { NativeChart } from '../../components/figure/figure-types'

export interface SlideImage {
  /** A PNG as a data URL, and its pixel size. */
  readonly data: string
  readonly width: number
  readonly height: number
  /** What the image shows, for screen readers (the figure's summary). */
  readonly alt: string
}

export interface SlideInput {
  readonly headline: string
  /** The figure as a native chart, or as an image; null when the figure had nothing to draw. */
  readonly chart: NativeChart | null
  readonly image: SlideImage | null
  /** A table figure as a native table: header, then rows of display text. */
  readonly table: readonly (readonly string[])[] | null
  /** Said on the slide when there is no figure (the figure's own reason). */
  readonly emptyReason: string | null
  /** A key-figure slide: one big number, its label and the quoted claim's status. */
  readonly keyFigure?: {
    readonly value: string
    readonly label: string
    readonly status: string | null
  } | null
  /** Source · edition · filters · n / N. */
  readonly footer: string
  readonly notes: string
  readonly link: string
}

/** The largest box of the image's aspect ratio inside (w × h), centred. */
export function fitBox(
  image: { width: number; height: number },
  box: { x: number; y: number; w: number; h: number },
) {
  const scale = Math.min(box.w / image.width, box.h / image.height)
  const w = image.width * scale
  const h = image.height * scale
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h }
}

/** Where the figure goes on a 10 × 5.625 in slide. */
const FIGURE_BOX = { x: 0.4, y: 0.95, w: 9.2, h: 4.0 }

const COLOURS = ['0072B2', 'D55E00', '009E73', 'CC79A7', 'E69F00', '56B4E9', '8C6D00', '000000']

/**
 * Excel number format for a chart's value labels and axis: enough decimals to show three
 * significant digits of the smallest non-zero value (at most two), with grouping, so a label
 * reads as on screen ("7.76", "85,674") and tiny values do not read "0". Whole numbers (counts)
 * get no decimals: a count of claims reads "10", not "10.00".
 */
export function numberFormatCode(values: readonly (number | null)[]): string {
  if (values.every((v) => v === null || Number.isInteger(v))) return '#,##0'
  const small = values
    .filter((v): v is number => v !== null && Number.isFinite(v) && v !== 0)
    .map(Math.abs)
  if (small.length === 0) return '#,##0'
  const digits = Math.floor(Math.log10(Math.min(...small)))
  const decimals = Math.max(0, Math.min(2, 2 - digits))
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`
}

type Pptx = InstanceType<typeof import('pptxgenjs').default>
type PptxSlide = ReturnType<Pptx['addSlide']>

function addNativeChart(pptx: Pptx, slide: PptxSlide, chart: NativeChart) {
  const common = {
    ...FIGURE_BOX,
    chartColors: COLOURS,
    catAxisLabelFontSize: 11,
    valAxisLabelFontSize: 11,
    dataLabelFontSize: 10,
    showLegend: chart.type !== 'scatter' && (chart.type === 'line' || chart.series.length > 1),
    legendPos: 'b' as const,
    legendFontSize: 11,
  }
  if (chart.type === 'scatter') {
    // pptxgenjs: the first series holds the x values, the others the y values.
    slide.addChart(
      pptx.ChartType.scatter,
      [
        { name: chart.xLabel, values: chart.points.map((p) => p.x) },
        {
          name: chart.yLabel,
          values: chart.points.map((p) => p.y),
          labels: chart.points.map((p) => p.name),
        },
      ],
      {
        ...common,
        lineSize: 0,
        lineDataSymbolSize: 8,
        showValAxisTitle: true,
        valAxisTitle: chart.yLabel,
        showCatAxisTitle: true,
        catAxisTitle: chart.xLabel,
        dataLabelFormatScatter: 'custom',
        showLabel: true,
      },
    )
    return
  }
  // PowerPoint draws a horizontal bar chart's first category at the bottom: reversed, the
  // ranking reads top-down as on screen.
  const flip = <T>(list: readonly T[]) =>
    chart.type === 'bar' && chart.horizontal ? [...list].reverse() : [...list]
  const data = chart.series.map((s) => ({
    name: s.name,
    labels: flip(chart.labels),
    // A gap stays a gap: pptxgenjs writes an empty point, which PowerPoint leaves out.
    values: flip(s.values) as number[],
  }))
  const format = numberFormatCode(chart.series.flatMap((x) => x.values))
  if (chart.type === 'bar')
    slide.addChart(pptx.ChartType.bar, data, {
      ...common,
      // One series: each bar its own colour only to carry the highlight, as on screen.
      ...(chart.series.length === 1
        ? { chartColors: chart.colours ? flip(chart.colours) : COLOURS.slice(0, 1) }
        : {}),
      barDir: chart.horizontal ? 'bar' : 'col',
      showValue: true,
      dataLabelFormatCode: format,
      valAxisLabelFormatCode: '#,##0',
    })
  else
    slide.addChart(pptx.ChartType.line, data, {
      ...common,
      lineSize: 2,
      lineDataSymbolSize: 5,
      valAxisLabelFormatCode: '#,##0',
      displayBlanksAs: 'gap',
    })
}

export async function buildPptx(title: string, slides: readonly SlideInput[]): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs')
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_16x9' // 10 × 5.625 in
  pptx.title = title
  pptx.company = 'AI Monitor'
  for (const s of slides) {
    const slide = pptx.addSlide()
    slide.addText(s.headline, {
      x: 0.4,
      y: 0.15,
      w: 9.2,
      h: 0.75,
      fontSize: 24,
      bold: true,
      fit: 'shrink',
      valign: 'top',
    })
    if (s.keyFigure) {
      const { value, label, status } = s.keyFigure
      slide.addText(
        [
          { text: value, options: { fontSize: 72, bold: true, breakLine: true } },
          { text: label, options: { fontSize: 20, breakLine: true } },
          ...(status
            ? [{ text: `Quoted in the debate — status: ${status}`, options: { fontSize: 16 } }]
            : []),
        ],
        { ...FIGURE_BOX, align: 'center', valign: 'middle', color: '1A2230' },
      )
    } else if (s.chart) addNativeChart(pptx, slide, s.chart)
    else if (s.table) {
      const [header = [], ...rows] = s.table
      slide.addTable(
        [
          header.map((text) => ({ text, options: { bold: true, fill: { color: 'EEF1F5' } } })),
          ...rows.map((r) => r.map((text) => ({ text }))),
        ],
        {
          ...FIGURE_BOX,
          fontSize: 11,
          border: { type: 'solid', pt: 0.5, color: 'D5DBE3' },
          autoPage: false,
        },
      )
    } else if (s.image) {
      slide.addImage({ data: s.image.data, altText: s.image.alt, ...fitBox(s.image, FIGURE_BOX) })
    } else
      slide.addText(s.emptyReason ?? 'No figure for this view.', {
        ...FIGURE_BOX,
        fontSize: 20,
        align: 'center',
        valign: 'middle',
      })
    slide.addText(
      [
        { text: `${s.footer} · ` },
        { text: 'Open the live view', options: { hyperlink: { url: s.link } } },
      ],
      { x: 0.4, y: 5.05, w: 9.2, h: 0.45, fontSize: 9, color: '4A5666', valign: 'top' },
    )
    slide.addNotes(s.notes)
  }
  const out = await pptx.write({ outputType: 'blob' })
  if (!(out instanceof Blob)) throw new Error('PowerPoint export failed.')
  return out
}
