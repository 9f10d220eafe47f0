import {
  citationsOf,
  licencesOf,
  readableCitation,
  sourceLine,
  sourcesOf,
  type SourceInfo,
} from './sources'

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

describe('sourcesOf', () => {
  it('names each source once, in first-seen order, leaving out unknown ids and gaps', () => {
    const found = sourcesOf(['w', null, 'a', 'w', 'nope', 'b'], lookup)
    expect(found.map((s) => s.citation)).toEqual([
      'World Bank WDI',
      'AI Index 2026 (fig 4.2.11)',
      'AI Index 2025 (fig 4.3.8)',
    ])
    expect(citationsOf(['w', null, 'a', 'w', 'nope', 'b'], lookup)).toBe(
      'World Bank WDI; AI Index 2026 (fig 4.2.11); AI Index 2025 (fig 4.3.8)',
    )
    expect(sourcesOf([], lookup)).toEqual([])
  })
})

describe('source lines', () => {
  const copies: Record<string, SourceInfo> = {
    f1: {
      citation:
        'AI Index 2026 (fig 4.4.1) — public-data copy in github:tiasturias/Research_LeyIA_DataScience',
      licence: 'CC BY-ND 4.0 (AI Index public data)',
      url: null,
    },
    f2: {
      citation:
        'AI Index 2026 (fig 4.4.2) — public-data copy in github:tiasturias/Research_LeyIA_DataScience',
      licence: 'CC BY-ND 4.0 (AI Index public data)',
      url: null,
    },
    gvt: {
      citation: 'GVT copy in github:jackoluciano/TubesLiDIA@07e10a2d4f:DATASET/AI_VIBRANCY.xlsx',
      licence: 'No data licence found',
      url: null,
    },
  }
  const find = (id: string) => copies[id] ?? SOURCES[id]

  it('never shows the repository notation of SOURCES.md', () => {
    expect(
      readableCitation('copy in github:jackoluciano/TubesLiDIA@07e10a2d4f:DATASET/x.xlsx'),
    ).toBe('copy in GitHub repository jackoluciano/TubesLiDIA')
    expect(readableCitation('World Bank WDI')).toBe('World Bank WDI')
  })

  it('writes a shared tail once, and each citation once', () => {
    expect(citationsOf(['f1', 'f2', 'f1', null], find)).toBe(
      'AI Index 2026 (fig 4.4.1); AI Index 2026 (fig 4.4.2) — public-data copy in GitHub repository tiasturias/Research_LeyIA_DataScience',
    )
    expect(citationsOf(['w', 'gvt'], find)).toBe(
      'World Bank WDI; GVT copy in GitHub repository jackoluciano/TubesLiDIA',
    )
    expect(citationsOf(['nope'], find)).toBeNull()
  })

  it('names the outlets reporting one citation once', () => {
    const press: Record<string, SourceInfo> = {
      p1: { citation: 'GVT 2025 — as reported by a.com, b.com', licence: 'Quoted', url: null },
      p2: { citation: 'GVT 2025 — as reported by b.com, c.com', licence: 'Quoted', url: null },
      p3: { citation: 'World Bank WDI', licence: 'CC BY 4.0', url: null },
    }
    expect(citationsOf(['p1', 'p3', 'p2'], (id) => press[id])).toBe(
      'GVT 2025 — as reported by a.com, b.com, c.com; World Bank WDI',
    )
  })

  it('names citation, edition and licence', () => {
    expect(sourceLine(['f1'], find, 'AI Index 2026', 'Stanford HAI')).toBe(
      'AI Index 2026 (fig 4.4.1) — public-data copy in GitHub repository tiasturias/Research_LeyIA_DataScience. Edition: AI Index 2026. Licence: CC BY-ND 4.0 (AI Index public data).',
    )
    expect(sourceLine([], find, 'AI Index 2026', 'Stanford HAI AI Index')).toBe(
      'Stanford HAI AI Index. Edition: AI Index 2026. Licence: See the source’s terms.',
    )
  })
})
