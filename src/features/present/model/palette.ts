/** Entries of the command palette, each a change to the view. */
import type { Entity, Group, MetaResponse } from '../../../api/schemas'
import { AI_INDEX_EDITIONS, GVT_EDITIONS } from '../../../domain/editions'
import { type ViewState } from '../../../domain/view'

export interface PaletteItem {
  readonly id: string
  readonly label: string
  readonly patch: Partial<ViewState>
}

export interface PaletteSection {
  readonly id: string
  readonly title: string
  readonly items: readonly PaletteItem[]
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

type MetaLike = Pick<MetaResponse, 'editions'> & {
  readonly entities: readonly Entity[]
  readonly groups: readonly Group[]
}

export function paletteSections(meta: MetaLike | undefined): PaletteSection[] {
  const label = (id: string) => meta?.editions.find((e) => e.id === id)?.label ?? id
  const countries = (meta?.entities ?? [])
    .filter((e) => e.kind === 'country')
    .map((e) => ({ id: `country:${e.id}`, label: e.name, patch: { selected: e.id } }))
    .sort((a, b) => a.label.localeCompare(b.label))
  const regions = [
    { id: 'region:world', label: 'World', patch: { region: 'world' } },
    ...(meta?.groups ?? []).map((g) => ({
      id: `region:${g.id}`,
      label: g.label,
      patch: { region: g.id },
    })),
  ]
  const editions = [
    ...AI_INDEX_EDITIONS.map((id) => ({
      id: `edition:${id}`,
      label: label(id),
      patch: { edition: id },
    })),
    ...GVT_EDITIONS.map((id) => ({ id: `gvt:${id}`, label: label(id), patch: { gvt: id } })),
  ]
  const weights = WEIGHT_PRESETS.map((p) => ({
    id: `weights:${p.id}`,
    label: `Weights: ${p.label}`,
    patch: { weights: p.weights },
  }))
  return [
    { id: 'countries', title: 'Highlight a country', items: countries },
    { id: 'regions', title: 'Region or bloc', items: regions },
    { id: 'editions', title: 'Edition', items: editions },
    { id: 'weights', title: 'Index weight preset', items: weights },
  ]
}
