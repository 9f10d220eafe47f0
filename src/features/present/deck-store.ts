/**
 * The user's decks (zustand, persisted in localStorage) and which deck is active. The built-in
 * deck is always there and read-only; adding a scene while it is active starts "My deck".
 * Decks saved before scenes held figures are migrated as they load (each scene opens on its
 * panel's first figure).
 */
import { create } from 'zustand'
import { z } from '../../api/zod'
import { BUILT_IN_DECK, BUILT_IN_DECK_ID } from './model/built-in-deck'
import {
  migrateDeck,
  moveScene,
  newId,
  StoredDeckSchema,
  type Deck,
  type FirstFigureOf,
  type Scene,
} from './model/deck'

const STORAGE_KEY = 'ai-monitor:decks'
const StoredSchema = z.object({
  activeId: z.string(),
  decks: z.array(StoredDeckSchema),
})

interface DeckStore {
  readonly decks: readonly Deck[]
  readonly activeId: string
}

const EMPTY: DeckStore = { decks: [], activeId: BUILT_IN_DECK_ID }

export const useDeckStore = create<DeckStore>()(() => EMPTY)

/**
 * Reads the stored decks (once, at boot). The panel → first figure mapping comes from the app,
 * which knows the figures; features do not import each other.
 */
export function loadDecks(firstFigureOf: FirstFigureOf) {
  if (typeof window === 'undefined') return
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY)
    const parsed = raw ? StoredSchema.safeParse(JSON.parse(raw)) : null
    if (parsed?.success)
      useDeckStore.setState({
        activeId: parsed.data.activeId,
        decks: parsed.data.decks.map((d) => migrateDeck(d, firstFigureOf)),
      })
  } catch {
    // Unreadable storage: start fresh rather than break the app.
  }
}

useDeckStore.subscribe((state) => {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(state))
  } catch {
    // Quota or privacy mode: the decks live for this session only.
  }
})

/** Every deck, built-in first. */
export function allDecks(state: DeckStore = useDeckStore.getState()): readonly Deck[] {
  return [BUILT_IN_DECK, ...state.decks]
}

export function activeDeck(state: DeckStore = useDeckStore.getState()): Deck {
  return allDecks(state).find((d) => d.id === state.activeId) ?? BUILT_IN_DECK
}

export const isBuiltIn = (deck: Deck) => deck.id === BUILT_IN_DECK_ID

export function setActiveDeck(id: string) {
  useDeckStore.setState({ activeId: id })
}

function updateDeck(id: string, change: (deck: Deck) => Deck) {
  useDeckStore.setState((s) => ({ decks: s.decks.map((d) => (d.id === id ? change(d) : d)) }))
}

/** Adds (or replaces, same id) a user deck and makes it active. */
export function upsertDeck(deck: Deck) {
  if (isBuiltIn(deck)) {
    setActiveDeck(deck.id)
    return
  }
  useDeckStore.setState((s) => ({
    decks: s.decks.some((d) => d.id === deck.id)
      ? s.decks.map((d) => (d.id === deck.id ? deck : d))
      : [...s.decks, deck],
    activeId: deck.id,
  }))
}

export function createDeck(title: string, scenes: readonly Scene[] = []): Deck {
  const deck = { id: newId(), title, scenes }
  upsertDeck(deck)
  return deck
}

export function deleteDeck(id: string) {
  useDeckStore.setState((s) => ({
    decks: s.decks.filter((d) => d.id !== id),
    activeId: s.activeId === id ? BUILT_IN_DECK_ID : s.activeId,
  }))
}

/** Adds a scene to the active deck (a new "My deck" when the built-in deck is active). */
export function addScene(scene: Omit<Scene, 'id'>) {
  const deck = activeDeck()
  const withId = { ...scene, id: newId() }
  if (isBuiltIn(deck)) createDeck('My deck', [withId])
  else updateDeck(deck.id, (d) => ({ ...d, scenes: [...d.scenes, withId] }))
}

export function editScene(deckId: string, sceneId: string, patch: Partial<Omit<Scene, 'id'>>) {
  updateDeck(deckId, (d) => ({
    ...d,
    scenes: d.scenes.map((s) => (s.id === sceneId ? { ...s, ...patch } : s)),
  }))
}

/** A copy of a scene right after it. */
export function duplicateScene(deckId: string, sceneId: string) {
  updateDeck(deckId, (d) => {
    const i = d.scenes.findIndex((s) => s.id === sceneId)
    const scene = d.scenes[i]
    if (!scene) return d
    const scenes = [...d.scenes]
    scenes.splice(i + 1, 0, { ...scene, id: newId() })
    return { ...d, scenes }
  })
}

export function removeScene(deckId: string, sceneId: string) {
  updateDeck(deckId, (d) => ({ ...d, scenes: d.scenes.filter((s) => s.id !== sceneId) }))
}

export function reorderScene(deckId: string, from: number, to: number) {
  updateDeck(deckId, (d) => ({ ...d, scenes: moveScene(d.scenes, from, to) }))
}

export function renameDeck(deckId: string, title: string) {
  updateDeck(deckId, (d) => ({ ...d, title }))
}
