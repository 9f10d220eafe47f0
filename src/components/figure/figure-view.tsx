/**
 * Draws one figure of a panel for a view: its own boundary over the queries it needs (skeleton,
 * error with Retry, busy while new filters load), its state from the panel's model, and the
 * frame. Used by the panels on the dashboard and, through each feature's standalone figure, by
 * slides, previews and off-screen renders. Reads no store: the view and how to change it are props.
 */
import { useEffect, useMemo } from 'react'
import { ContractError, describeError } from '../../api/errors'
import type { UpdateView, ViewState } from '../../domain/view'
import { describeFilters, describeWeights, type NameOf } from '../../lib/export/stamp'
import { viewLink } from '../../lib/export/view-link'
import { PanelError } from '../panel/panel-states'
import { ChartSkeleton } from '../chart/lazy-charts'
import { useEventCallback } from '../use-event-callback'
import { useFigureMenuExtras } from './figure-actions'
import { FigureFrame, type FigureFrameProps } from './figure-frame'
import { problemOf, queriesOf, type AnyFigureSpec, type PanelData } from './figure-spec'
import type { FigureState } from './figure-types'

export interface FigureViewProps<M> {
  readonly spec: AnyFigureSpec<M>
  readonly data: PanelData<M>
  readonly view: ViewState
  /** Changes the view (table toggle, selection, tools); absent where the figure is read-only. */
  readonly update?: UpdateView
  /** Display names of ids, for the filters stamped on exports. */
  readonly nameOf: NameOf
  readonly variant?: 'dashboard' | 'slide'
  /** The chart box's height; default: the figure's dashboard height. */
  readonly height?: number
  readonly textScale?: number
  readonly menuExtras?: FigureFrameProps<unknown>['menuExtras']
  /** Called with the figure's state whenever it changes (off-screen renders wait for it). */
  readonly onState?: (state: FigureState<unknown> | null) => void
}

export function FigureView<M>({
  spec,
  data,
  view,
  update,
  nameOf,
  variant = 'dashboard',
  height,
  textScale = 1,
  menuExtras,
  onState,
}: FigureViewProps<M>) {
  const queries = queriesOf(data, spec.needs)
  const failed = queries.filter((q) => q.isError)
  const firstError = failed[0]?.error
  // Named by the figure, so a reader (and a test) knows which figure the message is about.
  if (firstError !== undefined)
    return (
      <div className="figure-state" data-figure={spec.id} role="group" aria-label={spec.label}>
        <PanelError
          message={describeError(
            firstError,
            failed.map((q) => q.error),
          )}
          details={firstError instanceof ContractError ? firstError.issues : undefined}
          onRetry={() => {
            // Every failed query of this figure, whichever endpoint; one already asking again
            // (another figure's Retry) is joined, not restarted.
            for (const q of failed) void q.refetch({ cancelRefetch: false })
          }}
        />
      </div>
    )
  const problem = problemOf(data, spec.needs)
  if (problem)
    return (
      <div className="figure-state" data-figure={spec.id} role="group" aria-label={spec.label}>
        <PanelError message={problem.message} onRetry={problem.retry} />
      </div>
    )
  return (
    <FigureBody
      spec={spec}
      model={data.model}
      view={view}
      answered={queries.every((q) => q.data !== undefined)}
      busy={queries.some((q) => q.isFetching)}
      update={update}
      nameOf={nameOf}
      variant={variant}
      height={height}
      textScale={textScale}
      menuExtras={menuExtras}
      onState={onState}
    />
  )
}

type BodyProps<M> = Omit<FigureViewProps<M>, 'data'> & {
  readonly model: M
  /** Every query the figure draws from has an answer. */
  readonly answered: boolean
  /** Some of them are fetching (new filters): the figure is marked busy, its old state kept. */
  readonly busy: boolean
}

/**
 * The figure once its queries have answered: its state from the model and the view, memoised so
 * it keeps its identity between renders (whoever waits on it, such as a slide's headline,
 * updates only when it changes), and the frame.
 */
function FigureBody<M>({
  spec,
  model,
  view,
  answered,
  busy,
  update,
  nameOf,
  variant = 'dashboard',
  height,
  textScale = 1,
  menuExtras,
  onState,
}: BodyProps<M>) {
  const extras = useFigureMenuExtras()
  // One function for the figure's life: the chart compares its props structurally and skips
  // its redraw when they are the same, which a new closure per render would defeat (every
  // selectable chart redrew on every weight-slider step).
  const selectLatest = useEventCallback((id: string) =>
    update?.({ selected: id === view.selected ? null : id }),
  )
  const state = useMemo(
    () => (answered ? spec.state(model, view) : null),
    [answered, spec, model, view],
  )
  useEffect(() => {
    onState?.(state)
  }, [onState, state])
  if (!state)
    return (
      <div
        className="figure-state panel-state panel-state--loading"
        data-figure={spec.id}
        role="group"
        aria-label={spec.label}
        aria-busy="true"
      >
        <span role="status" className="visually-hidden">
          Loading {spec.label}
        </span>
        <ChartSkeleton height={height ?? 240} />
      </div>
    )
  const asTable =
    spec.kind === 'table' || view.tables.includes(spec.id) || view.tables.includes(spec.panel)
  const toggle =
    update && spec.kind !== 'table'
      ? () =>
          update({
            tables: asTable
              ? view.tables.filter((t) => t !== spec.id && t !== spec.panel)
              : [...view.tables, spec.id],
          })
      : undefined
  const select = update && spec.selectable ? selectLatest : undefined
  return (
    <div className="figure-view" aria-busy={busy || undefined}>
      <FigureFrame
        id={spec.id}
        state={state}
        Chart={spec.Chart}
        height={height ?? spec.height(state)}
        textScale={textScale}
        variant={variant}
        asTable={asTable}
        onToggleTable={toggle}
        onSelect={select}
        exportInfo={
          variant === 'dashboard'
            ? () => ({
                filters: describeFilters(view, nameOf),
                weights: describeWeights(view),
                link: viewLink(view),
              })
            : undefined
        }
        menuExtras={[...(menuExtras ?? []), ...(extras?.(spec.id, view, state) ?? [])]}
        tools={update && variant === 'dashboard' ? spec.tools?.(view, update, model) : undefined}
        tableOnly={spec.kind === 'table'}
      />
    </div>
  )
}
