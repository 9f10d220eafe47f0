/**
 * What the whole app agrees on about editions, derived from the one list in ./edition-list.ts:
 * the ids (the contract's enum), the AI Index and Vibrancy editions the pickers offer, the
 * defaults, the nearest-edition rule, which Vibrancy release covers a data year, and labels.
 * Pure: no React, no store.
 */
import { EDITION_LIST, type EditionEntry, type EditionKind } from './edition-list'

type Entry = (typeof EDITION_LIST)[number]

/** Every edition id. */
export type EditionId = Entry['id']
/** Editions of the AI Index the Edition picker offers. */
export type AiIndexEdition = Extract<Entry, { kind: 'ai-index' }>['id']
/** Releases of the Global AI Vibrancy Tool. */
export type GvtEdition = Extract<Entry, { kind: 'vibrancy' }>['id']
/** Vintages of the reference series (World Bank population and GDP). */
export type ReferenceEdition = Extract<Entry, { kind: 'reference' }>['id']

export type { EditionKind }

const ALL: readonly EditionEntry[] = EDITION_LIST
const byId = new Map(ALL.map((e) => [e.id, e]))

/**
 * The ids of one kind of edition, newest first: by publication year, then by the publisher's
 * update date where two share a year (undated entries, the hand-curated ones, count as older).
 */
export function newestFirstOf(list: readonly EditionEntry[], kind: EditionKind): string[] {
  const date = (e: EditionEntry) => e.published ?? ''
  return list
    .filter((e) => e.kind === kind)
    .sort((a, b) => b.year - a.year || (date(a) < date(b) ? 1 : date(a) > date(b) ? -1 : 0))
    .map((e) => e.id)
}
const newestFirst = (kind: EditionKind): readonly string[] => newestFirstOf(ALL, kind)

export function isEditionId(id: string): id is EditionId {
  return byId.has(id)
}
function isAiIndexEditionId(id: string): id is AiIndexEdition {
  return byId.get(id)?.kind === 'ai-index'
}
function isGvtEditionId(id: string): id is GvtEdition {
  return byId.get(id)?.kind === 'vibrancy'
}
function isReferenceEditionId(id: string): id is ReferenceEdition {
  return byId.get(id)?.kind === 'reference'
}

/** Every id, as the tuple zod's enum wants. */
export const EDITION_IDS = ALL.map((e) => e.id) as [EditionId, ...EditionId[]]

/** AI Index editions, newest first. */
export const AI_INDEX_EDITIONS: readonly AiIndexEdition[] =
  newestFirst('ai-index').filter(isAiIndexEditionId)
/** Vibrancy releases, newest first. */
export const GVT_EDITIONS: readonly GvtEdition[] = newestFirst('vibrancy').filter(isGvtEditionId)

/** The first of a list the app cannot run without (a broken edition list fails at load). */
function first<T>(list: readonly T[], what: string): T {
  const [head] = list
  if (head === undefined) throw new Error(`The edition list has no ${what}`)
  return head
}

/** The newest AI Index edition: the default of every view until /meta says otherwise. */
export const DEFAULT_AI_INDEX = first(AI_INDEX_EDITIONS, 'AI Index edition')
/** The newest Vibrancy release. */
export const DEFAULT_GVT = first(GVT_EDITIONS, 'Vibrancy release')
/** The reference series (population, GDP) normalisations divide by: the newest vintage. */
export const REFERENCE_EDITION = first(
  newestFirst('reference').filter(isReferenceEditionId),
  'reference',
)
/** The newest Our World in Data vintage: the constant-prices investment series' edition. */
export const DEFAULT_OWID = first(newestFirst('owid').filter(isEditionId), 'OWID edition')

export const isAiIndexEdition = isAiIndexEditionId
export const isGvtEdition = isGvtEditionId

export function editionKind(id: string): EditionKind | null {
  return byId.get(id)?.kind ?? null
}

/** Publication year of an edition (NaN for an unknown id). */
export function editionYear(id: string): number {
  return byId.get(id)?.year ?? Number.NaN
}

/**
 * The order in which the service picks an indicator's edition when none is asked for: the
 * newest AI Index first, then OWID, reference series, chart labels, Vibrancy releases.
 */
export const SERVICE_PREFERENCE: readonly EditionId[] = [
  ...newestFirst('ai-index'),
  ...newestFirst('owid'),
  ...newestFirst('reference'),
  ...newestFirst('ai-index-charts'),
  ...newestFirst('vibrancy'),
] as EditionId[]

/**
 * The nearest-edition rule: among the AI Index editions that hold an indicator, the selected
 * one; otherwise the one nearest to it in publication year, the newer on a tie (so AI Index
 * 2024, with 2023 data, borrows from 2025, with 2023 data, rather than from 2026). Null when no
 * AI Index edition holds it.
 */
export function nearestEdition(
  available: readonly string[],
  selected: AiIndexEdition,
): AiIndexEdition | null {
  const aiIndex = available.filter(isAiIndexEdition)
  if (aiIndex.includes(selected)) return selected
  const target = editionYear(selected)
  let best: AiIndexEdition | null = null
  for (const e of aiIndex) {
    if (best === null) {
      best = e
      continue
    }
    const d = Math.abs(editionYear(e) - target)
    const bestD = Math.abs(editionYear(best) - target)
    if (d < bestD || (d === bestD && editionYear(e) > editionYear(best))) best = e
  }
  return best
}

/** The chart-label vintage published with an AI Index edition, if there is one. */
export function chartLabelsOf(edition: AiIndexEdition): EditionId | null {
  const year = editionYear(edition)
  return (ALL.find((e) => e.kind === 'ai-index-charts' && e.year === year)?.id ??
    null) as EditionId | null
}

/** Data years a Vibrancy release ranks (from the list; /vibrancy says the same). */
export function gvtDataYears(edition: string): readonly number[] {
  return byId.get(edition)?.dataYears ?? []
}

/**
 * The Vibrancy release whose ranking describes a data year: the newest release covering that
 * year, else the newest covering an earlier year (the latest ranking before it). Null when no
 * release covers that year or any before it.
 */
export function gvtForDataYear(year: number): GvtEdition | null {
  let best: { id: GvtEdition; dataYear: number } | null = null
  for (const id of GVT_EDITIONS)
    for (const dataYear of gvtDataYears(id))
      if (dataYear <= year && (best === null || dataYear > best.dataYear)) best = { id, dataYear }
  return best?.id ?? null
}

/** The label of an edition: the one /meta serves, else the list's. */
export function editionLabel(
  id: string,
  served?: readonly { readonly id: string; readonly label: string }[],
): string {
  return served?.find((e) => e.id === id)?.label ?? byId.get(id)?.label ?? id
}

/** A short label for chart columns and headers: "GVT 2024" for a Vibrancy release. */
export function shortEditionLabel(id: string, served?: Parameters<typeof editionLabel>[1]) {
  return editionLabel(id, served).replace('Global AI Vibrancy Tool', 'GVT')
}
