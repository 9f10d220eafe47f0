/**
 * The frame every figure sits in: a <figure> named by its title and described by its summary,
 * a fixed-size box (no layout shift; drawn only near the viewport), the chart ⇄ table toggle,
 * the Export menu, and a caption with unit, source and caveats. Everything comes in as props:
 * the figure's state for one view, its renderer, and what the toolbar may do.
 */
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react'
import { observeChartReady } from '../../lib/perf'
import type { FigureExport } from '../../lib/export/types'
import { ScrollRegion } from '../scroll-region'
import { useEventCallback } from '../use-event-callback'
import { chartToDraw } from '../chart/chart-to-draw'
import { ExportMenu } from '../chart/export-menu'
import { useNearViewport } from '../chart/use-near-viewport'
import type { ChartComponent, FigureState } from './figure-types'
import { FigureTableView } from './figure-table'

export interface FigureFrameProps<D> {
  /** The figure id: the DOM id of the frame, and how exports and scenes address it. */
  readonly id: string
  readonly state: FigureState<D>
  readonly Chart: ChartComponent<D>
  /** Height of the chart box in px (fixed, so nothing shifts). */
  readonly height: number
  readonly textScale?: number
  /** 'slide': the chart alone, filling its box (the slide shows title, source and filters). */
  readonly variant?: 'dashboard' | 'slide'
  readonly asTable?: boolean
  readonly onToggleTable?: () => void
  readonly onSelect?: (id: string) => void
  /**
   * What exports stamp besides the figure's own text (filters, link), read when an export is
   * chosen; no menu without it.
   */
  readonly exportInfo?: () => Omit<FigureExport, 'text' | 'table'>
  /** Menu entries beyond the exports (e.g. "Add as scene"). */
  readonly menuExtras?: readonly {
    readonly id: string
    readonly label: string
    readonly run: () => void
  }[]
  /** Extra controls in the toolbar (a sort order, an investment total). */
  readonly tools?: ReactNode
  /** The table is the figure: its caption names it, so the frame adds no title or unit line. */
  readonly tableOnly?: boolean
}

export function FigureFrame<D>({
  id,
  state,
  Chart,
  height,
  textScale = 1,
  variant = 'dashboard',
  asTable = false,
  onToggleTable,
  onSelect,
  exportInfo,
  menuExtras,
  tools,
  tableOnly = false,
}: FigureFrameProps<D>) {
  const figureRef = useRef<HTMLElement>(null)
  const slide = variant === 'slide'
  const [box, setBox] = useState<HTMLDivElement | null>(null)
  // A slide, or an off-screen render for PowerPoint, is drawn whatever the scroll position.
  const near = useNearViewport(box, slide ? { initial: true } : {}) || slide
  // The benchmark's chart-ready mark: the first chart drawn on the page.
  useEffect(() => (box ? observeChartReady(box) : undefined), [box])
  const titleId = useId()
  const summaryId = useId()
  const ready = state.kind === 'ready' ? state : null
  // Stable for the Export menu (see export-menu.tsx): the latest state, view and entries are read
  // when it is used.
  const exported = useEventCallback((): FigureExport => ({
    ...(exportInfo?.() ?? { filters: '', weights: null, link: '' }),
    text: state,
    table:
      state.kind === 'ready' ? state.table : { caption: '', rowHeader: '', columns: [], rows: [] },
  }))
  const drawn = useEventCallback(() =>
    state.kind === 'ready' ? chartToDraw(Chart, state.data) : undefined,
  )
  const runExtra = useEventCallback((entry: string) =>
    menuExtras?.find((e) => e.id === entry)?.run(),
  )
  const extrasKey = (menuExtras ?? []).map((e) => `${e.id}\u0000${e.label}`).join('\u0001')
  const extraItems = useMemo(
    () => (menuExtras ?? []).map(({ id: entry, label }) => ({ id: entry, label })),
    // The entries' ids and labels, not the array (a new one each render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [extrasKey],
  )
  return (
    <figure
      ref={figureRef}
      id={`figure-${id}`}
      className={`chart-frame${slide ? ' chart-frame--slide' : ''}${tableOnly ? ' chart-frame--table' : ''}`}
      aria-labelledby={titleId}
      aria-describedby={ready ? summaryId : undefined}
      data-figure={id}
    >
      <div className="chart-frame__bar">
        <p id={titleId} className={slide || tableOnly ? 'visually-hidden' : 'chart-frame__title'}>
          {/* A table figure is named by its table's caption, the title it shows. */}
          {tableOnly && ready ? ready.table.caption : state.title}
        </p>
        {slide ? null : (
          <div className="chart-frame__tools">
            {tools}
            {exportInfo && ready ? (
              <ExportMenu
                figure={figureRef}
                title={ready.title}
                info={exported}
                chart={tableOnly ? undefined : drawn}
                extras={extraItems}
                onExtra={runExtra}
              />
            ) : null}
            {onToggleTable && ready ? (
              <button
                type="button"
                className="button button--quiet"
                aria-pressed={asTable}
                onClick={onToggleTable}
              >
                {asTable ? 'Show chart' : 'Show table'}
              </button>
            ) : null}
          </div>
        )}
      </div>
      {tableOnly ? null : <p className="chart-frame__unit">{state.unit}</p>}
      {ready ? (
        <p id={summaryId} className="visually-hidden">
          {ready.summary}
        </p>
      ) : null}
      {state.kind === 'empty' ? (
        <div
          className="chart-frame__empty"
          style={{ minHeight: Math.min(height, 160) }}
          role="status"
        >
          {state.prompt ? null : (
            <p className="chart-frame__empty-title">No data for these filters</p>
          )}
          <p>{state.reason}</p>
        </div>
      ) : tableOnly || (slide && asTable) ? (
        // On a slide the table gets the chart's box: as many rows as fit, and a count of the rest.
        <FigureTableView
          table={state.table}
          maxRows={slide ? Math.max(3, Math.floor(height / 46) - 1) : undefined}
        />
      ) : asTable ? (
        <ScrollRegion className="chart-frame__table" label={`${state.title}, table`}>
          <FigureTableView table={state.table} />
        </ScrollRegion>
      ) : (
        <div ref={setBox} className="chart-frame__chart" style={{ height }} data-drawn={near}>
          {near ? (
            <Chart data={state.data} height={height} textScale={textScale} onSelect={onSelect} />
          ) : null}
        </div>
      )}
      {slide ? null : <FigureCaption state={state} />}
    </figure>
  )
}

function FigureCaption({ state }: { readonly state: FigureState<unknown> }) {
  return (
    <figcaption className="chart-frame__caption">
      <span className="chart-frame__source">Source: {state.source}</span>
      {state.caveats.map((c) => (
        <span key={c} className="chart-frame__caveat">
          {c}
        </span>
      ))}
    </figcaption>
  )
}
