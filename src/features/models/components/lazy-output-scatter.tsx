/** Lazy entry of the scatter, so recharts stays out of the entry chunk. */
import { lazy, Suspense } from 'react'
import type { OutputScatterProps } from './output-scatter'

const Lazy = lazy(() => import('./output-scatter').then((m) => ({ default: m.OutputScatter })))

export function LazyOutputScatter(props: OutputScatterProps) {
  return (
    <Suspense
      fallback={<div className="skeleton" style={{ height: props.height }} aria-hidden="true" />}
    >
      <Lazy {...props} />
    </Suspense>
  )
}
