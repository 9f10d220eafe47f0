/**
 * The map's legend, inside its SVG (so PNG and SVG exports carry it): the unit, one swatch per
 * bin with the breaks written at the boundaries (ranks: each swatch names its ranks), the
 * hatched "no data" swatch, the plain swatch for countries outside the selection when zoomed,
 * and the countries too small to draw at this scale (their figures are in the table).
 */
import { linearLabels, logLabels } from '../../lib/axis-ticks'
import { formatValue } from '../../lib/format'
import { colourIndex, type Bins } from '../../lib/map/bins'

export interface MapLegendProps {
  readonly bins: Bins
  /** Smallest and largest figure drawn. */
  readonly extent: readonly [number, number] | null
  readonly rank: boolean
  readonly title: string
  readonly noDataLabel: string
  readonly zoom: boolean
  readonly hatchFill: string
  /** Countries with a figure that the atlas cannot draw at this scale. */
  readonly undrawn: readonly string[]
  readonly width: number
  readonly top: number
  readonly textScale: number
}

/**
 * The legend's height at a text scale, with room for the line of too-small countries whether
 * or not there are any: a filter change never resizes (and so never re-projects) the map.
 */
export function legendHeight(textScale: number): number {
  return Math.round(66 * textScale)
}

/** The palette colour of bin `i` of `count` (ranks: 1 strongest). */
export function binFill(i: number, count: number, rank: boolean): string {
  return `var(--map-${colourIndex(i, count, rank) + 1})`
}

/**
 * The whole ranks in each bin ("1", "2–3"): a bin holds the ranks from its lower break up to
 * below the next one.
 */
export function rankLabels(bins: Bins, extent: readonly [number, number]): string[] {
  const lows = [extent[0], ...bins.breaks].map(Math.ceil)
  return lows.map((lo, i) => {
    const next = bins.breaks[i]
    const hi = next === undefined ? Math.floor(extent[1]) : Math.ceil(next) - 1
    return hi > lo ? `${lo}–${hi}` : String(lo)
  })
}

const textWidth = (text: string, size: number) => Math.ceil(text.length * size * 0.6)

export function MapLegend(props: MapLegendProps) {
  const { bins, extent, rank, zoom, width, textScale: k } = props
  const count = bins.breaks.length + 1
  const size = Math.round(12 * k)
  const small = Math.round(11 * k)
  const pad = Math.round(8 * k)
  const swatchY = Math.round(18 * k)
  const swatchH = Math.round(12 * k)
  const keys = [
    { id: 'no-data', fill: props.hatchFill, label: props.noDataLabel },
    ...(zoom
      ? [{ id: 'outside', fill: 'var(--map-outside)', label: 'outside the selection' }]
      : []),
  ]
  const keyBox = Math.round(22 * k)
  const keysWidth = keys.reduce((w, x) => w + keyBox + textWidth(x.label, small) + 3 * pad, 0)
  const swatch = Math.max(
    Math.round(18 * k),
    Math.min(Math.round(52 * k), Math.floor((width - keysWidth - 4 * pad) / count)),
  )
  const labelY = swatchY + swatchH + small + Math.round(2 * k)
  // Breaks are nice steps, written as an axis writes its ticks (0.001 stays 0.001, never
  // "< 0.01"): each at its own precision on log steps, all at the step's on linear ones.
  const breakLabel = bins.log ? logLabels(bins.breaks) : linearLabels(bins.breaks)
  // Ranks name each swatch; amounts write the breaks at the boundaries (one value: under it).
  const labels: { x: number; text: string }[] =
    rank && extent
      ? rankLabels(bins, extent).map((text, i) => ({ x: pad + (i + 0.5) * swatch, text }))
      : count === 1 && extent
        ? [{ x: pad + swatch / 2, text: formatValue(extent[0]) }]
        : bins.breaks.map((b, i) => ({ x: pad + (i + 1) * swatch, text: breakLabel(b) }))
  let x = pad + count * swatch + 3 * pad
  return (
    <g className="map__legend" transform={`translate(0 ${props.top})`} fontSize={small}>
      <text x={pad} y={Math.round(12 * k)} fontSize={size} fontWeight={700}>
        {props.title}
        {bins.log ? ' — log steps' : ''}
      </text>
      {Array.from({ length: count }, (_, i) => (
        <rect
          key={`bin-${i}`}
          className="map__swatch"
          x={pad + i * swatch}
          y={swatchY}
          width={swatch}
          height={swatchH}
          fill={binFill(i, count, rank)}
          stroke="var(--text-muted)"
          strokeWidth={0.5}
        />
      ))}
      {labels.map((l) => (
        <text key={`label-${l.x}`} className="map__break" x={l.x} y={labelY} textAnchor="middle">
          {l.text}
        </text>
      ))}
      {keys.map((key) => {
        const at = x
        x += keyBox + textWidth(key.label, small) + 3 * pad
        return (
          <g key={key.id}>
            <rect
              x={at}
              y={swatchY}
              width={keyBox}
              height={swatchH}
              fill={key.fill}
              stroke="var(--text-muted)"
              strokeWidth={0.5}
            />
            <text x={at + keyBox + pad} y={swatchY + swatchH - Math.round(2 * k)}>
              {key.label}
            </text>
          </g>
        )
      })}
      {props.undrawn.length > 0 ? (
        <text className="map__legend-note" x={pad} y={labelY + Math.round(16 * k)}>
          Too small to draw at this scale (see the table): {props.undrawn.join(', ')}
        </text>
      ) : null}
    </g>
  )
}
