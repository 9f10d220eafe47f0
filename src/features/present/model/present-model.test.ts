import type { Entity, Group } from '../../../api/schemas'
import { BUILT_IN_DECK } from './built-in-deck'
import { canonicalQuery, deckToJson, moveScene, parseDeckJson } from './deck'
import { isTypingTarget, keyAction, type KeyInput } from './keys'
import { matchScore, paletteItems, searchPalette } from './palette'

const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
})

describe('keyAction', () => {
  it.each([
    [key('p'), false, 'enter'],
    [key('P', { shiftKey: true }), false, null],
    [key('ArrowRight'), false, null],
    [key(' '), false, null],
    [key('p', { ctrlKey: true }), false, null],
    [key('Escape'), true, 'exit'],
    [key('ArrowRight'), true, 'next'],
    [key('PageDown'), true, 'next'],
    [key(' '), true, 'next'],
    [key(' ', { shiftKey: true }), true, 'previous'],
    [key('ArrowLeft'), true, 'previous'],
    [key('PageUp'), true, 'previous'],
    [key('Home'), true, 'first'],
    [key('End'), true, 'last'],
    [key('y'), true, 'year-next'],
    [key('Y', { shiftKey: true }), true, 'year-previous'],
    [key('k'), true, 'palette'],
    [key('/'), true, 'palette'],
    [key('s'), true, 'presenter'],
    [key('n'), true, 'notes'],
    [key('r'), true, 'reset'],
    [key('b'), true, 'blank'],
    [key('l'), true, 'lock'],
    [key('l', { metaKey: true }), true, null],
    [key('p'), true, null],
    [key('x'), true, null],
  ])('%j presenting=%s → %s', (input, presenting, expected) => {
    expect(keyAction(input, presenting)).toBe(expected)
  })

  it('treats fields as typing targets', () => {
    expect(isTypingTarget(document.createElement('input'))).toBe(true)
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true)
    expect(isTypingTarget(document.createElement('button'))).toBe(false)
    expect(isTypingTarget(null)).toBe(false)
  })
})

const firstFigureOf = (panel: string) => `${panel}.first`

describe('decks', () => {
  it('round-trips a deck through JSON', () => {
    expect(parseDeckJson(deckToJson(BUILT_IN_DECK), firstFigureOf)).toEqual({
      ok: true,
      deck: BUILT_IN_DECK,
    })
  })

  it('opens a deck saved before scenes held figures on each panel’s first figure', () => {
    const v1 = JSON.stringify({
      format: 'ai-monitor-deck',
      version: 1,
      deck: {
        id: 'd',
        title: 'Old deck',
        scenes: [
          {
            id: 's1',
            title: 'The gap',
            notes: 'n',
            panel: 'investment',
            query: 'edition=aiindex-2024&region=eu27&present=models',
          },
        ],
      },
    })
    expect(parseDeckJson(v1, firstFigureOf)).toEqual({
      ok: true,
      deck: {
        id: 'd',
        title: 'Old deck',
        scenes: [
          {
            id: 's1',
            figure: 'investment.first',
            // Re-canonicalised: stable order, `present` dropped.
            query: 'region=eu27&edition=aiindex-2024',
            headline: 'The gap',
            notes: 'n',
            key: null,
          },
        ],
      },
    })
  })

  it.each([
    ['not json', 'This file is not JSON.'],
    ['{"format":"other"}', 'This is not an AI Monitor deck'],
    [
      '{"format":"ai-monitor-deck","version":2,"deck":{"id":"a","title":"T","scenes":[{"id":"s","figure":"<script>","query":"","headline":"h","notes":"","key":null}]}}',
      'deck.scenes.0.figure',
    ],
  ])('rejects %s with a clear message', (text, message) => {
    const parsed = parseDeckJson(text, firstFigureOf)
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? '' : parsed.error).toContain(message)
  })

  it('canonicalises queries and moves scenes', () => {
    expect(canonicalQuery('present=2&year=2023&region=eu27')).toBe('region=eu27&year=2023')
    expect(moveScene(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a'])
    expect(moveScene(['a', 'b', 'c'], 2, -5)).toEqual(['c', 'a', 'b'])
  })

  it('ships a built-in deck of figure scenes with live headlines', () => {
    expect(BUILT_IN_DECK.scenes.length).toBeGreaterThanOrEqual(10)
    for (const s of BUILT_IN_DECK.scenes) {
      expect(s.figure).toMatch(/^[a-z]+\.[a-z0-9-]+$/)
      // Live: a value of its figure in the headline, or a key figure with its claim's status.
      if (s.key === null) expect(s.headline).toMatch(/\{(value |ratio |share |count\})/)
      else expect(s.key.claim).not.toBeNull()
    }
  })
})

const group = (id: string, label: string): Group => ({
  id,
  label,
  kind: 'bloc',
  parent: null,
  members: [],
  basis: '',
})
const country = (id: string, name: string, iso2: string): Entity => ({
  id,
  name,
  kind: 'country',
  iso2,
  m49: null,
  region: '',
  subRegion: '',
  note: null,
  groups: [],
})
const META = {
  editions: [],
  groups: [group('eu27', 'EU-27'), group('europe', 'Europe'), group('g7', 'G7')],
  entities: [
    country('REU', 'Réunion', 'RE'),
    country('USA', 'United States', 'US'),
    country('GBR', 'United Kingdom', 'GB'),
    country('EST', 'Estonia', 'EE'),
  ],
}

describe('the command palette finds things by name and alias', () => {
  const items = paletteItems(META, [2013, 2025])
  const top = (q: string) => searchPalette(items, q)[0]?.id
  it.each([
    ['EU', 'region:eu27'],
    ['eu', 'region:eu27'],
    ['EU-27', 'region:eu27'],
    ['European Union', 'region:eu27'],
    ['Europe', 'region:europe'],
    ['UK', 'country:GBR'],
    ['US', 'country:USA'],
    ['united s', 'country:USA'],
    ['2019', 'year:2019'],
    ['reun', 'country:REU'],
    ['GVT 2024', 'gvt:gvt-2024'],
    ['econ', 'weights:economy-heavy'],
  ])('“%s” → %s', (query, expected) => {
    expect(top(query)).toBe(expected)
  })

  it('never picks Réunion for “EU” (two letters inside a word are not a match)', () => {
    expect(searchPalette(items, 'EU').map((i) => i.id)).not.toContain('country:REU')
    const reunion = items.find((i) => i.id === 'country:REU')
    expect(reunion && matchScore(reunion, 'eu')).toBeNull()
  })

  it('offers only the years the edition covers', () => {
    expect(searchPalette(items, '2030')).toEqual([])
    expect(items.filter((i) => i.section === 'Year')).toHaveLength(13)
  })
})
