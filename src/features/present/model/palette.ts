/**
 * The command palette's entries, each a change to the current slide's view, and how typing
 * finds them: regions and blocs by name or alias ("EU", "EU-27", "European Union" → EU-27;
 * "EU" never finds Réunion), countries by name or code, a year ("2019"), editions and weight
 * presets. Matches rank exact names and aliases first, then prefixes, then word prefixes; a
 * bare substring counts only from three letters on. Pure, so the ranking is tested.
 */
import type { Entity, Group, MetaResponse } from '../../../api/schemas'
import { AI_INDEX_EDITIONS, editionLabel, GVT_EDITIONS } from '../../../domain/editions'
import type { ViewState } from '../../../domain/view'

export interface PaletteItem {
  readonly id: string
  readonly label: string
  /** Other names it is found by (codes, short names). */
  readonly aliases: readonly string[]
  readonly section: string
  readonly patch: Partial<ViewState>
}

/**
 * Pillar-weight presets of the computed vibrancy index (the same pillar ids the vibrancy panel
 * reads from `weights`; an empty object restores its default, equal weights).
 */
export const WEIGHT_PRESETS: readonly {
  id: string
  label: string
  weights: Record<string, number>
}[] = [
  { id: 'equal', label: 'Equal weights', weights: {} },
  { id: 'economy-heavy', label: 'Economy-heavy (3:1)', weights: { economy: 3, research: 1 } },
  { id: 'research-heavy', label: 'R&D-heavy (1:3)', weights: { economy: 1, research: 3 } },
]

/** Names people say that the data does not carry. */
const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  eu27: ['EU', 'EU27', 'European Union'],
  g7: ['Group of Seven'],
  USA: ['US', 'America'],
  GBR: ['UK', 'Britain', 'Great Britain'],
  KOR: ['Korea'],
  ARE: ['UAE', 'Emirates'],
}

type MetaLike = Pick<MetaResponse, 'editions'> & {
  readonly entities: readonly Entity[]
  readonly groups: readonly Group[]
}

/** Every entry; years from the span the edition covers. */
export function paletteItems(
  meta: MetaLike | undefined,
  years: readonly [number, number] | null,
): PaletteItem[] {
  const label = (id: string) => editionLabel(id, meta?.editions)
  const regions: PaletteItem[] = [
    {
      id: 'region:world',
      label: 'World',
      aliases: [],
      section: 'Region or bloc',
      patch: { region: 'world' },
    },
    ...(meta?.groups ?? []).map((g) => ({
      id: `region:${g.id}`,
      label: g.label,
      aliases: EXTRA_ALIASES[g.id] ?? [],
      section: 'Region or bloc',
      patch: { region: g.id },
    })),
  ]
  const countries = (meta?.entities ?? [])
    .filter((e) => e.kind === 'country')
    .map((e) => ({
      id: `country:${e.id}`,
      label: e.name,
      aliases: [e.id, ...(e.iso2 ? [e.iso2] : []), ...(EXTRA_ALIASES[e.id] ?? [])],
      section: 'Highlight a country',
      patch: { selected: e.id },
    }))
    .sort((a, b) => a.label.localeCompare(b.label))
  const yearItems: PaletteItem[] = []
  if (years)
    for (let y = years[1]; y >= years[0]; y--)
      yearItems.push({
        id: `year:${y}`,
        label: `Year ${y}`,
        aliases: [String(y)],
        section: 'Year',
        patch: { year: y },
      })
  const editions: PaletteItem[] = [
    ...AI_INDEX_EDITIONS.map((id) => ({
      id: `edition:${id}`,
      label: label(id),
      aliases: [],
      section: 'Edition',
      patch: { edition: id },
    })),
    ...GVT_EDITIONS.map((id) => ({
      id: `gvt:${id}`,
      label: label(id),
      aliases: [id.toUpperCase().replace('-', ' ')],
      section: 'Edition',
      patch: { gvt: id },
    })),
  ]
  const weights = WEIGHT_PRESETS.map((p) => ({
    id: `weights:${p.id}`,
    label: `Weights: ${p.label}`,
    aliases: [],
    section: 'Index weight preset',
    patch: { weights: p.weights },
  }))
  return [...regions, ...countries, ...yearItems, ...editions, ...weights]
}

/** Lower case, no diacritics, so "reunion" matches "Réunion" and "eu" matches "EU". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim()
}

/** How well an entry matches what was typed (lower is better); null when it does not. */
export function matchScore(item: PaletteItem, query: string): number | null {
  const q = fold(query)
  if (q === '') return 0
  const names = [item.label, ...item.aliases].map(fold)
  if (names.includes(q)) return 0
  if (names.some((n) => n.startsWith(q))) return 1
  const words = names.flatMap((n) => n.split(/[\s\-(),&/]+/))
  if (words.some((w) => w.startsWith(q))) return 2
  // Two letters inside a word ("eu" in "Réunion") are noise; three are an intent.
  if (q.length >= 3 && names.some((n) => n.includes(q))) return 3
  return null
}

/** The entries matching `query`, best first (ties keep the list's order); all for an empty query. */
export function searchPalette(items: readonly PaletteItem[], query: string): PaletteItem[] {
  return items
    .map((item, i) => ({ item, i, score: matchScore(item, query) }))
    .filter((x): x is { item: PaletteItem; i: number; score: number } => x.score !== null)
    .sort((a, b) => a.score - b.score || a.i - b.i)
    .map((x) => x.item)
}
