/**
 * Keyboard control of presentation mode: `P` enters; in presentation ←/→, PageUp/PageDown and
 * Space step slides (clickers send these), Home/End go to the ends, `Y`/`Shift+Y` step the year,
 * `K` or `/` opens the palette, `S` the presenter window, `N` the notes, `R` resets the slide's
 * view, `B` blanks, `L` locks, `Esc` leaves. Keys typed into fields or handled by an open
 * dialog, menu or list never trigger shortcuts. The presenter window sends the same actions.
 */
import { useEffect } from 'react'
import type { ViewState } from '../../../domain/view'
import { editionSpan } from '../../../lib/years'
import { useMeta } from '../../../queries/meta'
import { isTypingTarget, keyAction, type PresentAction } from '../model/keys'
import {
  enterPresentation,
  exitPresentation,
  goToScene,
  openPresenterWindow,
  resetScene,
  setPaletteOpen,
  stepPresentedYear,
  stepScene,
  toggleBlank,
  toggleLock,
  toggleNotes,
  usePresentStore,
} from '../present-store'

const WIDGETS = '[role="dialog"],[role="listbox"],[role="menu"],[role="slider"],[role="grid"]'

/** Runs one presentation action (from a key, a button or the presenter window). */
export function runAction(action: PresentAction, yearSpan: readonly [number, number] | null) {
  switch (action) {
    case 'enter':
      return enterPresentation()
    case 'exit':
      return usePresentStore.getState().blank ? toggleBlank() : exitPresentation()
    case 'next':
      return stepScene(1)
    case 'previous':
      return stepScene(-1)
    case 'first':
      return goToScene('first')
    case 'last':
      return goToScene('last')
    case 'year-next':
    case 'year-previous':
      return stepPresentedYear(yearSpan, action === 'year-next' ? 1 : -1)
    case 'palette':
      return setPaletteOpen(true)
    case 'blank':
      return toggleBlank()
    case 'lock':
      return toggleLock()
    case 'presenter':
      return openPresenterWindow()
    case 'notes':
      return toggleNotes()
    case 'reset':
      return resetScene()
  }
}

export function usePresentKeys(view: Pick<ViewState, 'present' | 'edition'>) {
  const meta = useMeta()
  const indicators = meta.data?.indicators
  const presenting = view.present !== null
  const edition = view.edition
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target)) return
      if (e.target instanceof Element && e.target.closest(WIDGETS)) return
      const ui = usePresentStore.getState()
      if (ui.paletteOpen || ui.deckOpen) return
      const action = keyAction(e, presenting)
      if (!action) return
      e.preventDefault()
      runAction(action, editionSpan(indicators ?? [], edition))
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [indicators, presenting, edition])
}
