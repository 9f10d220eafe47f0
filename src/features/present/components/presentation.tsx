/**
 * Presentation mode: the active deck's slide on a 16:9 stage filling the screen, and nothing
 * else of the dashboard. Around it: the blank screen (B), the click lock (L), the notes overlay
 * for a single screen (N), the command palette (K or /), and small controls that appear on
 * hover or focus for mouse and screen-reader users.
 */
import { useCallback, useState } from 'react'
import { useFigureRegistry } from '../../../components/figure/figure-registry'
import type { FigureState } from '../../../components/figure/figure-types'
import { parseView } from '../../../domain/url-codec'
import type { UpdateView, ViewState } from '../../../domain/view'
import { useDeckStore, activeDeck } from '../deck-store'
import {
  exitPresentation,
  openPresenterWindow,
  stepScene,
  toggleNotes,
  usePresentStore,
} from '../present-store'
import { CommandPalette } from './command-palette'
import { Slide } from './slide'
import { SlideNotes } from './slide-notes'
import { SlideStage } from './slide-stage'
import { SLIDE_TEXT_SCALE, STAGE } from '../model/stage'
import { FIGURE_HEIGHT } from './slide'
import './present.css'

export function Presentation({
  view,
  update,
}: {
  readonly view: ViewState
  readonly update: UpdateView
}) {
  const deck = useDeckStore(activeDeck)
  const blank = usePresentStore((s) => s.blank)
  const locked = usePresentStore((s) => s.locked)
  const notesOpen = usePresentStore((s) => s.notesOpen)
  const index = Math.min(view.present ?? 0, deck.scenes.length - 1)
  const scene = deck.scenes[index]
  const next = deck.scenes[index + 1]
  // Once this slide has drawn, the next one's figure is drawn off screen from its own view, so
  // its data and chart code are there when the clicker steps: a step shows a slide at once.
  const [drawn, setDrawn] = useState<number | null>(null)
  const onState = useCallback(
    (s: FigureState<unknown> | null) => {
      if (s) setDrawn(index)
    },
    [index],
  )
  return (
    <main className="presentation">
      <h1 className="visually-hidden">AI Monitor — presenting “{deck.title}”</h1>
      <SlideStage className="presentation__stage" label="Slide">
        {scene ? (
          <Slide
            scene={scene}
            view={view}
            index={index}
            total={deck.scenes.length}
            update={update}
            onState={onState}
          />
        ) : (
          <p className="slide__empty-deck">This deck has no scenes yet.</p>
        )}
      </SlideStage>
      {notesOpen && scene ? (
        <aside className="presentation__notes" aria-label="Speaker notes">
          <SlideNotes scene={scene} view={view} />
        </aside>
      ) : null}
      <nav className="presentation__controls" aria-label="Presentation">
        <button type="button" className="button" onClick={() => stepScene(-1)}>
          Previous slide
        </button>
        <button type="button" className="button" onClick={() => stepScene(1)}>
          Next slide
        </button>
        <button type="button" className="button" onClick={toggleNotes} aria-pressed={notesOpen}>
          Notes
        </button>
        <button type="button" className="button" onClick={openPresenterWindow}>
          Presenter view
        </button>
        <button type="button" className="button" onClick={exitPresentation}>
          Exit presentation
        </button>
        <span className="presentation__keys" aria-hidden="true">
          ← → slides · K find · S presenter · N notes · R reset · B blank · L lock · Esc exit
        </span>
      </nav>
      {blank ? <div className="present-blank" data-testid="present-blank" /> : null}
      {locked ? (
        <div className="present-lock" data-testid="present-lock">
          <span className="present-lock__badge" role="status">
            View locked — press L to unlock
          </span>
        </div>
      ) : null}
      {next && drawn === index ? (
        <NextFigure key={next.id} figure={next.figure} query={next.query} />
      ) : null}
      <CommandPalette view={view} update={update} />
    </main>
  )
}

function NextFigure({ figure, query }: { readonly figure: string; readonly query: string }) {
  const { Figure } = useFigureRegistry()
  return (
    <div
      className="offscreen-slide"
      aria-hidden="true"
      inert
      style={{ width: STAGE.width, height: STAGE.height }}
    >
      <Figure
        id={figure}
        view={parseView(query).state}
        variant="slide"
        height={FIGURE_HEIGHT}
        textScale={SLIDE_TEXT_SCALE}
      />
    </div>
  )
}
