/**
 * Deck exports drawn from each scene's own view, never from whatever is on screen:
 * - PowerPoint: every slide is drawn off screen, one after the other, at stage size; once its
 *   figure has its state (and its chart is drawn), the slide's headline and notes are filled,
 *   and the figure goes to PowerPoint as a native chart with its data where its type allows,
 *   as a native table for a table figure, and otherwise as a 2× picture of its chart.
 * - The printed handout (PDF): every slide, one per page, then the browser's print dialog.
 * The user's own view is never touched.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { create } from 'zustand'
import { barColoursHex, isBarsData } from '../../../components/chart/renderers/bar-colours'
import type { FigureState, NativeChart } from '../../../components/figure/figure-types'
import { cellText } from '../../../components/figure/figure-table'
import { parseView } from '../../../domain/url-codec'
import { describeFilters } from '../../../lib/export/stamp'
import { viewLink } from '../../../lib/export/view-link'
import { entityName, useMeta } from '../../../queries/meta'
import type { Deck, Scene } from '../model/deck'
import { renderTemplate } from '../model/headline'
import { STAGE } from '../model/stage'
import { Slide } from './slide'
import { useClaimStatus } from './use-claim-status'

type Job =
  | {
      readonly kind: 'pptx'
      readonly deck: Deck
      readonly resolve: (blob: Blob) => void
      readonly reject: (error: unknown) => void
    }
  | { readonly kind: 'handout'; readonly deck: Deck }

const useJobs = create<{ readonly job: Job | null }>()(() => ({ job: null }))

/** Starts exports; the drawing happens in <DeckRenderer/>, which the app mounts once. */
export function useDeckExport() {
  return {
    pptx: (deck: Deck) =>
      new Promise<Blob>((resolve, reject) =>
        useJobs.setState({ job: { kind: 'pptx', deck, resolve, reject } }),
      ),
    handout: (deck: Deck) => useJobs.setState({ job: { kind: 'handout', deck } }),
  }
}

export function DeckRenderer() {
  const job = useJobs((s) => s.job)
  if (!job) return null
  return job.kind === 'pptx' ? <PptxJob job={job} /> : <Handout deck={job.deck} />
}

/** Whether PowerPoint can draw this chart natively and honestly (a bar chart with no gaps). */
export function nativeAllowed(chart: NativeChart | null): chart is NativeChart {
  if (!chart) return false
  if (chart.type === 'bar') return chart.series.every((s) => s.values.every((v) => v !== null))
  return true
}

/** Waits until the element holds a drawn chart (an svg) or a table, two frames after. */
async function drawn(el: HTMLElement, timeoutMs = 8000): Promise<void> {
  const until = Date.now() + timeoutMs
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)))
  while (Date.now() < until) {
    if (el.querySelector('.chart-frame__chart svg, .chart-frame table, .chart-frame__empty')) {
      await frame()
      await frame()
      return
    }
    await new Promise((r) => setTimeout(r, 50))
  }
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

function PptxJob({ job }: { readonly job: Extract<Job, { kind: 'pptx' }> }) {
  const meta = useMeta()
  const claimStatus = useClaimStatus()
  const [index, setIndex] = useState(0)
  // Tagged with its slide: a late state of the previous slide (its figure's last effect can
  // flush after the step) must not be taken for this one's.
  const [tagged, setTagged] = useState<{
    readonly index: number
    readonly state: FigureState<unknown>
  } | null>(null)
  const state = tagged?.index === index ? tagged.state : null
  const box = useRef<HTMLDivElement>(null)
  const slides = useRef<import('../../../lib/export/pptx').SlideInput[]>([])
  const scene: Scene | undefined = job.deck.scenes[index]
  const view = scene ? parseView(scene.query).state : null
  const ready = state !== null && claimStatus !== undefined && meta.data !== undefined

  useEffect(() => {
    if (!scene || !view || !ready || !box.current) return
    let cancelled = false
    const el = box.current
    const capture = async () => {
      // A key-figure slide shows its number, not its figure's chart: nothing to wait for.
      if (!scene.key) await drawn(el)
      const context = { year: view.year, claimStatus }
      const nameOf = (id: string) => entityName(meta.data, id)
      const link = viewLink(view)
      const total = job.deck.scenes.length
      const source =
        state.kind === 'ready' || state.kind === 'empty'
          ? `Source: ${state.source} · Edition: ${state.edition}`
          : ''
      let image: import('../../../lib/export/pptx').SlideImage | null = null
      let table: string[][] | null = null
      let chart: NativeChart | null = null
      const keyFigure = scene.key
        ? {
            value: renderTemplate(scene.key.value, state, context).text,
            label: scene.key.label,
            status: scene.key.claim ? (claimStatus(scene.key.claim) ?? null) : null,
          }
        : null
      if (state.kind === 'ready' && !keyFigure) {
        if (nativeAllowed(state.native))
          chart =
            state.native.type === 'bar' &&
            isBarsData(state.data) &&
            state.data.bars.length === state.native.labels.length
              ? { ...state.native, colours: barColoursHex(state.data) }
              : state.native
        else if (!el.querySelector('.chart-frame__chart svg')) {
          const t = state.table
          table = [
            [t.rowHeader, ...t.columns.map((c) => c.header)],
            ...t.rows
              .slice(0, 12)
              .map((r) => [r.label, ...t.columns.map((c, i) => cellText(c, r.cells[i] ?? null))]),
          ]
        } else {
          const figure = el.querySelector('figure.chart-frame')
          if (figure) {
            const [{ chartPng }, { exportTable }] = await Promise.all([
              import('../../../lib/export/figure-export'),
              import('../../../lib/export/types'),
            ])
            const shot = await chartPng(figure, exportTable(state.table), '2x')
            image = {
              data: await toDataUrl(shot.png),
              width: shot.width,
              height: shot.height,
              alt: state.summary,
            }
          }
        }
      }
      const notes = [
        renderTemplate(scene.notes, state, context).text,
        source,
        ...state.caveats.map((c) => `Caveat: ${c}`),
        `Licence: ${state.licence}`,
        `Live view: ${link}`,
      ]
        .filter(Boolean)
        .join('\n\n')
      if (cancelled) return
      slides.current.push({
        headline: renderTemplate(scene.headline, state, context).text,
        chart,
        image,
        table,
        emptyReason: state.kind === 'empty' ? state.reason : null,
        keyFigure,
        footer: [source, describeFilters(view, nameOf), `${index + 1} / ${total}`]
          .filter(Boolean)
          .join(' · '),
        notes,
        link,
      })
      setIndex((i) => i + 1)
    }
    capture().catch((e: unknown) => {
      useJobs.setState({ job: null })
      job.reject(e)
    })
    return () => {
      cancelled = true
    }
    // One capture per slide: when its figure has its state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, index])

  useEffect(() => {
    if (scene) return
    const finish = async () => {
      const { buildPptx } = await import('../../../lib/export/pptx')
      const blob = await buildPptx(job.deck.title, slides.current)
      useJobs.setState({ job: null })
      job.resolve(blob)
    }
    finish().catch((e: unknown) => {
      useJobs.setState({ job: null })
      job.reject(e)
    })
  }, [scene, job])

  const receive = useCallback(
    (s: FigureState<unknown> | null) =>
      setTagged((prev) => (prev && prev.index > index ? prev : s ? { index, state: s } : null)),
    [index],
  )
  if (!scene || !view) return null
  return (
    <div
      ref={box}
      className="offscreen-slide"
      aria-hidden="true"
      style={{ width: STAGE.width, height: STAGE.height }}
    >
      <Slide
        key={scene.id}
        scene={scene}
        view={view}
        index={index}
        total={job.deck.scenes.length}
        onState={receive}
      />
    </div>
  )
}

/** Every slide, one per printed page; prints once all have their figures, then goes away. */
function Handout({ deck }: { readonly deck: Deck }) {
  const [ready, setReady] = useState<ReadonlySet<string>>(new Set())
  const all = ready.size >= deck.scenes.length
  useEffect(() => {
    if (!all) return
    const done = () => useJobs.setState({ job: null })
    window.addEventListener('afterprint', done, { once: true })
    const t = window.setTimeout(() => window.print(), 300)
    return () => {
      window.clearTimeout(t)
      window.removeEventListener('afterprint', done)
    }
  }, [all])
  return (
    <div className="handout" aria-label={`Handout of ${deck.title}`} data-ready={all}>
      {deck.scenes.map((scene, i) => (
        <div
          key={scene.id}
          className="handout__page"
          style={{ width: STAGE.width, height: STAGE.height }}
        >
          <Slide
            scene={scene}
            view={parseView(scene.query).state}
            index={i}
            total={deck.scenes.length}
            onState={(s) => {
              if (s) setReady((r) => (r.has(scene.id) ? r : new Set([...r, scene.id])))
            }}
          />
        </div>
      ))}
    </div>
  )
}
