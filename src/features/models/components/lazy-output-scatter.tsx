/** Lazy entry of the scatter, so recharts stays out of the entry chunk. */
import { lazy, Suspense } from 'react'
import type { OutputScatterProps } from './output-scatter'

const loadScatter = () => import('./output-scatter')
// Fetched at module load, in parallel with the data, not after it (no request waterfall).
void loadScatter()
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
