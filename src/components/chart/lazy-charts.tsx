/**
 * Lazy entry points of the chart renderers: recharts loads in its own chunk, started at
 * module load so it downloads alongside the first API answers, not after them.
 */
import { lazy, Suspense, type ComponentProps } from 'react'

const load = () => import('./charts')
void load()

const LazyBars = lazy(() => load().then((m) => ({ default: m.RankedBars })))
const LazyLines = lazy(() => load().then((m) => ({ default: m.TrendLines })))
const LazyScatter = lazy(() => load().then((m) => ({ default: m.LabelledScatter })))
const LazySlope = lazy(() => load().then((m) => ({ default: m.RankSlope })))

type ChartsModule = typeof import('./charts')

function Placeholder({ height }: { readonly height: number }) {
  return <div className="skeleton" style={{ height }} aria-hidden="true" />
}

export function RankedBars(props: ComponentProps<ChartsModule['RankedBars']>) {
  return (
    <Suspense fallback={<Placeholder height={props.height} />}>
      <LazyBars {...props} />
    </Suspense>
  )
}

export function TrendLines(props: ComponentProps<ChartsModule['TrendLines']>) {
  return (
    <Suspense fallback={<Placeholder height={props.height} />}>
      <LazyLines {...props} />
    </Suspense>
  )
}

export function LabelledScatter(props: ComponentProps<ChartsModule['LabelledScatter']>) {
  return (
    <Suspense fallback={<Placeholder height={props.height} />}>
      <LazyScatter {...props} />
    </Suspense>
  )
}

export function RankSlope(props: ComponentProps<ChartsModule['RankSlope']>) {
  return (
    <Suspense fallback={<Placeholder height={props.height} />}>
      <LazySlope {...props} />
    </Suspense>
  )
}
