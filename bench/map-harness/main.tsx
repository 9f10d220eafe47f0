/**
 * The map alone, for the benchmark's map-redraw measure (bench/lib/measure.mjs): the app's
 * choropleth and stylesheet, drawn for views built from the sourced fixtures as the map
 * figures build them (private investment by edition and year, patents per 100k; the world and
 * EU-27). `window.__mapBench.show(i)` draws view i and resolves the time until the frame that
 * shows it: the map's own redraw, without the rest of the dashboard.
 */
import { createRoot } from 'react-dom/client'
import { flushSync } from 'react-dom'
import { entities, groups } from '../../mocks/data/entities'
import { observations } from '../../mocks/data/observations'
import { Choropleth } from '../../src/components/map/choropleth'
import type { MapData } from '../../src/components/map/map-data'
import { mapAreas } from '../../src/components/map/map-state'
import { formatValue } from '../../src/lib/format'
import '../../src/styles/app.css'

const eu27 = new Set(groups.find((g) => g.id === 'eu27')?.members ?? [])

function view(
  indicatorId: string,
  edition: string,
  year: number,
  region: 'world' | 'eu27',
): MapData {
  const values = new Map<string, number>()
  for (const o of observations)
    if (
      o.indicatorId === indicatorId &&
      o.edition === edition &&
      o.year === year &&
      o.value !== null
    )
      values.set(o.entityId, o.value)
  return {
    areas: mapAreas({
      countries: entities,
      includes: (id) => region === 'world' || eu27.has(id),
      values,
      nameOf: (id) => entities.find((e) => e.id === id)?.name ?? id,
      valueText: (v) => formatValue(v),
      selected: null,
    }),
    zoom: region === 'eu27',
    scale: 'log-if-skewed',
    rank: false,
    legendTitle: `${indicatorId}, ${year}`,
    noDataLabel: 'no data',
    source: 'Stanford HAI AI Index',
    edition,
  }
}

/** Filter changes (same projection, new figures), then zooms (a new projection too). */
const VIEWS = {
  filters: [
    view('private-investment', 'aiindex-2026', 2025, 'world'),
    view('private-investment', 'aiindex-2025', 2024, 'world'),
    view('private-investment', 'aiindex-2024', 2023, 'world'),
    view('ai-patents-per-100k', 'aiindex-2025', 2023, 'world'),
    view('ai-patents-per-100k', 'aiindex-2026', 2024, 'world'),
  ],
  region: [
    view('private-investment', 'aiindex-2025', 2024, 'eu27'),
    view('private-investment', 'aiindex-2025', 2024, 'world'),
  ],
}

const container = document.getElementById('root')
if (!container) throw new Error('no #root')
const root = createRoot(container)
const select = () => undefined

function draw(data: MapData) {
  flushSync(() =>
    root.render(<Choropleth data={data} height={480} textScale={1} onSelect={select} />),
  )
}

declare global {
  interface Window {
    __mapBench: {
      readonly kinds: Readonly<Record<keyof typeof VIEWS, number>>
      show: (kind: keyof typeof VIEWS, i: number) => Promise<number>
    }
  }
}

window.__mapBench = {
  kinds: { filters: VIEWS.filters.length, region: VIEWS.region.length },
  show: (kind, i) => {
    const data = VIEWS[kind][i % VIEWS[kind].length]
    if (!data) return Promise.reject(new Error(`no view ${kind} ${i}`))
    const t0 = performance.now()
    draw(data)
    return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now() - t0)))
  },
}
