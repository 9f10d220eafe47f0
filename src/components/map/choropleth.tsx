/**
 * A choropleth of one figure per country (Equal Earth, world-atlas): binned sequential colour
 * with the breaks in the legend, "no data" hatched, a region's members outlined and zoomed to,
 * the selected country outlined. Hover or focus shows the country's figure with its source and
 * edition; click or Enter selects it. Stateless apart from the pointer and focus: a function of
 * its props. Loaded lazily, with d3-geo, topojson-client and the atlas, in a chunk of its own.
 */
import { useId, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react'
import type { ChartProps } from '../figure/figure-types'
import { binsFor, classifier } from '../../lib/map/bins'
import { directionOf, nextInDirection } from '../../lib/map/keyboard'
import { mapLayout } from '../../lib/map/layout'
import { useEventCallback } from '../use-event-callback'
import { useAtlas } from './atlas-loader'
import type { MapArea, MapData } from './map-data'
import { binFill, legendHeight, MapLegend } from './map-legend'
import { MapShapes, type ShapeLook } from './map-shapes'
import { useBoxWidth } from './use-box-width'
import './map.css'

interface Tip {
  readonly atlasId: string
  readonly x: number
  readonly y: number
}

export function Choropleth({ data, height, textScale: k, onSelect }: ChartProps<MapData>) {
  const [root, setRoot] = useState<HTMLDivElement | null>(null)
  const width = useBoxWidth(root)
  const { atlas, loading } = useAtlas(data.zoom)
  const uid = useId().replace(/[^a-zA-Z0-9]/g, '')
  const hatchId = `map-hatch-${uid}`
  const descId = `map-desc-${uid}`

  const byAtlas = useMemo(() => new Map(data.areas.map((a) => [a.atlasId, a])), [data.areas])
  const zoomKey = data.zoom
    ? data.areas
        .map((a) => a.atlasId)
        .sort()
        .join(',')
    : ''
  const zoomIds = useMemo(() => (zoomKey ? new Set(zoomKey.split(',')) : null), [zoomKey])
  const values = useMemo(
    () => data.areas.flatMap((a) => (a.value === null ? [] : [a.value])),
    [data.areas],
  )
  const bins = useMemo(() => binsFor(values, data.scale), [values, data.scale])
  const count = bins.breaks.length + 1
  const extent = useMemo(
    (): readonly [number, number] | null =>
      values.length > 0 ? [Math.min(...values), Math.max(...values)] : null,
    [values],
  )

  const atlasIds = useMemo(() => new Set(atlas.features.map((f) => f.id)), [atlas])
  const undrawn = data.areas.filter((a) => a.value !== null && !atlasIds.has(a.atlasId))
  const mapHeight = Math.max(60, height - legendHeight(k))
  const shapes = useMemo(
    () => mapLayout(atlas.features, zoomIds, width, mapHeight),
    [atlas, zoomIds, width, mapHeight],
  )
  const looks = useMemo(() => {
    const bin = classifier(bins)
    return shapes.map((s): ShapeLook => {
      const area = s.atlasId === null ? undefined : byAtlas.get(s.atlasId)
      // Zoomed, what is not in view is outside the selection; on the world map, a feature
      // that joins no country (Kosovo, N. Cyprus, Somaliland) has no figure either.
      if (!area)
        return data.zoom
          ? { fill: 'var(--map-outside)', kind: 'outside', area: null, bin: null }
          : { fill: `url(#${hatchId})`, kind: 'no-data', area: null, bin: null }
      const b = bin(area.value)
      return b === null
        ? { fill: `url(#${hatchId})`, kind: 'no-data', area, bin: null }
        : { fill: binFill(b, count, data.rank), kind: 'value', area, bin: b }
    })
  }, [shapes, byAtlas, bins, count, data.zoom, data.rank, hatchId])

  const points = useMemo(
    () => shapes.flatMap((s) => (s.atlasId && byAtlas.has(s.atlasId) ? [s] : [])),
    [shapes, byAtlas],
  )
  const [chosen, setChosen] = useState<string | null>(null)
  const active = onSelect ? activeShape(points, chosen, data.areas, data.rank) : null
  const [tip, setTip] = useState<Tip | null>(null)

  const onPoint = useEventCallback((atlasId: string | null, e: MouseEvent<SVGPathElement>) => {
    const box = root?.getBoundingClientRect()
    if (!atlasId || !box) return setTip(null)
    setTip({ atlasId, x: e.clientX - box.left, y: e.clientY - box.top })
  })
  const onFocusShape = useEventCallback((atlasId: string) => {
    const s = points.find((p) => p.atlasId === atlasId)
    setChosen(atlasId)
    if (s) setTip({ atlasId, x: s.x, y: s.y })
  })
  const onBlurShape = useEventCallback(() => setTip(null))
  const onPick = useEventCallback((atlasId: string) => {
    const area = byAtlas.get(atlasId)
    if (area && onSelect) onSelect(area.id)
  })
  const onKey = useEventCallback((e: KeyboardEvent<SVGPathElement>) => {
    const from = e.currentTarget.dataset.atlas
    if (!from) return
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      onPick(from)
      return
    }
    if (e.key === 'Escape') return setTip(null)
    const direction = directionOf(e.key)
    if (!direction) return
    e.preventDefault()
    const next = nextInDirection(
      points.map((p) => ({ id: p.atlasId ?? '', x: p.x, y: p.y })),
      from,
      direction,
    )
    if (next) root?.querySelector<SVGPathElement>(`[data-atlas="${next}"]`)?.focus()
  })

  const stroke = Math.max(0.4, 0.5 * k)
  const outlined = (pick: (a: MapArea) => boolean) =>
    shapes.filter((s) => {
      const a = s.atlasId === null ? undefined : byAtlas.get(s.atlasId)
      return a !== undefined && pick(a)
    })
  const tipArea = tip ? byAtlas.get(tip.atlasId) : undefined
  const tipShape = tip ? shapes.find((s) => s.atlasId === tip.atlasId) : undefined
  return (
    <div ref={setRoot} className="map" style={{ height }}>
      <svg
        width={width}
        height={height}
        role="group"
        aria-label={`Map: ${data.legendTitle}`}
        aria-busy={loading || undefined}
        data-scale={atlas.scale}
      >
        <defs>
          <pattern
            id={hatchId}
            width={6 * k}
            height={6 * k}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width={6 * k} height={6 * k} fill="var(--map-no-data-bg)" />
            <line
              x1={0}
              y1={0}
              x2={0}
              y2={6 * k}
              stroke="var(--map-no-data-line)"
              strokeWidth={1.5 * k}
            />
          </pattern>
        </defs>
        <g className="map__areas">
          <MapShapes
            shapes={shapes}
            looks={looks}
            strokeWidth={stroke}
            memberStrokeWidth={data.zoom ? 1.25 * k : null}
            active={active}
            describedBy={descId}
            onPoint={onPoint}
            onFocusShape={onFocusShape}
            onBlurShape={onBlurShape}
            onKey={onKey}
            onPick={onPick}
          />
        </g>
        {/* On top of every fill, so a neighbour never covers them. */}
        <g className="map__outlines" fill="none" pointerEvents="none" aria-hidden="true">
          {outlined((a) => a.highlighted).map((s) => (
            <path
              key={s.key}
              className="map__selected"
              d={s.d + s.overseas}
              stroke="var(--map-selected)"
              strokeWidth={2.5 * k}
            />
          ))}
          {tipShape ? (
            <path d={tipShape.d + tipShape.overseas} stroke="var(--focus)" strokeWidth={2 * k} />
          ) : null}
        </g>
        <MapLegend
          bins={bins}
          extent={extent}
          rank={data.rank}
          title={data.legendTitle}
          noDataLabel={data.noDataLabel}
          zoom={data.zoom}
          hatchFill={`url(#${hatchId})`}
          undrawn={undrawn.map((a) => `${a.name} ${a.valueText}`)}
          width={width}
          top={mapHeight}
          textScale={k}
        />
      </svg>
      <p id={descId} className="visually-hidden">
        Source: {data.source}. Edition: {data.edition}.
      </p>
      {tip && tipArea ? (
        <div
          className="map__tip"
          aria-hidden="true"
          style={{
            left: Math.min(tip.x + 12, Math.max(0, width - 260)),
            top: Math.min(tip.y + 12, Math.max(0, mapHeight - 80)),
          }}
        >
          <p className="map__tip-title">{tipArea.name}</p>
          <p>{tipArea.exactText}</p>
          <p>Source: {data.source}</p>
          <p>Edition: {data.edition}</p>
        </div>
      ) : null}
    </div>
  )
}

/**
 * The country holding the map's one tab stop: the last one focused, else the selected one,
 * else the one that leads (largest figure, or rank 1), else the first drawn.
 */
function activeShape(
  points: readonly { readonly atlasId: string | null }[],
  chosen: string | null,
  areas: readonly MapArea[],
  rank: boolean,
): string | null {
  const drawn = new Set(points.map((p) => p.atlasId))
  if (chosen && drawn.has(chosen)) return chosen
  const selected = areas.find((a) => a.highlighted && drawn.has(a.atlasId))
  if (selected) return selected.atlasId
  const lead = (v: number) => (rank ? -v : v)
  let best: { readonly atlasId: string; readonly score: number } | null = null
  for (const a of areas)
    if (a.value !== null && drawn.has(a.atlasId) && (!best || lead(a.value) > best.score))
      best = { atlasId: a.atlasId, score: lead(a.value) }
  return best?.atlasId ?? points[0]?.atlasId ?? null
}
