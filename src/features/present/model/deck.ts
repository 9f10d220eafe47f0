/**
 * Decks of scenes. A scene is one figure drawn for one view, with a headline (a live template,
 * ./headline.ts), speaker notes and, optionally, a key figure: one big number with its label
 * and the claim it speaks to. The view is the URL codec's query string, so a scene is a link.
 * Imported decks (JSON files, links) are untrusted: validated with zod, views re-canonicalised
 * through the codec. Decks saved before scenes held figures (format 1: a panel and a title) open
 * each scene on its panel's first figure, the title as headline.
 */
import { z } from '../../../api/zod'
import { parseView, serializeView } from '../../../domain/url-codec'
import { PANELS, type PanelId } from '../../../domain/view'

export interface KeyFigure {
  /** Template of the big number ("{value USA}"). */
  readonly value: string
  /** What the number is, in words. */
  readonly label: string
  /** The quoted claim the number speaks to (its status is shown), if any. */
  readonly claim: string | null
}

export interface Scene {
  readonly id: string
  /** The figure the slide shows (a figure id, e.g. "investment.ranked"). */
  readonly figure: string
  /** serializeView output, without `present`: the view the figure is drawn for. */
  readonly query: string
  /** The slide's headline: a template that may embed the figure's values. */
  readonly headline: string
  readonly notes: string
  readonly key: KeyFigure | null
}

export interface Deck {
  readonly id: string
  readonly title: string
  readonly scenes: readonly Scene[]
}

const Text = (max: number) => z.string().max(max)
const FIGURE_ID = /^[a-z]{1,20}\.[a-z0-9-]{1,40}$/

const SceneSchema = z.object({
  id: z.string().min(1).max(64),
  figure: z.string().regex(FIGURE_ID),
  query: Text(4000),
  headline: z.string().trim().min(1).max(240),
  notes: Text(8000),
  key: z
    .object({ value: Text(240), label: Text(240), claim: z.string().max(64).nullable() })
    .nullable(),
})

/** A scene as format 1 stored it: a panel, a title, a view and notes. */
const LegacySceneSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().trim().min(1).max(160),
  notes: Text(8000),
  panel: z.enum(PANELS),
  query: Text(4000),
})

const DeckBody = <S extends z.ZodType>(scene: S) =>
  z.object({
    id: z.string().min(1).max(64),
    title: z.string().trim().min(1).max(160),
    scenes: z.array(scene).max(200),
  })

/** The file format of an exported deck (version 2: scenes hold figures). */
export const DeckFileSchema = z.object({
  format: z.literal('ai-monitor-deck'),
  version: z.literal(2),
  deck: DeckBody(SceneSchema),
})

const LegacyDeckFileSchema = z.object({
  format: z.literal('ai-monitor-deck'),
  version: z.literal(1),
  deck: DeckBody(LegacySceneSchema),
})

/** A deck as kept in localStorage: either format (decks saved before figures come as format 1). */
export const StoredDeckSchema = z.union([DeckBody(SceneSchema), DeckBody(LegacySceneSchema)])

/** The figure a legacy scene of a panel opens on. */
export type FirstFigureOf = (panel: PanelId) => string

/** Canonical query of a view string (drops invalid params and `present`). */
export function canonicalQuery(query: string): string {
  return serializeView({ ...parseView(query).state, present: null })
}

/** A short random id (not security-relevant: only distinguishes decks and scenes). */
export function newId(): string {
  return Math.random().toString(36).slice(2, 10)
}

/** A format-1 scene as a scene of figures: its panel's first figure, its title as headline. */
export function migrateScene(
  scene: z.infer<typeof LegacySceneSchema> | Scene,
  firstFigureOf: FirstFigureOf,
): Scene {
  if ('figure' in scene) return { ...scene, query: canonicalQuery(scene.query) }
  return {
    id: scene.id,
    figure: firstFigureOf(scene.panel),
    query: canonicalQuery(scene.query),
    headline: scene.title,
    notes: scene.notes,
    key: null,
  }
}

/** A deck read from storage, in the current format. */
export function migrateDeck(
  deck: z.infer<typeof StoredDeckSchema>,
  firstFigureOf: FirstFigureOf,
): Deck {
  return {
    id: deck.id,
    title: deck.title,
    scenes: deck.scenes.map((s) => migrateScene(s, firstFigureOf)),
  }
}

export function deckToJson(deck: Deck): string {
  return JSON.stringify({ format: 'ai-monitor-deck', version: 2, deck }, null, 2)
}

export type ParsedDeck = { ok: true; deck: Deck } | { ok: false; error: string }

/** Parses and validates a deck file's text (either format); never throws. */
export function parseDeckJson(text: string, firstFigureOf: FirstFigureOf): ParsedDeck {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ok: false, error: 'This file is not JSON.' }
  }
  const current = DeckFileSchema.safeParse(raw)
  const legacy = current.success ? null : LegacyDeckFileSchema.safeParse(raw)
  if (current.success) return { ok: true, deck: migrateDeck(current.data.deck, firstFigureOf) }
  if (legacy?.success) return { ok: true, deck: migrateDeck(legacy.data.deck, firstFigureOf) }
  const issue = current.error.issues[0]
  const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : ''
  return {
    ok: false,
    error: `This is not an AI Monitor deck: ${issue?.message ?? 'invalid'}${where}.`,
  }
}

/** Moves the item at `from` to `to` (clamped); a new array. */
export function moveScene<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list]
  const target = Math.max(0, Math.min(list.length - 1, to))
  const [item] = next.splice(from, 1)
  if (item === undefined) return next
  next.splice(target, 0, item)
  return next
}
