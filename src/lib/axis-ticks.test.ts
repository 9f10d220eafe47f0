import fc from 'fast-check'
import {
  decimalsFor,
  fixedAxis,
  linearAxis,
  linearLabels,
  logAxis,
  logLabels,
  tickCount,
} from './axis-ticks'

/** A tick label read back as a number ("1,500" → 1500, "2.5m" → 2.5e6, "1bn" → 1e9). */
function parseLabel(label: string): number {
  const m = /^(-?[\d,]*\.?\d+)(m|bn)?$/.exec(label)
  if (!m) throw new Error(`not a number label: ${label}`)
  const scale = m[2] === 'bn' ? 1e9 : m[2] === 'm' ? 1e6 : 1
  return Number((m[1] ?? '').replace(/,/g, '')) * scale
}

describe('linearAxis', () => {
  it.each([
    // "% of GDP" in 2023: the US at 0.264 — the step is 0.05, and every label says so.
    [
      [0.264, 0.0427, 0.109],
      ['0', '0.05', '0.10', '0.15', '0.20', '0.25', '0.30'],
      [0, 0.3],
    ],
    // The Nordics bloc: 0 to 0.91 in steps of 0.2.
    [
      [0.91, 0.3],
      ['0', '0.2', '0.4', '0.6', '0.8', '1.0'],
      [0, 1],
    ],
    // US$ bn 2013–2025: World 347 at the top.
    [
      [347.2, 285.88, 12.4],
      ['0', '50', '100', '150', '200', '250', '300', '350'],
      [0, 350],
    ],
    // Granted patents: 140,000 and grouping.
    [
      [131_000, 96_000],
      ['0', '20,000', '40,000', '60,000', '80,000', '100,000', '120,000', '140,000'],
      [0, 140_000],
    ],
    // Millions read "m", with the step's one decimal.
    [[2_300_000], ['0', '0.5m', '1.0m', '1.5m', '2.0m', '2.5m'], [0, 2_500_000]],
  ])('%j → %j', (values, labels, domain) => {
    const axis = linearAxis(values)
    expect(axis.ticks.map(axis.label)).toEqual(labels)
    expect(axis.domain).toEqual(domain)
  })

  it('gives a flat or empty series an axis', () => {
    expect(linearAxis([]).domain).toEqual([0, 1])
    expect(linearAxis([0, 0]).domain).toEqual([0, 1])
    expect(linearAxis([5, 5]).domain).toEqual([0, 5])
  })

  it('can leave zero out', () => {
    expect(linearAxis([40, 60], { zero: false }).domain).toEqual([40, 60])
  })

  it('includes negative values', () => {
    const axis = linearAxis([-12, 30])
    expect(axis.domain).toEqual([-20, 30])
    expect(axis.ticks.map(axis.label)).toEqual(['-20', '-10', '0', '10', '20', '30'])
  })
})

describe('tick labels over random domains (property)', () => {
  const domain = fc
    .tuple(
      // Subnormal numbers (5e-324) are not figures anyone draws.
      fc
        .double({ min: -1e10, max: 1e10, noNaN: true })
        .filter((v) => v === 0 || Math.abs(v) > 1e-12),
      fc.double({ min: 1e-6, max: 1e10, noNaN: true }),
      fc.integer({ min: 2, max: 10 }),
    )
    .map(([lo, span, count]) => ({ values: [lo, lo + span], count }))

  it('linear: labels are distinct, increase with the ticks, and equal their positions', () => {
    fc.assert(
      fc.property(domain, ({ values, count }) => {
        const axis = linearAxis(values, { count })
        const labels = axis.ticks.map(axis.label)
        expect(new Set(labels).size).toBe(labels.length)
        const read = labels.map(parseLabel)
        read.forEach((v, i) => {
          const tick = axis.ticks[i] ?? Number.NaN
          expect(Math.abs(v - tick)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(tick)))
          if (i > 0) expect(v).toBeGreaterThan(read[i - 1] ?? Number.NaN)
        })
        // The domain ends on ticks and covers the values.
        expect(axis.domain[0]).toBe(axis.ticks[0])
        expect(axis.domain[1]).toBe(axis.ticks.at(-1))
        expect(axis.domain[0]).toBeLessThanOrEqual(Math.min(...values))
        expect(axis.domain[1]).toBeGreaterThanOrEqual(Math.max(...values))
      }),
    )
  })

  it('log: 1–2–5 labels are distinct, increase, and equal their positions', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.integer({ min: 2, max: 20 }),
        (lo, ratio, maxTicks) => {
          const axis = logAxis([lo, lo * ratio], maxTicks)
          if (!axis) throw new Error('no axis for positive values')
          expect(axis.ticks.length).toBeLessThanOrEqual(Math.max(maxTicks, 4))
          const labels = axis.ticks.map(axis.label)
          expect(new Set(labels).size).toBe(labels.length)
          const read = labels.map(parseLabel)
          read.forEach((v, i) => {
            const tick = axis.ticks[i] ?? Number.NaN
            expect(Math.abs(v - tick)).toBeLessThanOrEqual(1e-9 * Math.max(1, tick))
            if (i > 0) expect(v).toBeGreaterThan(read[i - 1] ?? Number.NaN)
          })
        },
      ),
    )
  })
})

describe('labels', () => {
  it('linear labels share the step precision', () => {
    expect([0, 0.05, 0.1, 0.15].map(linearLabels([0, 0.05, 0.1, 0.15]))).toEqual([
      '0',
      '0.05',
      '0.10',
      '0.15',
    ])
  })

  it('log labels keep each tick its own precision', () => {
    const ticks = [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
    expect(ticks.map(logLabels(ticks))).toEqual([
      '0.5',
      '1',
      '2',
      '5',
      '10',
      '20',
      '50',
      '100',
      '200',
      '500',
      '1,000',
    ])
  })

  it('a fixed published scale keeps its ticks', () => {
    const axis = fixedAxis([0, 100], [0, 25, 50, 75, 100])
    expect(axis.ticks.map(axis.label)).toEqual(['0', '25', '50', '75', '100'])
  })

  it.each([
    [[0, 1, 2], 0],
    [[0, 0.5, 1], 1],
    [[0.05, 0.1], 2],
    [[0.30000000000000004], 1],
  ])('decimalsFor(%j) = %d', (values, decimals) => {
    expect(decimalsFor(values)).toBe(decimals)
  })

  it.each([
    [360, 6],
    [100, 2],
    [2000, 10],
  ])('tickCount(%d px) = %d', (length, count) => {
    expect(tickCount(length)).toBe(count)
  })
})

describe('logAxis', () => {
  it('is null without a positive value', () => {
    expect(logAxis([0, -3])).toBeNull()
  })

  it('spans its first and last tick', () => {
    expect(logAxis([4.24, 757.27])?.domain).toEqual([2, 1000])
  })

  it('labels only the powers of ten where 1–2–5 steps would crowd the axis', () => {
    // Granted patents 2010–2024 on a log axis: India 5 … World 131,000.
    const axis = logAxis([5, 131_000], 10)
    expect(axis?.domain).toEqual([5, 200_000])
    expect(axis?.ticks.map(axis.label)).toEqual(['10', '100', '1,000', '10,000', '100,000'])
    expect(logAxis([5, 131_000], 2)?.ticks).toEqual([10, 10_000])
  })
})
