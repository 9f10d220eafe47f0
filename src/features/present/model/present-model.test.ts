import { BUILT_IN_DECK } from './built-in-deck'
import { canonicalQuery, deckToJson, moveScene, parseDeckJson } from './deck'
import { isTypingTarget, keyAction, type KeyInput } from './keys'
import { paletteSections } from './palette'

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
    [key('p', { ctrlKey: true }), false, null],
    [key('Escape'), true, 'exit'],
    [key('ArrowRight'), true, 'next'],
    [key('PageDown'), true, 'next'],
    [key('ArrowLeft'), true, 'previous'],
    [key('PageUp'), true, 'previous'],
    [key('y'), true, 'year-next'],
    [key('Y', { shiftKey: true }), true, 'year-previous'],
    [key('k'), true, 'palette'],
    [key('/'), true, 'palette'],
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

describe('decks', () => {
  it('round-trips a deck through JSON', () => {
    const parsed = parseDeckJson(deckToJson(BUILT_IN_DECK))
    expect(parsed).toEqual({ ok: true, deck: BUILT_IN_DECK })
  })

  it('keeps the built-in scenes canonical and valid views', () => {
    for (const scene of BUILT_IN_DECK.scenes) expect(canonicalQuery(scene.query)).toBe(scene.query)
    expect(BUILT_IN_DECK.scenes.map((s) => s.panel)).toEqual([
      'investment',
      'investment',
      'investment',
      'models',
      'vibrancy',
      'vibrancy',
    ])
  })

  it.each([
    ['not json', 'This file is not JSON.'],
    ['{"format":"other"}', 'This is not an AI Monitor deck'],
    [
      '{"format":"ai-monitor-deck","version":1,"deck":{"id":"a","title":"T","scenes":[{"id":"s","title":"x","notes":"","panel":"nope","query":""}]}}',
      'deck.scenes.0.panel',
    ],
  ])('rejects %j with a clear message', (text, message) => {
    const parsed = parseDeckJson(text)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.error).toContain(message)
  })

  it('re-canonicalises imported queries (drops invalid params and present)', () => {
    const text = JSON.stringify({
      format: 'ai-monitor-deck',
      version: 1,
      deck: {
        id: 'd',
        title: 'D',
        scenes: [
          {
            id: 's',
            title: 'S',
            notes: '',
            panel: 'models',
            query: 'present=models&year=abc&edition=aiindex-2024&region=eu27',
          },
        ],
      },
    })
    const parsed = parseDeckJson(text)
    expect(parsed.ok && parsed.deck.scenes[0]?.query).toBe('region=eu27&edition=aiindex-2024')
  })

  it.each([
    [['a', 'b', 'c'], 0, 2, ['b', 'c', 'a']],
    [['a', 'b', 'c'], 2, 0, ['c', 'a', 'b']],
    [['a', 'b', 'c'], 1, 9, ['a', 'c', 'b']],
    [['a', 'b', 'c'], 0, -1, ['a', 'b', 'c']],
  ])('moveScene(%j, %d, %d)', (list, from, to, expected) => {
    expect(moveScene(list, from, to)).toEqual(expected)
  })
})

describe('paletteSections', () => {
  it('offers countries, regions, editions and weight presets', () => {
    const sections = paletteSections({
      editions: [],
      entities: [
        { id: 'USA', name: 'United States', kind: 'country' },
        { id: 'WLD', name: 'World', kind: 'reported-aggregate' },
      ] as never,
      groups: [{ id: 'eu27', label: 'EU-27' }] as never,
    })
    expect(sections.map((s) => s.items.map((i) => i.label))).toEqual([
      ['United States'],
      ['World', 'EU-27'],
      ['aiindex-2026', 'aiindex-2025', 'aiindex-2024', 'gvt-2025', 'gvt-2024', 'gvt-2022'],
      ['Weights: Equal weights', 'Weights: Economy-heavy (3:1)', 'Weights: R&D-heavy (1:3)'],
    ])
    expect(sections[0]?.items[0]?.patch).toEqual({ selected: 'USA' })
    expect(sections[1]?.items[1]?.patch).toEqual({ region: 'eu27' })
  })
})
