/**
 * One slide: the scene's headline on top (live: filled from the figure's own data), the one
 * figure filling the rest — or, for a key-figure scene, one big number with its label, source
 * and claim status — and a footer with source, edition, filters and "n / N". Drawn on the fixed
 * 1600 × 900 stage (./slide-stage.tsx scales it). The same component draws the slide on the
 * projector, in the presenter's window (current and next), off screen for PowerPoint and in
 * the printed handout: only the view it is given decides what it shows.
 */
import { useCallback, useState } from 'react'
import { useFigureRegistry } from '../../../components/figure/figure-registry'
import type { FigureState } from '../../../components/figure/figure-types'
import type { UpdateView, ViewState } from '../../../domain/view'
import { describeFilters } from '../../../lib/export/stamp'
import { entityName, useMeta } from '../../../queries/meta'
import { renderTemplate } from '../model/headline'
import type { Scene } from '../model/deck'
import { SLIDE_TEXT_SCALE, STAGE } from '../model/stage'
import { useClaimStatus } from './use-claim-status'

/** Room of the figure on the stage: the stage less the headline, the unit line and the footer. */
export const FIGURE_HEIGHT = 560

export interface SlideProps {
  readonly scene: Scene
  readonly view: ViewState
  /** 0-based position in the deck, and the deck's length, for the footer. */
  readonly index: number
  readonly total: number
  /** Called with the figure's state (off-screen renders wait for it). */
  readonly onState?: (state: FigureState<unknown> | null) => void
  /** Changes the live slide's view (a click on a bar highlights its country); absent: read-only. */
  readonly update?: UpdateView
}

export function Slide({ scene, view, index, total, onState, update }: SlideProps) {
  const { Figure } = useFigureRegistry()
  const meta = useMeta()
  const claimStatus = useClaimStatus()
  const [state, setState] = useState<FigureState<unknown> | null>(null)
  const receive = useCallback(
    (s: FigureState<unknown> | null) => {
      setState(s)
      onState?.(s)
    },
    [onState],
  )
  const context = { year: view.year, claimStatus }
  const headline = renderTemplate(scene.headline, state, context).text
  const nameOf = (id: string) => entityName(meta.data, id)
  const key = scene.key
  return (
    <article
      className="slide"
      style={{ width: STAGE.width, height: STAGE.height }}
      aria-label={`Slide ${index + 1} of ${total}: ${headline}`}
      data-figure={scene.figure}
    >
      <h2 className="slide__headline">{headline}</h2>
      <div className={key ? 'slide__body slide__body--key' : 'slide__body'}>
        {key ? <KeyFigure scene={scene} state={state} context={context} /> : null}
        <div className={key ? 'slide__figure--hidden' : 'slide__figure'}>
          <Figure
            id={scene.figure}
            view={view}
            variant="slide"
            height={FIGURE_HEIGHT}
            textScale={SLIDE_TEXT_SCALE}
            onState={receive}
            update={update}
          />
        </div>
      </div>
      <footer className="slide__footer">
        <p className="slide__source">
          {state ? `Source: ${state.source} · Edition: ${state.edition} · ` : ''}
          {describeFilters(view, nameOf)}
        </p>
        <p className="slide__count">
          {index + 1} / {total}
        </p>
      </footer>
    </article>
  )
}

function KeyFigure({
  scene,
  state,
  context,
}: {
  readonly scene: Scene
  readonly state: FigureState<unknown> | null
  readonly context: Parameters<typeof renderTemplate>[2]
}) {
  if (!scene.key) return null
  const value = renderTemplate(scene.key.value, state, context).text
  const status = scene.key.claim ? context.claimStatus?.(scene.key.claim) : undefined
  return (
    <div className="key-figure">
      <p className="key-figure__value">{value}</p>
      <p className="key-figure__label">{scene.key.label}</p>
      {scene.key.claim ? (
        <p className="key-figure__claim">
          Quoted in the debate — status: <strong>{status ?? '…'}</strong>
        </p>
      ) : null}
    </div>
  )
}
