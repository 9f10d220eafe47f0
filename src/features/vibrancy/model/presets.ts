/** Weight presets of the index builder (pillar weights; indicators within a pillar weigh 1). */
import type { Weights } from './composite-index'

export interface Preset {
  readonly id: string
  readonly label: string
  readonly weights: Weights
}

export const PRESETS: readonly Preset[] = [
  { id: 'equal', label: 'Equal', weights: { economy: 1, research: 1 } },
  { id: 'economy-heavy', label: 'Economy-heavy', weights: { economy: 3, research: 1 } },
  { id: 'research-heavy', label: 'R&D-heavy', weights: { economy: 1, research: 3 } },
  // GVT's own description: R&D and the economy are the pillars weighted highest by its experts.
  {
    id: 'rd-economy-highest',
    label: 'R&D and economy weighted highest',
    weights: { economy: 2, research: 2.5 },
  },
]

/** The weights in force: URL weights over the Equal preset. */
export function effectiveWeights(urlWeights: Weights): Weights {
  return { economy: 1, research: 1, ...urlWeights }
}
