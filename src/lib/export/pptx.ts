/**
 * A deck as PowerPoint (pptxgenjs, loaded on demand so it is not in the entry chunk): one 16:9
 * slide per scene with its title, the chart image fitted into the slide, a link back to the
 * live view, and speaker notes.
 */
export interface SlideInput {
  readonly title: string
  /** A PNG as a data URL with its pixel size; null when the scene had no chart. */
  readonly image: { readonly data: string; readonly width: number; readonly height: number } | null
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

export async function buildPptx(title: string, slides: readonly SlideInput[]): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs')
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_16x9' // 10 × 5.625 in
  pptx.title = title
  pptx.company = 'AI Monitor'
  for (const s of slides) {
    const slide = pptx.addSlide()
    slide.addText(s.title, { x: 0.4, y: 0.15, w: 9.2, h: 0.55, fontSize: 22, bold: true })
    if (s.image) {
      const box = fitBox(s.image, { x: 0.4, y: 0.75, w: 9.2, h: 4.35 })
      slide.addImage({ data: s.image.data, ...box })
    } else {
      slide.addText('This scene had no chart to capture; open the live view.', {
        x: 0.4,
        y: 2.5,
        w: 9.2,
        h: 0.6,
        fontSize: 16,
      })
    }
    slide.addText([{ text: 'Open the live view', options: { hyperlink: { url: s.link } } }], {
      x: 0.4,
      y: 5.15,
      w: 9.2,
      h: 0.35,
      fontSize: 11,
    })
    slide.addNotes(s.notes)
  }
  const out = await pptx.write({ outputType: 'blob' })
  if (!(out instanceof Blob)) throw new Error('PowerPoint export failed.')
  return out
}
