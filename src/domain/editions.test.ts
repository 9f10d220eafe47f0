import {
  AI_INDEX_EDITIONS,
  DEFAULT_AI_INDEX,
  GVT_EDITIONS,
  gvtForDataYear,
  nearestEdition,
  SERVICE_PREFERENCE,
  type AiIndexEdition,
} from './editions'
import { gvtDataYearOf, gvtOf } from './view'

describe('the edition lists derive from the one list', () => {
  it('AI Index editions newest first, the newest the default; GVT releases newest first', () => {
    expect(AI_INDEX_EDITIONS).toEqual(['aiindex-2026', 'aiindex-2025', 'aiindex-2024'])
    expect(DEFAULT_AI_INDEX).toBe('aiindex-2026')
    expect(GVT_EDITIONS.slice(0, 2)).toEqual(['gvt-2025', 'gvt-2024'])
  })
  it('the service prefers the newest AI Index, then OWID, reference, chart labels, Vibrancy', () => {
    expect(SERVICE_PREFERENCE.slice(0, 6)).toEqual([
      'aiindex-2026',
      'aiindex-2025',
      'aiindex-2024',
      'owid-2025',
      'wdi',
      'aiindex-2026-charts',
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
