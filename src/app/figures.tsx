/**
 * The app's figures, composed from the features: the list every presenter, exporter and test
 * addresses, and the one `<Figure id view />` that draws any of them for any view by calling its
 * panel's data hook with that view.
 */
import type { FigureInfo, FigureRegistry } from '../components/figure/figure-registry'
import type { PanelFigureProps } from '../components/figure/panel-figure'
import type { PanelId } from '../domain/view'
import { InvestmentFigure } from '../features/investment/investment-figure'
import { INVESTMENT_FIGURES } from '../features/investment/figures'
import { ModelsFigure } from '../features/models/models-figure'
import { MODELS_FIGURES } from '../features/models/figures'
import { ResearchFigure } from '../features/research/research-figure'
import { RESEARCH_FIGURES } from '../features/research/figures'
import { VibrancyFigure } from '../features/vibrancy/vibrancy-figure'
import { VIBRANCY_FIGURES } from '../features/vibrancy/figures'

const info = (spec: FigureInfo): FigureInfo => ({
  id: spec.id,
  panel: spec.panel,
  label: spec.label,
  kind: spec.kind,
})

/** Every figure, in dashboard order. */
export const FIGURES: readonly FigureInfo[] = [
  ...VIBRANCY_FIGURES,
  ...INVESTMENT_FIGURES,
  ...MODELS_FIGURES,
  ...RESEARCH_FIGURES,
].map(info)

const byId = new Map(FIGURES.map((f) => [f.id, f]))

/** Draws any figure for any view. */
export function Figure(props: PanelFigureProps) {
  switch (byId.get(props.id)?.panel) {
    case 'vibrancy':
      return <VibrancyFigure {...props} />
    case 'investment':
      return <InvestmentFigure {...props} />
    case 'models':
      return <ModelsFigure {...props} />
    case 'research':
      return <ResearchFigure {...props} />
    default:
      return null
  }
}

export const FIGURE_REGISTRY: FigureRegistry = { figures: FIGURES, Figure }

/** The figure a scene of a panel opens on, for decks saved before scenes held figures. */
export function firstFigureOf(panel: PanelId): string {
  return FIGURES.find((f) => f.panel === panel)?.id ?? FIGURES[0]?.id ?? ''
}
