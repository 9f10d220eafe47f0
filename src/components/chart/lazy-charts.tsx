/**
 * Lazy entry points of the chart renderers: recharts loads in its own chunk, out of the
 * entry.
 */
import { lazy, memo, Suspense, type ComponentProps } from 'react'
// Same figures, no redraw: a chart re-renders only when its data or settings change.
import { sameData } from '../../lib/same-data'

const load = () => import('./charts')
// Over HTTP the chart code downloads while the API answers. With embedded data the answers
// wait for the main thread, and evaluating recharts first would hold up the ranking's first
// paint, so the code loads when a chart first renders.
if (__API_BASE_URL__ !== '') void load()

const LazyBars = lazy(() => load().then((m) => ({ default: m.RankedBars })))
const LazyLines = lazy(() => load().then((m) => ({ default: m.TrendLines })))
const LazyScatter = lazy(() => load().then((m) => ({ default: m.LabelledScatter })))
const LazySlope = lazy(() => load().then((m) => ({ default: m.RankSlope })))

type ChartsModule = typeof import('./charts')

function Placeholder({ height }: { readonly height: number }) {
  return <div className="skeleton" style={{ height }} aria-hidden="true" />
}

function RankedBarsChart(props: ComponentProps<ChartsModule['RankedBars']>) {
  return (
    <Suspense fallback={<Placeholder height={props.height} />}>
      <LazyBars {...props} />
    </Suspense>
  )
}

function TrendLinesChart(props: ComponentProps<ChartsModule['TrendLines']>) {
  return (
    <Suspense fallback={<Placeholder height={props.height} />}>
      <LazyLines {...props} />
    </Suspense>
  )
}

function LabelledScatterChart(props: ComponentProps<ChartsModule['LabelledScatter']>) {
  return (
    <Suspense fallback={<Placeholder height={props.height} />}>
      <LazyScatter {...props} />
    </Suspense>
  )
}

function RankSlopeChart(props: ComponentProps<ChartsModule['RankSlope']>) {
  return (
    <Suspense fallback={<Placeholder height={props.height} />}>
      <LazySlope {...props} />
    </Suspense>
  )
}

export const RankedBars = memo(RankedBarsChart, sameData)

export const TrendLines = memo(TrendLinesChart, sameData)

export const LabelledScatter = memo(LabelledScatterChart, sameData)

export const RankSlope = memo(RankSlopeChart, sameData)
