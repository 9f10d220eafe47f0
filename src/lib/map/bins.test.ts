/** Colour bins: nice breaks, log steps for skewed figures, and a gap never in the lowest bin. */
import { binsFor, classifier, colourIndex, MAX_BINS } from './bins'

/** Private investment 2025, US$ bn, AI Index 2026: the 15 countries it reports. */
const INVESTMENT_2025 = {
  USA: 285.875311074,
  CHN: 12.412093488,
  GBR: 5.899064837,
  FRA: 4.364053412,
  CAN: 4.280609883,
  IND: 4.093183877,
  DEU: 3.885044997,
  ISR: 3.58266523,
  AUS: 2.51848061,
  SAU: 2.028065833,
  SGP: 1.818532452,
  KOR: 1.775383542,
  BEL: 1.195808339,
  JPN: 1.10667214,
  SWE: 0.969507505,
}

describe('binsFor', () => {
  it('money spanning orders of magnitude gets log steps 1–3–10: the US alone in the top bin', () => {
    const values = Object.values(INVESTMENT_2025)
    const bins = binsFor(values, 'log-if-skewed')
    expect(bins).toEqual({ breaks: [1, 3, 10, 30, 100], log: true })
    const bin = classifier(bins)
    const top = bins.breaks.length
    expect(Object.entries(INVESTMENT_2025).filter(([, v]) => bin(v) === top)).toEqual([
      ['USA', 285.875311074],
    ])
    // China 12.41 in [10, 30); Sweden 0.97 below 1; Japan 1.11 in [1, 3); 30–100 is empty.
    expect([bin(12.412093488), bin(0.969507505), bin(1.10667214)]).toEqual([3, 0, 1])
    expect(values.filter((v) => bin(v) === 4)).toEqual([])
  })

  it('over six decades, powers of ten (1–3 steps would make 11 bins)', () => {
    // Private investment 2024, AI Index 2025: Kazakhstan 0.0015 to the US 109.08.
    expect(binsFor([0.0015, 0.0025, 0.86, 9.29, 109.0773255], 'log-if-skewed')).toEqual({
      breaks: [0.01, 0.1, 1, 10, 100],
      log: true,
    })
  })

  it('over fifteen decades, every third power of ten', () => {
    expect(binsFor([1e-6, 1e9], 'log-if-skewed').breaks).toEqual([1e-5, 0.01, 10, 1e4, 1e7])
  })

  it('patents per 100k, 2024 (0.21 to 14.31): 1–3 steps', () => {
    expect(binsFor([0.2103142072117406, 1.3, 14.310816598653574], 'log-if-skewed')).toEqual({
      breaks: [0.3, 1, 3, 10],
      log: true,
    })
  })

  it('stays linear below a 20× spread, with a zero, or when asked to', () => {
    // Steps of 5 would make 8 bins (5…35 inside): d3's next nice step is 10.
    expect(binsFor([2, 39.9], 'log-if-skewed')).toEqual({ breaks: [10, 20, 30], log: false })
    expect(binsFor([0, 5, 250], 'log-if-skewed').log).toBe(false)
    expect(binsFor(Object.values(INVESTMENT_2025), 'linear')).toEqual({
      breaks: [50, 100, 150, 200, 250],
      log: false,
    })
  })

  it('never makes more than seven bins', () => {
    for (const [lo, hi] of [
      [2, 39.9],
      [0, 1],
      [18.2, 70.1],
      [1e-9, 1e9],
    ] as const)
      for (const scale of ['linear', 'log-if-skewed'] as const)
        expect(binsFor([lo, hi], scale).breaks.length).toBeLessThanOrEqual(MAX_BINS - 1)
  })

  it('published ranks 1–8: a bin a rank, the last two together', () => {
    expect(binsFor([1, 2, 3, 4, 5, 6, 7, 8], 'linear')).toEqual({
      breaks: [2, 3, 4, 5, 6, 7],
      log: false,
    })
  })

  it('one value, or none, makes one bin', () => {
    expect(binsFor([4.2, 4.2], 'log-if-skewed')).toEqual({ breaks: [], log: false })
    expect(binsFor([], 'linear')).toEqual({ breaks: [], log: false })
  })

  it('ignores gaps: a missing figure is no data, not a value', () => {
    expect(binsFor([1, Number.NaN, 100], 'log-if-skewed')).toEqual(
      binsFor([1, 100], 'log-if-skewed'),
    )
  })
})

describe('classifier', () => {
  const bin = classifier({ breaks: [1, 10], log: true })

  it('puts a value on a break in the bin above it', () => {
    expect([0.5, 1, 9.99, 10, 1e6].map(bin)).toEqual([0, 1, 1, 2, 2])
  })

  it('gives no data no bin, so it is never drawn as the lowest', () => {
    expect(bin(null)).toBeNull()
    expect(bin(Number.NaN)).toBeNull()
    expect(bin(0)).toBe(0)
  })
})

describe('colourIndex', () => {
  it('spreads few bins over the seven-colour palette', () => {
    expect([0, 1, 2, 3].map((i) => colourIndex(i, 4))).toEqual([0, 2, 4, 6])
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => colourIndex(i, 7))).toEqual([0, 1, 2, 3, 4, 5, 6])
  })

  it('reverses for ranks: rank 1 gets the strongest colour', () => {
    expect([0, 1, 2].map((i) => colourIndex(i, 3, true))).toEqual([6, 3, 0])
  })

  it('draws a single bin in the strongest colour', () => {
    expect(colourIndex(0, 1)).toBe(6)
  })
})
