/**
 * PowerPoint export of a deck: each scene is put on screen (its view applied in presentation
 * mode), the first chart of its panel is captured as a 2× PNG once the panel has loaded, and
 * the user's own view is restored at the end — even when a scene fails.
 */
import { figurePng, viewLink } from '../../lib/export/figure-export'
import { buildPptx, type SlideInput } from '../../lib/export/pptx'
import { describeFilters, describeWeights, type NameOf } from '../../lib/export/stamp'
import { updateView, useViewStore } from '../../stores/view-store'
import type { Deck, Scene } from './model/deck'
import { showScene } from './present-store'

const sleep = (ms: number) => new Promise((r) => window.setTimeout(r, ms))
const frame = () => new Promise((r) => window.requestAnimationFrame(() => r(null)))

/** The first chart frame of the presented panel, once nothing in it is loading. */
async function waitForFigure(timeoutMs = 10_000): Promise<HTMLElement | null> {
  const until = Date.now() + timeoutMs
  await sleep(50)
  while (Date.now() < until) {
    const main = document.getElementById('main')
    const figure = main?.querySelector<HTMLElement>('.chart-frame')
    const loading = main?.querySelector('[aria-busy="true"], .panel-state--loading')
    if (figure && !loading && figure.querySelector('.chart-frame__chart svg, table')) {
      await frame()
      await frame()
      await sleep(150)
      return figure
    }
    await sleep(100)
  }
  return null
}

async function toDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () =>
      typeof reader.result === 'string'
        ? resolve(reader.result)
        : reject(new Error('The slide image could not be read.'))
    reader.onerror = () => reject(new Error('The slide image could not be read.'))
    reader.readAsDataURL(blob)
  })
}

async function captureScene(scene: Scene, nameOf: NameOf): Promise<SlideInput> {
  showScene(scene, true, 'replace')
  const figure = await waitForFigure()
  const view = useViewStore.getState().view
  const link = viewLink(view)
  const source =
    figure?.querySelector('.chart-frame__source')?.textContent?.replace(/^Source: /, '') ?? ''
  const caveats = [...(figure?.querySelectorAll('.chart-frame__caveat') ?? [])].map(
    (c) => c.textContent ?? '',
  )
  let image: SlideInput['image'] = null
  if (figure) {
    const ctx = {
      text: {
        title: scene.title,
        unit: '',
        source,
        licence: '',
        edition: '',
        caveats,
      },
      table: { caption: scene.title, rowHeader: '', columns: [], rows: [] },
      filters: describeFilters(view, nameOf),
      weights: describeWeights(view),
      link,
    }
    const png = await figurePng(figure, ctx, '2x')
    const bitmap = await createImageBitmap(png)
    image = { data: await toDataUrl(png), width: bitmap.width, height: bitmap.height }
    bitmap.close()
  }
  const notes = [
    scene.notes,
    source ? `Source: ${source}` : '',
    ...caveats.map((c) => `Caveat: ${c}`),
    `Live view: ${link}`,
  ]
    .filter(Boolean)
    .join('\n\n')
  return { title: scene.title, image, notes, link }
}

/** Builds the .pptx of a deck (one 16:9 slide per scene). */
export async function exportDeckPptx(deck: Deck, nameOf: NameOf): Promise<Blob> {
  const saved = useViewStore.getState().view
  const slides: SlideInput[] = []
  try {
    for (const scene of deck.scenes) slides.push(await captureScene(scene, nameOf))
  } finally {
    updateView(saved, { history: 'replace' })
  }
  return buildPptx(deck.title, slides)
}
