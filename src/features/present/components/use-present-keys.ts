/**
 * Keyboard control of presentation mode: `P` enters; in presentation ←/→ (and a clicker's
 * PageDown/PageUp) step scenes, `Y`/`Shift+Y` step the year, `K` or `/` opens the command
 * palette, `B` blanks, `L` locks, `Esc` leaves. Keys typed into fields or handled by an open
 * dialog, menu or list never trigger shortcuts.
 */
import { useEffect } from 'react'
import { useMeta } from '../../../queries/meta'
import type { ViewState } from '../../../domain/view'
import { editionSpan } from '../../../lib/years'
import { isTypingTarget, keyAction } from '../model/keys'
import {
  enterPresentation,
  exitPresentation,
  setPaletteOpen,
  stepPresentedYear,
  stepScene,
  toggleBlank,
  toggleLock,
  usePresentStore,
} from '../present-store'

const WIDGETS = '[role="dialog"],[role="listbox"],[role="menu"],[role="slider"],[role="grid"]'

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
      switch (action) {
        case 'enter':
          return enterPresentation()
        case 'exit':
          return ui.blank ? toggleBlank() : exitPresentation()
        case 'next':
          return stepScene(1)
        case 'previous':
          return stepScene(-1)
        case 'year-next':
        case 'year-previous': {
          const span = editionSpan(indicators ?? [], edition)
          return stepPresentedYear(span, action === 'year-next' ? 1 : -1)
        }
        case 'palette':
          return setPaletteOpen(true)
        case 'blank':
          return toggleBlank()
        case 'lock':
          return toggleLock()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [indicators, presenting, edition])
}
