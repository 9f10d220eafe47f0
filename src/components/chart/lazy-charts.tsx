/**
 * The chart renderers, lazily: recharts loads in its own chunk, out of the entry. One wrapper
 * for every renderer: a fixed-height skeleton while the chunk loads, and no redraw when a parent
 * passes the same figures again (memo with structural equality).
 */
import { lazy, memo, Suspense, type ComponentType } from 'react'
import type { ChartProps } from '../figure/figure-types'
import { sameData } from '../../lib/same-data'
import type { BarsData } from './renderers/bars'
import type { LinesData } from './renderers/lines'
import type { ScatterData } from './renderers/scatter'
import type { SlopeData } from './renderers/slope'
import type { StackedData } from './renderers/stacked-bars'

type Renderers = typeof import('./renderers/index')

const load = () => import('./renderers/index')
// Over HTTP the chart code downloads while the API answers. With embedded data the answers
// wait for the main thread, and evaluating recharts first would hold up the ranking's first
// paint, so the code loads when a chart first renders.
if (__API_BASE_URL__ !== '') void load()

/** A skeleton of the chart's own height: the box never changes size while code loads. */
export function ChartSkeleton({ height }: { readonly height: number }) {
  return <div className="skeleton" style={{ height }} aria-hidden="true" />
}

function lazyChart<D>(pick: (m: Renderers) => ComponentType<ChartProps<D>>) {
  const Lazy = lazy(() => load().then((m) => ({ default: pick(m) })))
  function LazyChart(props: ChartProps<D>) {
    return (
      <Suspense fallback={<ChartSkeleton height={props.height} />}>
        <Lazy {...props} />
      </Suspense>
    )
  }
  return memo(LazyChart, sameData)
}

export const BarsChart = lazyChart<BarsData>((m) => m.Bars)
export const LinesChart = lazyChart<LinesData>((m) => m.Lines)
export const ScatterChart = lazyChart<ScatterData>((m) => m.LabelledScatter)
export const SlopeChart = lazyChart<SlopeData>((m) => m.Slope)
export const StackedChart = lazyChart<StackedData>((m) => m.StackedBars)

export type { BarDatum, BarsData } from './renderers/bars'
export type { LineAnnotation, LineSeries, LinesData } from './renderers/lines'
export type { ScatterData, ScatterPoint } from './renderers/scatter'
export type { SlopeData, SlopeSeries } from './renderers/slope'
export type { StackedData, StackedRow } from './renderers/stacked-bars'
