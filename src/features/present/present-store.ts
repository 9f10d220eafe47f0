/**
 * Presentation state that is not part of a view: blank screen, click lock, notes overlay, the
 * command palette and the deck dialog. Which slide is on screen is the view's `present` (the
 * URL says `present=3`), and the view itself is the slide's: a scene's view is applied when
 * its slide is shown, live changes (palette, Y) apply to that slide, R puts the scene's view
 * back. Actions are module functions (zustand), so keys, buttons and the presenter window's
 * messages all call the same ones.
 */
import { create } from 'zustand'
import { parseView, serializeView } from '../../domain/url-codec'
import { stepYear } from '../../lib/years'
import { updateView, useViewStore } from '../../stores/view-store'
import { activeDeck } from './deck-store'
import { canonicalQuery } from './model/deck'

interface PresentStore {
  readonly blank: boolean
  readonly locked: boolean
  readonly notesOpen: boolean
  readonly paletteOpen: boolean
  readonly deckOpen: boolean
  /** When this presentation started (ms since epoch), for the presenter's timer. */
  readonly startedAt: number | null
}

export const usePresentStore = create<PresentStore>()(() => ({
  blank: false,
  locked: false,
  notesOpen: false,
  paletteOpen: false,
  deckOpen: false,
  startedAt: null,
}))

/**
 * Puts slide `index` of the active deck on screen with its scene's view (one history entry, so
 * Back returns to the previous slide). `present` false shows the scene's view on the dashboard.
 */
export function showScene(index: number, present = true, history: 'push' | 'replace' = 'push') {
  const scenes = activeDeck().scenes
  const scene = scenes[Math.max(0, Math.min(scenes.length - 1, index))]
  if (!scene) return
  const { state } = parseView(scene.query)
  updateView({ ...state, present: present ? scenes.indexOf(scene) : null }, { history })
}

/** Whether a query names a slide and nothing else ("?present=3"). */
export function isBareSlideLink(search: string): boolean {
  const keys = [...new URLSearchParams(search).keys()]
  return keys.length === 1 && keys[0] === 'present'
}

/** Starts presenting the active deck at slide `index` (the first by default). */
export function enterPresentation(index = 0) {
  usePresentStore.setState({
    blank: false,
    locked: false,
    paletteOpen: false,
    deckOpen: false,
    startedAt: Date.now(),
  })
  showScene(index)
}

export function exitPresentation() {
  usePresentStore.setState({ blank: false, locked: false, paletteOpen: false, notesOpen: false })
  updateView({ present: null })
}

/** The slide on screen, or null when not presenting. */
const current = () => useViewStore.getState().view.present

/** ←/→, PageUp/PageDown, Space: the next or previous slide (clamped to the deck). */
export function stepScene(direction: 1 | -1) {
  const index = current()
  const last = activeDeck().scenes.length - 1
  const next = Math.max(0, Math.min(last, (index ?? -1) + direction))
  if (next !== index) showScene(next)
}

/** Home / End. */
export function goToScene(which: 'first' | 'last' | number) {
  const last = activeDeck().scenes.length - 1
  const index = which === 'first' ? 0 : which === 'last' ? last : which
  if (index !== current()) showScene(index)
}

/** R: the slide's scene view again, undoing live changes (one history entry). */
export function resetScene() {
  const index = current()
  if (index !== null) showScene(index, true, 'push')
}

/** Y / Shift+Y within the span the edition covers. */
export function stepPresentedYear(span: readonly [number, number] | null, direction: 1 | -1) {
  if (!span) return
  updateView({ year: stepYear(useViewStore.getState().view.year, span, direction) })
}

/** The current view as a scene query (no `present`). */
export function currentQuery(): string {
  return canonicalQuery(serializeView(useViewStore.getState().view))
}

export const toggleBlank = () => usePresentStore.setState((s) => ({ blank: !s.blank }))
export const toggleLock = () => usePresentStore.setState((s) => ({ locked: !s.locked }))
export const toggleNotes = () => usePresentStore.setState((s) => ({ notesOpen: !s.notesOpen }))
export const setPaletteOpen = (paletteOpen: boolean) => usePresentStore.setState({ paletteOpen })
export const setDeckOpen = (deckOpen: boolean) => usePresentStore.setState({ deckOpen })

/** The presenter window's name: opening it again focuses the one already open. */
export const PRESENTER_WINDOW = 'ai-monitor-presenter'

/** S: opens (or focuses) the presenter window, a second view of the same presentation. */
export function openPresenterWindow() {
  const url = new URL(window.location.href)
  url.search = '?presenter=1'
  url.hash = ''
  window.open(url.toString(), PRESENTER_WINDOW, 'popup,width=1280,height=800')
}
