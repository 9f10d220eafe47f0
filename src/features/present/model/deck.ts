/**
 * Decks of scenes. A scene is a view (the query string of the URL codec: the whole state) plus
 * the panel it is shown on, a title and speaker notes — so scenes stay valid whatever the panels
 * draw. Imported decks (JSON files, links) are untrusted: validated with zod, queries
 * re-canonicalised through the codec.
 */
import { z } from '../../../api/zod'
import { PANELS, type PanelId } from '../../../domain/view'
import { parseView, serializeView } from '../../../domain/url-codec'

export interface Scene {
  readonly id: string
  readonly title: string
  readonly notes: string
  readonly panel: PanelId
  /** serializeView output, without `present` (the panel field says where it is shown). */
  readonly query: string
}

export interface Deck {
  readonly id: string
  readonly title: string
  readonly scenes: readonly Scene[]
}

const SceneSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().trim().min(1).max(160),
  notes: z.string().max(8000),
  panel: z.enum(PANELS),
  query: z.string().max(4000),
})

/** The file format of an exported deck. */
export const DeckFileSchema = z.object({
  format: z.literal('ai-monitor-deck'),
  version: z.literal(1),
  deck: z.object({
    id: z.string().min(1).max(64),
    title: z.string().trim().min(1).max(160),
    scenes: z.array(SceneSchema).max(200),
  }),
})

/** Canonical query of a view string (drops invalid params and `present`). */
export function canonicalQuery(query: string): string {
  return serializeView({ ...parseView(query).state, present: null })
}

/** A short random id (not security-relevant: only distinguishes decks and scenes). */
export function newId(): string {
  return Math.random().toString(36).slice(2, 10)
}

export function deckToJson(deck: Deck): string {
  return JSON.stringify({ format: 'ai-monitor-deck', version: 1, deck }, null, 2)
}

export type ParsedDeck = { ok: true; deck: Deck } | { ok: false; error: string }

/** Parses and validates a deck file's text; never throws. */
export function parseDeckJson(text: string): ParsedDeck {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ok: false, error: 'This file is not JSON.' }
  }
  const result = DeckFileSchema.safeParse(raw)
  if (!result.success) {
    const issue = result.error.issues[0]
    const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : ''
    return {
      ok: false,
      error: `This is not an AI Monitor deck: ${issue?.message ?? 'invalid'}${where}.`,
    }
  }
  const { deck } = result.data
  return {
    ok: true,
    deck: { ...deck, scenes: deck.scenes.map((s) => ({ ...s, query: canonicalQuery(s.query) })) },
  }
}

/** Moves the scene at `from` to `to` (clamped); a new array. */
export function moveScene<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list]
  const target = Math.max(0, Math.min(list.length - 1, to))
  const [item] = next.splice(from, 1)
  if (item === undefined) return next
  next.splice(target, 0, item)
  return next
}
