/**
 * The figures of the whole app, as the composing layer provides them (src/app/figures.tsx):
 * their ids and labels, and one component that draws any of them for any view. Features that
 * present or export figures (slides, the deck, print) read it from context, so they never import
 * another feature.
 */
import { createContext, useContext, type ComponentType } from 'react'
import type { PanelId } from '../../domain/view'
import type { PanelFigureProps } from './panel-figure'
import type { FigureSpec } from './figure-spec'

export interface FigureInfo {
  readonly id: string
  readonly panel: PanelId
  readonly label: string
  readonly kind: FigureSpec<unknown, unknown>['kind']
}

export interface FigureRegistry {
  /** Every figure, in the order the dashboard shows them. */
  readonly figures: readonly FigureInfo[]
  /** Draws the figure `id` for `view`. */
  readonly Figure: ComponentType<PanelFigureProps>
}

export const FigureRegistryContext = createContext<FigureRegistry | null>(null)

/** The app's figures; throws outside the provider (a wiring error, not a user-facing state). */
export function useFigureRegistry(): FigureRegistry {
  const registry = useContext(FigureRegistryContext)
  if (!registry) throw new Error('useFigureRegistry needs a <FigureRegistryContext> provider')
  return registry
}
