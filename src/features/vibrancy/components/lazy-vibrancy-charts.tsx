/** Lazy entry points of the panel's own recharts renderers (kept out of the entry chunk). */
import { lazy, Suspense, type ComponentProps } from 'react'

const load = () => import('./vibrancy-charts')
const LazyPublished = lazy(() => load().then((m) => ({ default: m.PublishedBars })))
const LazyContributions = lazy(() => load().then((m) => ({ default: m.ContributionBars })))

type Charts = typeof import('./vibrancy-charts')

function Placeholder({ height }: { readonly height: number }) {
  return <div className="skeleton" style={{ height }} aria-hidden="true" />
}

export function PublishedBars(props: ComponentProps<Charts['PublishedBars']>) {
  return (
    <Suspense fallback={<Placeholder height={props.height} />}>
      <LazyPublished {...props} />
    </Suspense>
  )
}

export function ContributionBars(props: ComponentProps<Charts['ContributionBars']>) {
  return (
    <Suspense fallback={<Placeholder height={props.height} />}>
      <LazyContributions {...props} />
    </Suspense>
  )
}
