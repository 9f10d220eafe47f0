/**
 * Presentation state that is not part of a view: the scene on screen, blank screen, lock, and
 * the command palette. Entering and leaving presentation is the `present` URL parameter.
 */
import { create } from 'zustand'
import { PANELS } from '../../domain/view'
import { parseView, serializeView } from '../../domain/url-codec'
import { updateView, useViewStore } from '../../stores/view-store'
import { activeDeck } from './deck-store'
import { canonicalQuery, type Scene } from './model/deck'
import { stepYear } from '../../lib/years'

interface PresentStore {
  /** Index of the active deck's scene on screen; null = the user's own view. */
  readonly sceneIndex: number | null
  readonly blank: boolean
  readonly locked: boolean
  readonly paletteOpen: boolean
  readonly deckOpen: boolean
}

export const usePresentStore = create<PresentStore>()(() => ({
  sceneIndex: null,
  blank: false,
  locked: false,
  paletteOpen: false,
  deckOpen: false,
}))

/** Puts a scene's view on screen (one history entry, so Back returns to the previous scene). */
export function showScene(scene: Scene, present: boolean, history: 'push' | 'replace' = 'push') {
  const { state } = parseView(scene.query)
  const current = useViewStore.getState().view
  updateView(
    { ...state, present: present ? scene.panel : null },
    // A full replacement: keys equal to the current view are simply unchanged.
    { history: serializeView(current) === serializeView(state) ? 'replace' : history },
  )
}

/** Enters presentation on the current view (the first panel), or on a deck's first scene. */
export function enterPresentation(startScene?: number) {
  usePresentStore.setState({ blank: false, locked: false, paletteOpen: false, deckOpen: false })
  const scene = startScene === undefined ? undefined : activeDeck().scenes[startScene]
  if (scene) {
    usePresentStore.setState({ sceneIndex: startScene ?? 0 })
    showScene(scene, true)
  } else {
    usePresentStore.setState({ sceneIndex: null })
    const current = useViewStore.getState().view.present
    updateView({ present: current ?? PANELS[0] })
  }
}

export function exitPresentation() {
  usePresentStore.setState({ blank: false, locked: false, paletteOpen: false })
  updateView({ present: null })
}

/** ←/→: the next or previous scene of the active deck; without scenes, the next panel. */
export function stepScene(direction: 1 | -1) {
  const scenes = activeDeck().scenes
  const { sceneIndex } = usePresentStore.getState()
  if (scenes.length === 0) {
    const current = useViewStore.getState().view.present ?? PANELS[0]
    const i = PANELS.indexOf(current)
    updateView({ present: PANELS[(i + direction + PANELS.length) % PANELS.length] ?? current })
    return
  }
  const next =
    sceneIndex === null
      ? direction === 1
        ? 0
        : scenes.length - 1
      : Math.max(0, Math.min(scenes.length - 1, sceneIndex + direction))
  const scene = scenes[next]
  if (!scene || next === sceneIndex) return
  usePresentStore.setState({ sceneIndex: next })
  showScene(scene, true)
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
export const setPaletteOpen = (paletteOpen: boolean) => usePresentStore.setState({ paletteOpen })
export const setDeckOpen = (deckOpen: boolean) => usePresentStore.setState({ deckOpen })
