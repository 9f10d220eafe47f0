/** Lazy entry points of the panel's own recharts renderers: recharts stays out of the entry chunk. */
import { lazy, Suspense, type ComponentProps } from 'react'

const LazyTrend = lazy(() => import('./trend-chart').then((m) => ({ default: m.TrendChart })))
const LazyPledges = lazy(() => import('./pledges-chart').then((m) => ({ default: m.PledgesChart })))

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
