/**
 * The frame every chart sits in: a <figure> with an accessible name, a fixed-size box (no
 * layout shift while data loads; drawn only near the viewport), the chart ⇄ table toggle (kept in the URL), and a caption
 * with units, source and caveats. The Export menu (PNG, SVG, CSV, clipboard) stamps every export with the view's context.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { observeChartReady } from '../../lib/perf'
import type { ExportTable } from '../../lib/export/types'
import { ScrollRegion } from '../scroll-region'
import { ExportMenu } from './export-menu'
import { useNearViewport } from './use-near-viewport'
import { usePresentedHeight } from './use-presented-height'
import type { PanelId } from '../../stores/url-codec'
import { updateView, useView } from '../../stores/view-store'

interface ChartFrameProps {
  /** The panel the toggle belongs to (the URL keeps one table/chart choice per panel). */
  readonly panel: PanelId
  /** Title of the chart: also its accessible name and the title of exports. */
  readonly title: string
  /** Unit line, e.g. "US$ billions, nominal". */
  readonly unit: string
  /** Source line(s) shown under the chart and stamped on exports. */
  readonly source: string
  readonly caveats?: readonly string[]
  /** Height of the chart box in px (fixed so nothing shifts). */
  readonly height?: number
  /** The chart (SVG). */
  readonly chart: ReactNode
  /** The same data as an accessible table. */
  readonly table: ReactNode
  /** Extra controls shown in the frame's toolbar (toggles). */
  readonly tools?: ReactNode
  /**
   * Exactly the data on screen (filters applied), for CSV export: header and rows of raw
   * values (null = no data). Exports stamp title, unit, source, caveats and the view's link.
   */
  readonly exportData?: ExportTable
}

export type { ExportTable }

export function ChartFrame({
  panel,
  title,
  unit,
  source,
  caveats = [],
  height = 360,
  chart,
  table,
  tools,
  exportData,
}: ChartFrameProps) {
  const figureRef = useRef<HTMLElement>(null)
  const [box, setBox] = useState<HTMLDivElement | null>(null)
  const near = useNearViewport(box)
  const boxHeight = usePresentedHeight(height)
  // The benchmark's chart-ready mark: the first chart drawn on the page.
  useEffect(() => (box ? observeChartReady(box) : undefined), [box])
  const tables = useView((v) => v.tables)
  const showTable = tables.includes(panel)
  const titleId = useId()
  return (
    <figure
      ref={figureRef}
      className="chart-frame"
      aria-labelledby={titleId}
      data-export-title={title}
      data-export-unit={unit}
      data-export-source={source}
      data-export-caveats={caveats.join(' | ')}
    >
      <div className="chart-frame__bar">
        <p id={titleId} className="chart-frame__title">
          {title}
        </p>
        <div className="chart-frame__tools">
          {tools}
          <ExportMenu
            figure={figureRef}
            panel={panel}
            title={title}
            unit={unit}
            source={source}
            caveats={caveats}
            table={exportData ?? { header: [], rows: [] }}
          />
          <button
            type="button"
            className="button button--quiet"
            aria-pressed={showTable}
            onClick={() =>
              updateView({
                tables: showTable ? tables.filter((p) => p !== panel) : [...tables, panel],
              })
            }
          >
            {showTable ? 'Show chart' : 'Show table'}
          </button>
        </div>
      </div>
      <p className="chart-frame__unit">{unit}</p>
      {showTable ? (
        <ScrollRegion className="chart-frame__table" label={`${title}, table`}>
          {table}
        </ScrollRegion>
      ) : (
        <div
          ref={setBox}
          className="chart-frame__chart"
          style={{ height: boxHeight }}
          data-drawn={near}
        >
          {near ? chart : null}
        </div>
      )}
      <figcaption className="chart-frame__caption">
        <span className="chart-frame__source">Source: {source}</span>
        {caveats.map((c) => (
          <span key={c} className="chart-frame__caveat">
            {c}
          </span>
        ))}
      </figcaption>
    </figure>
  )
}
