/** Lazy entry of the scatter, so recharts stays out of the entry chunk. */
import { lazy, Suspense } from 'react'
import type { OutputScatterProps } from './output-scatter'

const loadScatter = () => import('./output-scatter')
// As src/components/chart/lazy-charts.tsx: early over HTTP, on first render with embedded data.
if (__API_BASE_URL__ !== '') void loadScatter()
const Lazy = lazy(() => loadScatter().then((m) => ({ default: m.OutputScatter })))

export function LazyOutputScatter(props: OutputScatterProps) {
  return (
    <Suspense
      fallback={<div className="skeleton" style={{ height: props.height }} aria-hidden="true" />}
    >
      <Lazy {...props} />
    </Suspense>
  )
}
