/**
 * Entries the composing layer adds to every figure's menu (e.g. "Add as scene"), given the
 * figure, the view it is drawn for and its state. A context, so panels and shared UI need not
 * know who adds them (the presenting feature, wired in by the app).
 */
import { createContext, useContext } from 'react'
import type { ViewState } from '../../domain/view'
import type { FigureState } from './figure-types'

export interface FigureMenuEntry {
  readonly id: string
  readonly label: string
  readonly run: () => void
}

export type FigureMenuExtras = (
  figureId: string,
  view: ViewState,
  state: FigureState<unknown>,
) => readonly FigureMenuEntry[]

export const FigureActionsContext = createContext<FigureMenuExtras | null>(null)

export function useFigureMenuExtras(): FigureMenuExtras | null {
  return useContext(FigureActionsContext)
}
