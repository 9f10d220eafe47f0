/** Lazy entry points of the panel's own recharts renderers: recharts stays out of the entry chunk. */
import { lazy, Suspense, type ComponentProps } from 'react'

const loadTrend = () => import('./trend-chart')
const loadPledges = () => import('./pledges-chart')
// As src/components/chart/lazy-charts.tsx: early over HTTP, on first render with embedded data.
if (__API_BASE_URL__ !== '') {
  void loadTrend()
  void loadPledges()
}
const LazyTrend = lazy(() => loadTrend().then((m) => ({ default: m.TrendChart })))
const LazyPledges = lazy(() => loadPledges().then((m) => ({ default: m.PledgesChart })))

function Placeholder({ height }: { readonly height: number }) {
  return <div className="skeleton" style={{ height }} aria-hidden="true" />
}

export function TrendChart(props: ComponentProps<typeof LazyTrend>) {
  return (
    <Suspense fallback={<Placeholder height={props.height} />}>
      <LazyTrend {...props} />
    </Suspense>
  )
}

export function PledgesChart(props: ComponentProps<typeof LazyPledges>) {
  return (
    <Suspense fallback={<Placeholder height={props.height} />}>
      <LazyPledges {...props} />
    </Suspense>
  )
}
