import { DEFAULT_VIEW } from '../../domain/view'
import { describeFilters, describeWeights, stampLines, wrapLine } from './stamp'

const names: Record<string, string> = {
  eu27: 'EU-27',
  USA: 'United States',
  CHN: 'China',
  'aiindex-2024': 'AI Index 2024',
  'gvt-2024': 'Global AI Vibrancy Tool 2024',
}
const nameOf = (id: string) => names[id] ?? id

describe('describeFilters', () => {
  it.each([
    [{}, 'Region: World · Year: latest with data'],
    [
      { region: 'eu27', year: 2023, norm: 'per-capita' as const, price: 'real' as const },
      'Region: EU-27 · Year: 2023 · Normalisation: per capita · Prices: constant 2021 US$',
    ],
    [
      { countries: ['USA', 'CHN'], years: [2015, 2023] as const, selected: 'USA', log: true },
      'Region: World · Countries: United States, China · Year: latest with data · Years: 2015–2023 · Log scale · Highlighted: United States',
    ],
    [
      { cumulative: true, base: 2015, compare: 'CHN', fx: 1.08 },
      'Region: World · Year: latest with data · Cumulative · Index: 2015 = 100 · Compared with: China · EUR→USD 1.08',
    ],
  ])('%j', (patch, expected) => {
    expect(describeFilters({ ...DEFAULT_VIEW, ...patch }, nameOf)).toBe(expected)
  })
})

describe('describeWeights', () => {
  it('names weights in a stable order, and nothing for the defaults', () => {
    expect(describeWeights(DEFAULT_VIEW)).toBeNull()
    expect(describeWeights({ ...DEFAULT_VIEW, weights: { research: 1, economy: 3 } })).toBe(
      'Index weights (computed here): economy 3, research 1',
    )
  })
})

describe('stampLines', () => {
  it('puts title and unit above, context and link below', () => {
    expect(
      stampLines({
        title: 'T',
        unit: 'U',
        source: 'S',
        caveats: ['C1', 'C2'],
        filters: 'F',
        weights: null,
        edition: 'E',
        link: 'L',
      }),
    ).toEqual({ header: ['T', 'U'], footer: ['F', 'Edition: E', 'Source: S', 'C1', 'C2', 'L'] })
  })
})

describe('wrapLine', () => {
  it.each([
    ['a b c', 10, ['a b c']],
    ['aaa bbb ccc', 7, ['aaa bbb', 'ccc']],
    ['', 5, ['']],
    ['abcdefghij', 4, ['abcd', 'efgh', 'ij']],
  ])('%j at %d', (line, max, expected) => {
    expect(wrapLine(line, max)).toEqual(expected)
  })
})
