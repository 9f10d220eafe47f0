/**
 * The choropleth, lazily: d3-geo, topojson-client and the 1:110m atlas load in a chunk of their
 * own (neither the entry nor the recharts chunk), when a map first renders. A fixed-height
 * skeleton meanwhile, and no redraw when a filter change brings the same figures (memo with
 * structural equality), as for every chart.
 */
import { lazy, memo, Suspense } from 'react'
import { sameData } from '../../lib/same-data'
import { ChartSkeleton } from '../chart/lazy-charts'
import type { ChartProps } from '../figure/figure-types'
import type { MapData } from './map-data'

const Lazy = lazy(() => import('./choropleth').then((m) => ({ default: m.Choropleth })))

function LazyMap(props: ChartProps<MapData>) {
  return (
    <Suspense fallback={<ChartSkeleton height={props.height} />}>
      <Lazy {...props} />
    </Suspense>
  )
}

/**
 * Same figures, same box: no redraw. `onSelect` is compared by presence only: the frame makes a
 * new one on every render, but it toggles the selection the map's data already shows (a change
 * of selection changes the data, so the map redraws with the new handler).
 */
function sameMap(a: ChartProps<MapData>, b: ChartProps<MapData>): boolean {
  return (
    a.height === b.height &&
    a.textScale === b.textScale &&
    (a.onSelect === undefined) === (b.onSelect === undefined) &&
    sameData(a.data, b.data)
  )
}

export const MapChart = memo(LazyMap, sameMap)
export type { MapArea, MapData } from './map-data'
