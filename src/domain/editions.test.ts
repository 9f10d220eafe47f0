import {
  AI_INDEX_EDITIONS,
  DEFAULT_AI_INDEX,
  DEFAULT_OWID,
  GVT_EDITIONS,
  gvtForDataYear,
  nearestEdition,
  newestFirstOf,
  REFERENCE_EDITION,
  SERVICE_PREFERENCE,
  type AiIndexEdition,
} from './editions'
import { REFRESHED_EDITIONS } from './refreshed-editions'
import { gvtDataYearOf, gvtOf } from './view'

describe('the edition lists derive from the one list', () => {
  it('AI Index editions newest first, the newest the default; GVT releases newest first', () => {
    expect(AI_INDEX_EDITIONS).toEqual(['aiindex-2026', 'aiindex-2025', 'aiindex-2024'])
    expect(DEFAULT_AI_INDEX).toBe('aiindex-2026')
    expect(GVT_EDITIONS.slice(0, 2)).toEqual(['gvt-2025', 'gvt-2024'])
  })
  it('the service prefers the newest AI Index, then OWID, reference, chart labels, Vibrancy', () => {
    const refreshed = new Set<string>(REFRESHED_EDITIONS.map((e: { id: string }) => e.id))
    expect(SERVICE_PREFERENCE.filter((id) => !refreshed.has(id)).slice(0, 6)).toEqual([
      'aiindex-2026',
      'aiindex-2025',
      'aiindex-2024',
      'owid-2025',
      'wdi',
      'aiindex-2026-charts',
    ])
  })
})

describe('refreshed vintages', () => {
  it('the newest reference and OWID vintages are the defaults', () => {
    // Restated from the generated list: the latest refreshed vintage, else the supplied edition.
    const latest = (kind: string) =>
      [...(REFRESHED_EDITIONS as readonly { id: string; kind: string; published: string }[])]
        .filter((e) => e.kind === kind)
        .sort((a, b) => (a.published < b.published ? 1 : -1))[0]?.id
    expect(REFERENCE_EDITION).toBe(latest('reference') ?? 'wdi')
    expect(DEFAULT_OWID).toBe(latest('owid') ?? 'owid-2025')
  })
  it('orders by year, then by the update date, undated entries older', () => {
    const list = [
      { id: 'wdi', kind: 'reference', year: 0, label: 'WDI' },
      { id: 'wdi-2025-07', kind: 'reference', year: 2025, label: 'a', published: '2025-07-01' },
      { id: 'wdi-2025-12', kind: 'reference', year: 2025, label: 'b', published: '2025-12-16' },
      { id: 'wdi-2026-03', kind: 'reference', year: 2026, label: 'c', published: '2026-03-02' },
      { id: 'owid-2025', kind: 'owid', year: 2025, label: 'OWID' },
    ] as const
    expect(newestFirstOf(list, 'reference')).toEqual([
      'wdi-2026-03',
      'wdi-2025-12',
      'wdi-2025-07',
      'wdi',
    ])
    expect(newestFirstOf([...list].reverse(), 'reference')).toEqual([
      'wdi-2026-03',
      'wdi-2025-12',
      'wdi-2025-07',
      'wdi',
    ])
  })
})

describe('nearestEdition', () => {
  const all: AiIndexEdition[] = ['aiindex-2026', 'aiindex-2025', 'aiindex-2024']
  it.each([
    // [editions holding the indicator, selected, expected]
    [all, 'aiindex-2024', 'aiindex-2024'], // the selected edition has it
    [['aiindex-2026', 'aiindex-2025'], 'aiindex-2024', 'aiindex-2025'], // patents: nearest, not newest
    [['aiindex-2026'], 'aiindex-2024', 'aiindex-2026'], // models cumulative: the only one
    [['aiindex-2026', 'aiindex-2024'], 'aiindex-2025', 'aiindex-2026'], // tie → the newer
    [['aiindex-2026-charts', 'aiindex-2025'], 'aiindex-2026', 'aiindex-2025'], // chart vintage skipped
    [['owid-2025'], 'aiindex-2026', null], // no AI Index edition
    [[], 'aiindex-2026', null],
  ] as const)('%j with %s selected → %s', (editions, selected, expected) => {
    expect(nearestEdition([...editions], selected)).toBe(expected)
  })
})

describe('the Vibrancy release of a data year', () => {
  it.each([
    [2023, 'gvt-2024'],
    [2024, 'gvt-2025'],
    [2025, 'gvt-2025'], // the latest ranking before it
  ] as const)('%d → %s', (year, expected) => {
    expect(gvtForDataYear(year)).toBe(expected)
  })
  it('a view follows its Year unless a release is chosen', () => {
    expect(gvtOf({ gvt: null, year: null })).toBe('gvt-2025')
    expect(gvtOf({ gvt: null, year: 2023 })).toBe('gvt-2024')
    expect(gvtOf({ gvt: 'gvt-2025', year: 2023 })).toBe('gvt-2025')
    expect(gvtDataYearOf({ gvt: null, year: 2023 })).toBe(2023)
  })
})
