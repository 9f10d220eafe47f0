import fc from 'fast-check'
import type { BarDatum } from './bars'
import { fitBars, rowHeight } from './fit-bars'

const bar = (i: number, highlighted = false): BarDatum => ({
  id: `c${String(i)}`,
  label: `Country ${String(i)}`,
  value: i,
  valueText: String(i),
  highlighted,
})

describe('fitBars', () => {
  it('keeps every row that fits', () => {
    const bars = [bar(1), bar(2), bar(3)]
    expect(fitBars(bars, 300, 20)).toEqual({ bars, hidden: 0 })
  })

  it('keeps the top rows and a highlighted row beyond them, in order', () => {
    // 150 px at 20 px text: rows of 30 px, 5 rows less two = 3 bars.
    const bars = Array.from({ length: 10 }, (_, i) => bar(i + 1, i === 7))
    const { bars: kept, hidden } = fitBars(bars, 150, 20)
    expect(kept.map((b) => b.id)).toEqual(['c1', 'c2', 'c8'])
    expect(hidden).toBe(7)
  })

  it('never keeps more rows than fit, nor drops a highlighted row while others remain', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 40, max: 1200 }),
        fc.integer({ min: 8, max: 40 }),
        (flags, height, fontSize) => {
          const bars = flags.map((h, i) => bar(i, h))
          const { bars: kept, hidden } = fitBars(bars, height, fontSize)
          const room = Math.max(1, Math.floor(height / rowHeight(fontSize)) - 2)
          expect(kept.length + hidden).toBe(bars.length)
          if (hidden > 0) expect(kept.length).toBe(room)
          const highlighted = bars.filter((b) => b.highlighted).length
          expect(kept.filter((b) => b.highlighted).length).toBe(Math.min(highlighted, kept.length))
          // Order is kept.
          const ids = kept.map((b) => Number(b.id.slice(1)))
          expect([...ids].sort((a, b) => a - b)).toEqual(ids)
        },
      ),
    )
  })
})
