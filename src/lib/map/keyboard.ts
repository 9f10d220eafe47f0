/**
 * Arrow keys between the countries of a map: from the focused country to the nearest one in the
 * arrow's direction, on screen (projected centroids): the nearest within 45° of the arrow, else
 * (at a coast, say) the nearest on that side with distance across the arrow counted double.
 * Centroids are a rough guide for large countries; every country is also a row of the table.
 */

export type Direction = 'left' | 'right' | 'up' | 'down'

export interface Point {
  readonly id: string
  readonly x: number
  readonly y: number
}

const AXES: Readonly<Record<Direction, readonly [number, number]>> = {
  right: [1, 0],
  left: [-1, 0],
  // Screen y grows downwards.
  up: [0, -1],
  down: [0, 1],
}

/** The id of the nearest point from `from` in `direction`; null when there is none that way. */
export function nextInDirection(
  points: readonly Point[],
  from: string,
  direction: Direction,
): string | null {
  const start = points.find((p) => p.id === from)
  if (!start) return null
  const [ax, ay] = AXES[direction]
  let best: string | null = null
  let bestCost = Infinity
  let bestInCone = false
  for (const p of points) {
    if (p.id === from) continue
    const dx = p.x - start.x
    const dy = p.y - start.y
    const along = dx * ax + dy * ay
    if (along <= 0) continue
    const across = dx * ay - dy * ax
    const inCone = Math.abs(across) <= along
    if (bestInCone && !inCone) continue
    const cost = inCone ? along * along + across * across : along * along + 4 * across * across
    if ((inCone && !bestInCone) || cost < bestCost) {
      best = p.id
      bestCost = cost
      bestInCone = inCone
    }
  }
  return best
}

/** Arrow key names to directions (others: null). */
export function directionOf(key: string): Direction | null {
  switch (key) {
    case 'ArrowLeft':
      return 'left'
    case 'ArrowRight':
      return 'right'
    case 'ArrowUp':
      return 'up'
    case 'ArrowDown':
      return 'down'
    default:
      return null
  }
}
