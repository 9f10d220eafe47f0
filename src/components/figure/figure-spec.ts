/**
 * How a feature declares a figure: an id, the panel it belongs to, the queries it draws from,
 * how its state follows from the panel's model for a view, and its renderer. The same spec
 * draws the figure on the dashboard, on a slide, in the presenter's next-slide preview, off
 * screen for PowerPoint and in print. Types only, plus `defineFigure`.
 */
import type { ReactNode } from 'react'
import type { UseQueryResult } from '@tanstack/react-query'
import type { PanelId, UpdateView, ViewState } from '../../domain/view'
import type { ChartComponent, FigureState } from './figure-types'

/**
 * An answer that is valid but lacks what a figure needs (e.g. /meta lists no indicator the
 * index is computed from): the figure says so, with Retry, instead of drawing less than it
 * claims.
 */
export interface DataProblem {
  /** The whole sentence: what is missing and what it means for the figure. */
  readonly message: string
  /** Asks again for the answer that lacked it. */
  readonly retry: () => void
}

/**
 * What a panel's data hook returns, for any view: its queries by name, its model, and the
 * problems of its answers by the same names (a figure needing that name shows the problem).
 */
export interface PanelData<M> {
  readonly queries: Readonly<Record<string, UseQueryResult | readonly UseQueryResult[]>>
  readonly model: M
  readonly problems?: Readonly<Record<string, DataProblem | undefined>>
}

export interface FigureSpec<M, D> {
  /** Stable id, "<panel>.<name>": URLs (tables), scenes and exports address it. */
  readonly id: string
  readonly panel: PanelId
  /** What it is, in a few words, for menus and scene lists ("Ranked bars for one year"). */
  readonly label: string
  /** 'table': the table is the figure (no chart ⇄ table toggle). */
  readonly kind: 'bar' | 'line' | 'scatter' | 'slope' | 'stacked' | 'map' | 'table'
  /** Names of the panel's queries it draws from: its own boundary, skeleton and Retry. */
  readonly needs: readonly string[]
  /** The figure for a view; null while the model part it needs is not ready. */
  readonly state: (model: M, view: ViewState) => FigureState<D> | null
  readonly Chart: ChartComponent<D>
  /** Height of the chart box on the dashboard, in px. */
  readonly height: (state: FigureState<D>) => number
  /** Clicking a mark selects its entity. */
  readonly selectable?: boolean
  /** Controls in the frame's toolbar (they change the view, so every figure stays a link). */
  readonly tools?: (view: ViewState, update: UpdateView, model: M) => ReactNode
}

/** The renderer of a table figure: the table is the figure, there is no chart to draw. */
export const NoChart: ChartComponent<null> = () => null

/** A spec with its data type erased, so one panel's figures live in one list. */
export type AnyFigureSpec<M> = FigureSpec<M, unknown>

/** Declares a figure (checks the spec against its data type, then erases it for the list). */
export function defineFigure<M, D>(spec: FigureSpec<M, D>): AnyFigureSpec<M> {
  return spec as unknown as AnyFigureSpec<M>
}

/** Declares a table figure: the table is the figure, so it has no chart and no chart height. */
export function defineTable<M>(
  spec: Omit<FigureSpec<M, null>, 'kind' | 'Chart' | 'height'>,
): AnyFigureSpec<M> {
  return defineFigure<M, null>({ ...spec, kind: 'table', Chart: NoChart, height: () => 0 })
}

/** The figure's queries, flattened. */
export function queriesOf<M>(data: PanelData<M>, needs: readonly string[]): UseQueryResult[] {
  const list: UseQueryResult[] = []
  for (const name of needs) {
    const q = data.queries[name]
    if (q === undefined) continue
    if (isList(q)) list.push(...q)
    else list.push(q)
  }
  return list
}

/** The first problem among the names a figure needs, if any. */
export function problemOf<M>(data: PanelData<M>, needs: readonly string[]): DataProblem | null {
  for (const name of needs) {
    const problem = data.problems?.[name]
    if (problem) return problem
  }
  return null
}

function isList(q: UseQueryResult | readonly UseQueryResult[]): q is readonly UseQueryResult[] {
  return Array.isArray(q)
}
