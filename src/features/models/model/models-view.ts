/**
 * Everything the Models & Patents panel draws for a view, before each figure picks its part:
 * the series it draws from (null until loaded), the scope, names and edition labels, and the
 * quoted claims. Pure; the figures (../figures.ts) turn it into their states.
 */
import type { Claim, IndicatorResponse, Observation } from '../../../api/schemas'
import type { ViewState } from '../../../domain/view'
import {
  panelLookups,
  quotedLookups,
  type PanelLookups,
  type QuotedLookups,
} from '../../../queries/panel-lookups'
import type { IndexedMeta } from '../../../queries/meta'
import type { PopulationLookup } from './series'

export interface ModelsInputs {
  readonly meta: IndexedMeta | undefined
  readonly notable: IndicatorResponse | undefined
  readonly patents: IndicatorResponse | undefined
  readonly patentShare: IndicatorResponse | undefined
  readonly per100k: IndicatorResponse | undefined
  /** The values printed on the edition's charts; null when it publishes none. */
  readonly notableCharts: IndicatorResponse | null | undefined
  /** null: no edition holds it (its query is off); undefined: loading. */
  readonly modelsCum: IndicatorResponse | null | undefined
  readonly investCum: IndicatorResponse | undefined
  readonly foundationWorld: IndicatorResponse | null | undefined
  readonly claims: readonly Claim[] | undefined
  readonly population: PopulationLookup | null
}

export interface Series {
  readonly edition: Observation['edition']
  readonly observations: readonly Observation[]
}

export interface ModelsModel extends PanelLookups, QuotedLookups {
  readonly notable: Series | null
  readonly patents: Series | null
  readonly patentShare: Series | null
  readonly per100k: Series | null
  /** null: not loaded; 'none': the edition prints no other values on its charts. */
  readonly notableCharts: Series | 'none' | null
  /** null: not loaded; 'none': no edition publishes it. */
  readonly modelsCum: Series | 'none' | null
  readonly investCum: Series | null
  readonly foundationWorld: Series | 'none' | null
  readonly claims: readonly Claim[] | null
  /** Per capita: population lookup (World Bank); null otherwise. */
  readonly population: PopulationLookup | null
}

const series = (r: IndicatorResponse | undefined): Series | null =>
  r ? { edition: r.edition, observations: r.observations } : null

export function buildModelsModel(input: ModelsInputs, view: ViewState): ModelsModel {
  const meta = input.meta
  return {
    ...panelLookups(meta, view),
    notable: series(input.notable),
    patents: series(input.patents),
    patentShare: series(input.patentShare),
    per100k: series(input.per100k),
    notableCharts: input.notableCharts === null ? 'none' : series(input.notableCharts),
    modelsCum: input.modelsCum === null ? 'none' : series(input.modelsCum),
    investCum: series(input.investCum),
    foundationWorld: input.foundationWorld === null ? 'none' : series(input.foundationWorld),
    claims: input.claims ?? null,
    ...quotedLookups(input.claims, meta),
    population: input.population,
  }
}
