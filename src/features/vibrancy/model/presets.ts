/** Weight presets of the index builder (pillar weights; indicators within a pillar weigh 1). */
import type { Weights } from './composite-index'

export interface Preset {
  readonly id: string
  readonly label: string
  readonly weights: Weights
  readonly note: string
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'equal',
    label: 'Equal',
    weights: { economy: 1, research: 1 },
    note: 'Both pillars and all indicators weigh the same.',
  },
  {
    id: 'economy-heavy',
    label: 'Economy-heavy',
    weights: { economy: 3, research: 1 },
    note: 'Economy 3 : R&D 1.',
  },
  {
    id: 'research-heavy',
    label: 'R&D-heavy',
    weights: { economy: 1, research: 3 },
    note: 'R&D 3 : Economy 1.',
  },
  {
    // The GVT says its expert weights put R&D and the economy highest of its 8 pillars, but
    // does not publish them; with only these two pillars here, the ratio is illustrative.
    id: 'rd-economy-highest',
    label: 'R&D and economy weighted highest',
    weights: { economy: 2, research: 2.5 },
    note: 'R&D 2.5 : Economy 2 — illustrative: the GVT puts these two pillars highest but does not publish its weights.',
  },
]

/** The weights in force: URL weights over the Equal preset (indicator weights default to 1). */
export function effectiveWeights(urlWeights: Weights): Weights {
  return { economy: 1, research: 1, ...urlWeights }
}

/** The preset whose weights are in force, if any (indicator weights must all be 1). */
export function activePreset(urlWeights: Weights): Preset | null {
  const w = effectiveWeights(urlWeights)
  const keys = Object.keys(w)
  return (
    PRESETS.find((p) => keys.every((k) => (w[k] ?? 1) === (k in p.weights ? p.weights[k] : 1))) ??
    null
  )
}
