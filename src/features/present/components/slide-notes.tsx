/**
 * A slide's speaker notes, with their templates filled from the slide's own figure (drawn for
 * its view), and the figure's sources and caveats beneath, so the presenter can answer "where
 * is this from?".
 */
import { useState } from 'react'
import { useFigureRegistry } from '../../../components/figure/figure-registry'
import type { FigureState } from '../../../components/figure/figure-types'
import type { ViewState } from '../../../domain/view'
import type { Scene } from '../model/deck'
import { renderTemplate } from '../model/headline'
import { useClaimStatus } from './use-claim-status'

export function SlideNotes({ scene, view }: { readonly scene: Scene; readonly view: ViewState }) {
  const { Figure } = useFigureRegistry()
  const [state, setState] = useState<FigureState<unknown> | null>(null)
  const claimStatus = useClaimStatus()
  const notes = renderTemplate(scene.notes, state, { year: view.year, claimStatus }).text
  return (
    <div className="slide-notes">
      {/* The figure is drawn only for its state: the numbers the notes quote. */}
      <div className="slide__figure--hidden">
        <Figure id={scene.figure} view={view} variant="slide" height={1} onState={setState} />
      </div>
      {notes.split('\n').map((line, i) => (
        <p key={`${i}-${line}`}>{line}</p>
      ))}
      {state ? (
        <p className="slide-notes__source">
          Source: {state.source} ({state.licence}). {state.caveats.join(' ')}
        </p>
      ) : null}
    </div>
  )
}
