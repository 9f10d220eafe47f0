import fc from 'fast-check'
import { dodge } from './label-dodge'
import { markBox, overlaps, placeLabels, type LabelRequest } from './label-place'

describe('dodge (one column of labels)', () => {
  const bounds = { min: 0, max: 300 }

  it('leaves labels that do not overlap where they are', () => {
    const out = dodge(
      [
        { id: 'World', at: 20, size: 15 },
        { id: 'United States', at: 60, size: 15 },
      ],
      bounds,
    )
    expect(out).toEqual(
      new Map([
        ['World', 20],
        ['United States', 60],
      ]),
    )
  })

  it('spreads two labels that overlap evenly about where they want to be', () => {
    // United States at 290 and Rest of the world at 294: 15 px labels, centred on 292.
    const out = dodge(
      [
        { id: 'Rest of the world', at: 294, size: 15 },
        { id: 'United States', at: 290, size: 15 },
      ],
      { min: 0, max: 400 },
    )
    expect(out.get('United States')).toBe(284.5)
    expect(out.get('Rest of the world')).toBe(299.5)
  })

  it('keeps a pile at the bottom inside the column, in order', () => {
    const out = dodge(
      [
        { id: 'a', at: 299, size: 10 },
        { id: 'b', at: 300, size: 10 },
        { id: 'c', at: 300, size: 10 },
      ],
      bounds,
    )
    expect([out.get('a'), out.get('b'), out.get('c')]).toEqual([275, 285, 295])
  })

  it('merges a group into the one above when it is pushed into it', () => {
    const out = dodge(
      [
        { id: 'a', at: 100, size: 20 },
        { id: 'b', at: 118, size: 20 },
        { id: 'c', at: 124, size: 20 },
      ],
      bounds,
    )
    // One group of 60 px starting at the mean of what each wants: (90 + 88 + 74) / 3 = 84.
    expect([out.get('a'), out.get('b'), out.get('c')]).toEqual([94, 114, 134])
  })

  it('never overlaps, keeps order and stays in bounds when there is room (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: -50, max: 350, noNaN: true }), fc.integer({ min: 5, max: 20 })),
          {
            maxLength: 15,
          },
        ),
        (specs) => {
          const items = specs.map(([at, size], i) => ({ id: `l${String(i)}`, at, size }))
          const out = dodge(items, bounds)
          const placed = items
            .map((it) => ({ ...it, centre: out.get(it.id) ?? Number.NaN }))
            .sort((a, b) => a.centre - b.centre)
          for (let i = 1; i < placed.length; i++) {
            const a = placed[i - 1]
            const b = placed[i]
            if (!a || !b) continue
            expect(b.centre - b.size / 2).toBeGreaterThanOrEqual(a.centre + a.size / 2 - 1e-9)
            expect(a.at).toBeLessThanOrEqual(b.at + 1e-9)
          }
          const total = items.reduce((s, it) => s + it.size, 0)
          if (total <= bounds.max - bounds.min)
            for (const p of placed) {
              expect(p.centre - p.size / 2).toBeGreaterThanOrEqual(bounds.min - 1e-9)
              expect(p.centre + p.size / 2).toBeLessThanOrEqual(bounds.max + 1e-9)
            }
        },
      ),
    )
  })
})

describe('placeLabels (labels of points)', () => {
  const bounds = { x: 0, y: 0, width: 400, height: 300 }
  const label = (id: string, x: number, y: number, width = 60): LabelRequest => ({
    id,
    x,
    y,
    radius: 5,
    width,
    height: 14,
  })

  it('puts a lone label right of its point, with no leader', () => {
    const [placed] = placeLabels([label('China', 100, 100)], { bounds })
    expect(placed).toEqual({
      id: 'China',
      box: { x: 107, y: 93, width: 60, height: 14 },
      leader: null,
    })
  })

  it('puts it left when the right runs out of the chart', () => {
    const [placed] = placeLabels([label('United States', 380, 100)], { bounds })
    expect(placed?.box.x).toBe(380 - 7 - 60)
  })

  it('sends the labels of two close points to either side', () => {
    const [a, b] = placeLabels([label('Canada', 100, 100), label('United Kingdom', 102, 104)], {
      bounds,
    })
    // The UK's mark sits just right of Canada's: Canada's label goes left, the UK's right.
    expect(a?.box).toEqual({ x: 100 - 7 - 60, y: 93, width: 60, height: 14 })
    expect(b?.box).toEqual({ x: 109, y: 97, width: 60, height: 14 })
  })

  it('draws a leader line when a label had to move away from its point', () => {
    const crowd = Array.from({ length: 9 }, (_, i) =>
      label(`c${String(i)}`, 200 + (i % 3), 150 + i),
    )
    const placed = placeLabels(crowd, { bounds })
    expect(placed).toHaveLength(9)
    expect(placed.some((p) => p.leader !== null)).toBe(true)
  })

  it('keeps clear of obstacles (labels drawn already)', () => {
    const [placed] = placeLabels([label('India', 100, 100)], {
      bounds,
      obstacles: [{ x: 100, y: 80, width: 100, height: 40 }],
    })
    expect(placed?.box.x).toBe(100 - 7 - 60)
  })

  it('leaves out a label with no free spot rather than overlap', () => {
    const tiny = { x: 0, y: 0, width: 30, height: 30 }
    expect(placeLabels([label('Germany', 15, 15)], { bounds: tiny })).toEqual([])
  })

  it('never overlaps another label or a mark (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 400 }),
            fc.integer({ min: 0, max: 300 }),
            fc.integer({ min: 20, max: 120 }),
          ),
          { maxLength: 25 },
        ),
        (specs) => {
          const requests = specs.map(([x, y, w], i) => label(`p${String(i)}`, x, y, w))
          const placed = placeLabels(requests, { bounds })
          placed.forEach((p, i) => {
            expect(p.box.x).toBeGreaterThanOrEqual(0)
            expect(p.box.x + p.box.width).toBeLessThanOrEqual(400)
            for (const q of placed.slice(i + 1)) expect(overlaps(p.box, q.box)).toBe(false)
            for (const r of requests)
              expect(overlaps(p.box, markBox(r.x, r.y, r.radius))).toBe(false)
          })
        },
      ),
    )
  })
})
