import fc from 'fast-check'
import { AI_INDEX_EDITIONS, GVT_EDITIONS } from './editions'
import { DEFAULT_VIEW, PANELS, SORT_ORDERS, type ViewState } from './view'
import { parseView, serializeView, unknownIds, type KnownIds } from './url-codec'

const iso3 = fc.stringMatching(/^[A-Z]{3}$/)
const year = fc.integer({ min: 1990, max: 2100 })
const viewArb: fc.Arbitrary<ViewState> = fc.record({
  region: fc.stringMatching(/^[a-z0-9-]{1,40}$/),
  countries: fc.uniqueArray(iso3, { maxLength: 8 }),
  year: fc.option(year, { nil: null }),
  years: fc.option(
    fc.tuple(year, year).map(([a, b]) => (a <= b ? ([a, b] as const) : ([b, a] as const))),
    { nil: null },
  ),
  edition: fc.constantFrom(...AI_INDEX_EDITIONS),
  gvt: fc.option(fc.constantFrom(...GVT_EDITIONS), { nil: null }),
  norm: fc.constantFrom('absolute', 'per-capita', 'share-of-gdp', 'share-of-world'),
  price: fc.constantFrom('nominal', 'real'),
  cumulative: fc.boolean(),
  log: fc.boolean(),
  base: fc.option(year, { nil: null }),
  weights: fc.dictionary(
    fc.stringMatching(/^[a-z0-9-]{1,12}$/),
    fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
    { maxKeys: 6 },
  ),
  selected: fc.option(iso3, { nil: null }),
  compare: fc.option(iso3, { nil: null }),
  bloc: fc.option(
    fc.record({
      name: fc
        .stringMatching(/^[A-Za-z][A-Za-z0-9 &+,.'-]{0,30}$/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
      members: fc.uniqueArray(iso3, { minLength: 1, maxLength: 10 }),
    }),
    { nil: null },
  ),
  fx: fc.option(
    fc.integer({ min: 1, max: 99999 }).map((n) => n / 10000),
    { nil: null },
  ),
  invest: fc.constantFrom(...AI_INDEX_EDITIONS),
  sort: fc.constantFrom(...SORT_ORDERS),
  // Figure ids (or, from older links, panel ids), written sorted.
  tables: fc
    .uniqueArray(
      fc.oneof(fc.constantFrom(...PANELS), fc.stringMatching(/^[a-z]{1,10}\.[a-z0-9-]{1,20}$/)),
      { maxLength: 6 },
    )
    .map((ids) => [...ids].sort()),
  present: fc.option(fc.integer({ min: 0, max: 998 }), { nil: null }),
})

describe('URL codec', () => {
  it('omits every default: the default view is the bare URL', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('')
  })

  it('writes readable parameters in a stable order', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      edition: 'aiindex-2024',
      year: 2023,
      region: 'eu27',
      countries: ['USA', 'CHN'],
      weights: { research: 2, economy: 1.5 },
    }
    expect(serializeView(view)).toBe(
      'region=eu27&countries=USA,CHN&year=2023&edition=aiindex-2024&weights=economy:1.5,research:2',
    )
  })

  it('falls back per parameter and names the invalid ones', () => {
    const { state, rejected } = parseView(
      '?year=20x3&region=eastern-asia&edition=nonsense&countries=USA,chn',
    )
    expect(state.region).toBe('eastern-asia')
    expect(state.year).toBeNull()
    expect(state.edition).toBe('aiindex-2026')
    expect(state.countries).toEqual([])
    expect(rejected).toEqual(['Countries', 'Year', 'Edition'])
  })

  it('reads the slide number (1-based) and old links that named a panel', () => {
    expect(parseView('present=3').state.present).toBe(2)
    expect(parseView('present=investment').state.present).toBe(0)
    expect(parseView('present=0').rejected).toEqual(['Presentation'])
    expect(serializeView({ ...DEFAULT_VIEW, present: 4 })).toBe('present=5')
  })

  it('rejects ranges that run backwards and years out of range', () => {
    expect(parseView('years=2024-2013').rejected).toEqual(['Year range'])
    expect(parseView('year=1850').rejected).toEqual(['Year'])
    expect(parseView('years=2013-2024').state.years).toEqual([2013, 2024])
  })

  it('round-trips every valid view: parse(serialize(s)) = s', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        const { state, rejected } = parseView(serializeView(view))
        expect(rejected).toEqual([])
        expect(state).toEqual(view)
      }),
      { numRuns: 10_000 },
    )
  })

  it('never throws on any input, and always yields a view', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        const { state } = parseView(raw)
        expect(typeof state.region).toBe('string')
      }),
      { numRuns: 10_000 },
    )
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'region',
            'countries',
            'year',
            'years',
            'edition',
            'weights',
            'bloc',
            'fx',
            'tables',
            'invest',
            'sort',
            'gvt',
            'present',
            'base',
          ),
          fc.string({ maxLength: 60 }),
        ),
        (params) => {
          const { state } = parseView(new URLSearchParams(params).toString())
          expect(serializeView(state)).toBe(serializeView(parseView(serializeView(state)).state))
        },
      ),
      { numRuns: 10_000 },
    )
  })
})

describe('ids the data service does not know (checked once /meta is in)', () => {
  const known: KnownIds = {
    isRegion: (id) => ['eu27', 'g7', 'eastern-asia'].includes(id),
    isEntity: (id) => ['USA', 'FRA', 'DEU', 'WLD'].includes(id),
  }
  const view = (search: string) => parseView(search).state

  it.each([
    ['region=nosuch', { region: 'world' }, ['Region']],
    ['region=__proto__', { region: 'world' }, ['Region']],
    ['region=constructor', { region: 'world' }, ['Region']],
    ['countries=USA,XXX,FRA', { countries: ['USA', 'FRA'] }, ['Countries']],
    ['selected=XXX&compare=FRA', { selected: null }, ['Selected country']],
    ['selected=eu27&compare=ZZZ', { compare: null }, ['Compared country']],
    ['bloc=Mine:USA,XXX', { bloc: { name: 'Mine', members: ['USA'] } }, ['Custom bloc']],
    ['bloc=Mine:XXX,YYY', { bloc: null }, ['Custom bloc']],
    ['region=nosuch&countries=XXX', { region: 'world', countries: [] }, ['Region', 'Countries']],
  ])('%s falls back: %j', (search, patch, rejected) => {
    expect(unknownIds(view(search), known)).toEqual({ patch, rejected })
  })

  it.each(['', 'region=eu27&countries=USA,DEU&selected=WLD', 'selected=g7&bloc=B:FRA,DEU'])(
    '%s: every id known, nothing to change',
    (search) => expect(unknownIds(view(search), known)).toBeNull(),
  )

  it('never changes a view whose ids are all known, and keeps every other setting', () => {
    fc.assert(
      fc.property(viewArb, (v) => {
        const result = unknownIds(v, { isRegion: () => true, isEntity: () => true })
        expect(result).toBeNull()
        const none = unknownIds(v, { isRegion: () => false, isEntity: () => false })
        const next = { ...v, ...none?.patch }
        expect(next.region).toBe(v.region === DEFAULT_VIEW.region ? v.region : 'world')
        expect(next.countries).toEqual([])
        expect({
          ...next,
          region: v.region,
          countries: v.countries,
          selected: v.selected,
          compare: v.compare,
          bloc: v.bloc,
        }).toEqual(v)
      }),
    )
  })
})
