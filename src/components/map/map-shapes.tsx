/**
 * The countries of the map as SVG paths. Each country in view is named ("Germany: 3.89 US$
 * bn") and, where the map is interactive, a button: one tab stop (roving tabindex), arrows
 * between neighbours, Enter selects. Zoomed to a region, its members are outlined and drawn
 * after the other countries, so no neighbour's edge covers their outline. Memoised: hovering
 * moves the tooltip, not 200 paths.
 */
import { memo, type KeyboardEvent, type MouseEvent } from 'react'
import type { Shape } from '../../lib/map/layout'
import type { MapArea } from './map-data'

/** How one shape is drawn: its fill, and the country (and bin) it stands for, if any. */
export interface ShapeLook {
  readonly fill: string
  readonly kind: 'value' | 'no-data' | 'outside'
  readonly area: MapArea | null
  readonly bin: number | null
}

export interface MapShapesProps {
  readonly shapes: readonly Shape[]
  readonly looks: readonly ShapeLook[]
  readonly strokeWidth: number
  /** The members' outline when zoomed to a region; null on the world map. */
  readonly memberStrokeWidth: number | null
  /** The atlas id holding the tab stop; null where the map is not interactive. */
  readonly active: string | null
  readonly describedBy: string
  readonly onPoint: (atlasId: string | null, event: MouseEvent<SVGPathElement>) => void
  readonly onFocusShape: (atlasId: string) => void
  readonly onBlurShape: () => void
  readonly onKey: (event: KeyboardEvent<SVGPathElement>) => void
  readonly onPick: (atlasId: string) => void
}

export const MapShapes = memo(function MapShapes(props: MapShapesProps) {
  const { shapes, looks, active, memberStrokeWidth } = props
  const interactive = active !== null
  const order = shapes.map((_, i) => i)
  if (memberStrokeWidth !== null)
    order.sort((a, b) => Number(looks[a]?.area != null) - Number(looks[b]?.area != null))
  return (
    <>
      {order.map((i) => {
        const s = shapes[i]
        const look = looks[i]
        if (!s || !look) return null
        const area = look.area
        const member = area !== null && memberStrokeWidth !== null
        // The country's name and focus sit on its home territory; far-off parts are drawn
        // alike beside it (a click or hover there is the same country's).
        const home = s.d || s.overseas
        const overseas = s.d ? s.overseas : ''
        const paint = {
          fill: look.fill,
          // Hatched countries get a hatch-coloured edge: white would lose the border between two.
          stroke: member
            ? 'var(--map-member)'
            : look.kind === 'no-data'
              ? 'var(--map-no-data-line)'
              : 'var(--map-border)',
          strokeWidth: member ? memberStrokeWidth : props.strokeWidth,
          className: `map__area map__area--${look.kind}${member ? ' map__area--member' : ''}`,
        }
        const id = area ? s.atlasId : null
        const point = (e: MouseEvent<SVGPathElement>) => props.onPoint(id, e)
        const pick = id ? () => props.onPick(id) : undefined
        const rest = overseas ? (
          <path d={overseas} {...paint} aria-hidden="true" onMouseMove={point} onClick={pick} />
        ) : null
        if (!area || !id)
          return (
            <g key={s.key}>
              <path d={home} {...paint} aria-hidden="true" onMouseMove={point} />
              {rest}
            </g>
          )
        const named = {
          d: home,
          ...paint,
          'aria-label': `${area.name}: ${area.valueText}`,
          'data-atlas': id,
          'data-id': area.id,
          'data-bin': look.bin ?? undefined,
          onMouseMove: point,
        }
        return (
          <g key={s.key}>
            {interactive ? (
              <path
                {...named}
                role="button"
                tabIndex={id === active ? 0 : -1}
                aria-pressed={area.highlighted}
                aria-describedby={props.describedBy}
                onFocus={() => props.onFocusShape(id)}
                onBlur={props.onBlurShape}
                onKeyDown={props.onKey}
                onClick={pick}
              />
            ) : (
              <path {...named} role="img" />
            )}
            {rest}
          </g>
        )
      })}
    </>
  )
})
