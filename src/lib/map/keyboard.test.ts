/** Arrow keys between countries: the nearest one in the arrow's direction, on screen. */
import { directionOf, nextInDirection, type Point } from './keyboard'

// A small map, screen coordinates (y down): France in the middle.
const POINTS: Point[] = [
  { id: 'FRA', x: 100, y: 100 },
  { id: 'DEU', x: 140, y: 80 },
  { id: 'ESP', x: 70, y: 125 },
  { id: 'GBR', x: 95, y: 55 },
  { id: 'ITA', x: 150, y: 140 },
  { id: 'FIN', x: 200, y: 10 },
]

describe('nextInDirection', () => {
  it.each([
    ['right', 'DEU'],
    ['left', 'ESP'],
    ['up', 'GBR'],
    // ↓ has none within 45°: Spain √(25² + (2 × 30)²) = 65, Italy √(40² + (2 × 50)²) = 107.7.
    ['down', 'ESP'],
  ] as const)('from France, %s is %s', (direction, id) => {
    // ← Spain is within 45° (30 along, 25 across), the UK is not (5 along, 45 across).
    expect(nextInDirection(POINTS, 'FRA', direction)).toBe(id)
  })

  it('with none within 45°, the nearest on that side, across counted double', () => {
    // → from Germany: Italy √(10² + (2 × 60)²) = 120.4, Finland √(60² + (2 × 70)²) = 152.3.
    expect(nextInDirection(POINTS, 'DEU', 'right')).toBe('ITA')
  })

  it('has nothing further that way at the edge, and nothing from an unknown country', () => {
    expect(nextInDirection(POINTS, 'FIN', 'right')).toBeNull()
    expect(nextInDirection(POINTS, 'FIN', 'up')).toBeNull()
    expect(nextInDirection(POINTS, 'XXX', 'left')).toBeNull()
  })
})

describe('directionOf', () => {
  it('maps the four arrows and nothing else', () => {
    expect(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Enter'].map(directionOf)).toEqual([
      'left',
      'right',
      'up',
      'down',
      null,
    ])
  })
})
