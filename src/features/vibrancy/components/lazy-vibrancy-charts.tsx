/** Lazy entry points of the panel's own recharts renderers (kept out of the entry chunk). */
import { lazy, memo, Suspense, type ComponentProps } from 'react'
// Same figures, no redraw: a chart re-renders only when its data or settings change.
import { sameData } from '../../../lib/same-data'

const load = () => import('./vibrancy-charts')
// As src/components/chart/lazy-charts.tsx: early over HTTP, on first render with embedded data.
if (__API_BASE_URL__ !== '') void load()
const LazyPublished = lazy(() => load().then((m) => ({ default: m.PublishedBars })))
const LazyContributions = lazy(() => load().then((m) => ({ default: m.ContributionBars })))

type Charts = typeof import('./vibrancy-charts')

function Placeholder({ height }: { readonly height: number }) {
  return <div className="skeleton" style={{ height }} aria-hidden="true" />
}

function PublishedBarsChart(props: ComponentProps<Charts['PublishedBars']>) {
  return (
    <Suspense fallback={<Placeholder height={props.height} />}>
      <LazyPublished {...props} />
    </Suspense>
  )
}

function ContributionBarsChart(props: ComponentProps<Charts['ContributionBars']>) {
  return (
    <Suspense fallback={<Placeholder height={props.height} />}>
      <LazyContributions {...props} />
    </Suspense>
  )
}

export const PublishedBars = memo(PublishedBarsChart, sameData)

export const ContributionBars = memo(ContributionBarsChart, sameData)
