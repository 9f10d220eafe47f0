import { citationLine, licencesOf, sourcesOf, type SourceInfo } from './sources'

const SOURCES: Record<string, SourceInfo> = {
  a: { citation: 'AI Index 2026 (fig 4.2.11)', licence: 'CC BY-ND 4.0', url: null },
  b: { citation: 'AI Index 2025 (fig 4.3.8)', licence: 'CC BY-ND 4.0', url: null },
  w: { citation: 'World Bank WDI', licence: 'CC BY 4.0', url: null },
}
const lookup = (id: string) => SOURCES[id]

describe('licencesOf', () => {
  it.each([
    [['a', 'b'], 'CC BY-ND 4.0'],
    [['a', null, 'w', 'b'], 'CC BY-ND 4.0; CC BY 4.0'],
    [['w', 'a'], 'CC BY 4.0; CC BY-ND 4.0'],
    [['nope'], 'See the source’s terms'],
    [[], 'See the source’s terms'],
  ])('%j → %s', (ids, expected) => {
    expect(licencesOf(ids, lookup)).toBe(expected)
  })
})

describe('sourcesOf and citationLine', () => {
  it('names each source once, in first-seen order, leaving out unknown ids and gaps', () => {
    const found = sourcesOf(['w', null, 'a', 'w', 'nope', 'b'], lookup)
    expect(found.map((s) => s.citation)).toEqual([
      'World Bank WDI',
      'AI Index 2026 (fig 4.2.11)',
      'AI Index 2025 (fig 4.3.8)',
    ])
    expect(citationLine(found)).toBe(
      'World Bank WDI; AI Index 2026 (fig 4.2.11); AI Index 2025 (fig 4.3.8)',
    )
    expect(sourcesOf([], lookup)).toEqual([])
  })
})
