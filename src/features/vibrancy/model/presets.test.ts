import { activePreset, effectiveWeights } from './presets'

describe('presets', () => {
  it.each([
    [{}, 'equal'],
    [{ economy: 3, research: 1 }, 'economy-heavy'],
    [{ economy: 1, research: 3 }, 'research-heavy'],
    [{ economy: 2, research: 2.5 }, 'rd-economy-highest'],
    [{ economy: 3, research: 1, 'models-cumulative': 2 }, null], // indicator weight moved
    [{ economy: 1.25 }, null],
  ])('%j → %s', (weights, expected) => {
    expect(activePreset(weights)?.id ?? null).toBe(expected)
  })
  it('URL weights override the defaults', () => {
    expect(effectiveWeights({ research: 0 })).toEqual({ economy: 1, research: 0 })
  })
})
