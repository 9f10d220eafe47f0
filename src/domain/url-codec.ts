/**
 * The URL codec of the view state. The URL is untrusted input: every parameter is parsed on
 * its own and falls back to its default when invalid (valid / invalid / missing, as OWID's
 * grapher does), and the codec never throws. One readable parameter per setting, written in a
 * stable order, defaults omitted, so every view is a short, shareable link.
 */

import { AI_INDEX_EDITIONS, GVT_EDITIONS } from './editions'
import {
  DEFAULT_VIEW,
  NORMALISATIONS,
  PANELS,
  PRICE_BASES,
  SORT_ORDERS,
  type ViewState,
} from './view'

type Key = keyof ViewState
type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false }

interface ParamCodec<K extends Key> {
  /** Query-string name. */
  readonly name: string
  /** What the fallback notice calls it. */
  readonly label: string
  parse(raw: string): Parsed<ViewState[K]>
  /** null when equal to the default (the parameter is omitted). */
  serialize(value: ViewState[K]): string | null
}

const MIN_YEAR = 1990
const MAX_YEAR = 2100
const ID = /^[A-Za-z0-9_-]{1,40}$/
const ISO3 = /^[A-Z]{3}$/
const FIGURE_ID = /^[a-z]{1,20}(\.[a-z0-9-]{1,40})?$/

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value })
const invalid = { ok: false } as const

function parseYear(raw: string): number | null {
  if (!/^\d{4}$/.test(raw)) return null
  const year = Number(raw)
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null
}

function oneOf<T extends string>(values: readonly T[]) {
  return (raw: string): Parsed<T> => {
    const found = values.find((v) => v === raw)
    return found === undefined ? invalid : ok(found)
  }
}

const flag = (raw: string): Parsed<boolean> =>
  raw === '1' || raw === 'true' ? ok(true) : raw === '0' || raw === 'false' ? ok(false) : invalid

function isoList(raw: string, max: number): readonly string[] | null {
  if (raw === '') return null
  const ids = raw.split(',')
  if (ids.length > max || ids.some((id) => !ISO3.test(id))) return null
  return [...new Set(ids)]
}

function defaultOmitted<K extends Key>(key: K, text: (value: ViewState[K]) => string) {
  return (value: ViewState[K]) => (sameValue(value, DEFAULT_VIEW[key]) ? null : text(value))
}

/** Stable order of parameters in the URL. */
const CODECS: { readonly [K in Key]: ParamCodec<K> } = {
  region: {
    name: 'region',
    label: 'Region',
    parse: (raw) => (ID.test(raw) ? ok(raw.toLowerCase()) : invalid),
    serialize: defaultOmitted('region', (v) => v),
  },
  countries: {
    name: 'countries',
    label: 'Countries',
    parse: (raw) => {
      const list = isoList(raw, 60)
      return list ? ok(list) : invalid
    },
    serialize: defaultOmitted('countries', (v) => v.join(',')),
  },
  year: {
    name: 'year',
    label: 'Year',
    parse: (raw) => {
      const year = parseYear(raw)
      return year === null ? invalid : ok(year)
    },
    serialize: defaultOmitted('year', (v) => String(v)),
  },
  years: {
    name: 'years',
    label: 'Year range',
    parse: (raw) => {
      const match = /^(\d{4})-(\d{4})$/.exec(raw)
      const from = match?.[1] ? parseYear(match[1]) : null
      const to = match?.[2] ? parseYear(match[2]) : null
      return from !== null && to !== null && from <= to ? ok([from, to] as const) : invalid
    },
    serialize: defaultOmitted('years', (v) => (v ? `${v[0]}-${v[1]}` : '')),
  },
  edition: {
    name: 'edition',
    label: 'Edition',
    parse: oneOf(AI_INDEX_EDITIONS),
    serialize: defaultOmitted('edition', (v) => v),
  },
  gvt: {
    name: 'gvt',
    label: 'Vibrancy edition',
    parse: oneOf(GVT_EDITIONS),
    serialize: defaultOmitted('gvt', (v) => v ?? ''),
  },
  norm: {
    name: 'norm',
    label: 'Normalisation',
    parse: oneOf(NORMALISATIONS),
    serialize: defaultOmitted('norm', (v) => v),
  },
  price: {
    name: 'price',
    label: 'Prices',
    parse: oneOf(PRICE_BASES),
    serialize: defaultOmitted('price', (v) => v),
  },
  cumulative: {
    name: 'cumulative',
    label: 'Cumulative',
    parse: flag,
    serialize: defaultOmitted('cumulative', (v) => (v ? '1' : '0')),
  },
  log: {
    name: 'log',
    label: 'Log scale',
    parse: flag,
    serialize: defaultOmitted('log', (v) => (v ? '1' : '0')),
  },
  base: {
    name: 'base',
    label: 'Base year',
    parse: (raw) => {
      const year = parseYear(raw)
      return year === null ? invalid : ok(year)
    },
    serialize: defaultOmitted('base', (v) => String(v)),
  },
  weights: {
    name: 'weights',
    label: 'Index weights',
    parse: (raw) => {
      const entries = raw
        .split(',')
        .map((pair) => /^([a-z0-9-]{1,40}):(\d{1,3}(?:\.\d{1,2})?)$/.exec(pair))
      if (entries.length > 20 || entries.some((m) => m === null)) return invalid
      const weights: Record<string, number> = {}
      for (const m of entries) if (m?.[1] && m[2]) weights[m[1]] = Number(m[2])
      return Object.values(weights).every((w) => w <= 100) ? ok(weights) : invalid
    },
    serialize: defaultOmitted('weights', (v) =>
      Object.keys(v)
        .sort()
        .map((k) => `${k}:${v[k]}`)
        .join(','),
    ),
  },
  selected: {
    name: 'selected',
    label: 'Selected country',
    parse: (raw) => (ID.test(raw) ? ok(raw) : invalid),
    serialize: defaultOmitted('selected', (v) => v ?? ''),
  },
  compare: {
    name: 'compare',
    label: 'Compared country',
    parse: (raw) => (ID.test(raw) ? ok(raw) : invalid),
    serialize: defaultOmitted('compare', (v) => v ?? ''),
  },
  bloc: {
    name: 'bloc',
    label: 'Custom bloc',
    parse: (raw) => {
      const match = /^([^:]{1,40}):(.+)$/.exec(raw)
      const name = match?.[1]?.trim()
      const members = match?.[2] ? isoList(match[2], 60) : null
      return name && members && !/[<>]/.test(name) ? ok({ name, members }) : invalid
    },
    serialize: defaultOmitted('bloc', (v) => (v ? `${v.name}:${v.members.join(',')}` : '')),
  },
  fx: {
    name: 'fx',
    label: 'EUR→USD rate',
    parse: (raw) => {
      if (!/^\d{1,2}(\.\d{1,4})?$/.test(raw)) return invalid
      const rate = Number(raw)
      return rate > 0 && rate < 10 ? ok(rate) : invalid
    },
    serialize: defaultOmitted('fx', (v) => String(v)),
  },
  invest: {
    name: 'invest',
    label: 'Investment total',
    parse: oneOf(AI_INDEX_EDITIONS),
    serialize: defaultOmitted('invest', (v) => v),
  },
  sort: {
    name: 'sort',
    label: 'Sort order',
    parse: oneOf(SORT_ORDERS),
    serialize: defaultOmitted('sort', (v) => v),
  },
  tables: {
    name: 'tables',
    label: 'Table view',
    // Figure ids ("investment.trend"); a panel id (links made before figures) means all of
    // that panel's figures.
    parse: (raw) => {
      const list = [...new Set(raw.split(','))]
      return list.length <= 40 && list.every((id) => FIGURE_ID.test(id)) ? ok(list) : invalid
    },
    serialize: defaultOmitted('tables', (v) => [...v].sort().join(',')),
  },
  present: {
    name: 'present',
    label: 'Presentation',
    // The slide number, 1-based as people count; links made before slides name a panel and
    // open the deck at its start.
    parse: (raw) => {
      if (/^\d{1,3}$/.test(raw) && Number(raw) >= 1) return ok(Number(raw) - 1)
      return PANELS.some((p) => p === raw) ? ok(0) : invalid
    },
    serialize: defaultOmitted('present', (v) => (v === null ? '' : String(v + 1))),
  },
}

const KEYS = Object.keys(CODECS) as Key[]

/** Structural equality for view values (primitives, arrays, plain objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]))
  if (
    a &&
    b &&
    typeof a === 'object' &&
    typeof b === 'object' &&
    !Array.isArray(a) &&
    !Array.isArray(b)
  ) {
    const ka = Object.keys(a)
    const kb = Object.keys(b)
    return (
      ka.length === kb.length &&
      ka.every((k) =>
        sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
      )
    )
  }
  return false
}

export interface ParseResult {
  readonly state: ViewState
  /** Labels of parameters that were present but invalid and fell back to their default. */
  readonly rejected: readonly string[]
}

/** Parses a query string (with or without '?'). Never throws. */
export function parseView(search: string): ParseResult {
  let params: URLSearchParams
  try {
    params = new URLSearchParams(search)
  } catch {
    return { state: DEFAULT_VIEW, rejected: [] }
  }
  const state: Record<string, unknown> = { ...DEFAULT_VIEW }
  const rejected: string[] = []
  for (const key of KEYS) {
    const codec = CODECS[key] as ParamCodec<Key>
    const raw = params.get(codec.name)
    if (raw === null) continue
    let parsed: Parsed<unknown>
    try {
      parsed = codec.parse(raw)
    } catch {
      parsed = invalid
    }
    if (parsed.ok) state[key] = parsed.value
    else rejected.push(codec.label)
  }
  return { state: state as unknown as ViewState, rejected }
}

/** Serialises a state to a query string without '?', defaults omitted, in a stable order. */
export function serializeView(state: ViewState): string {
  const params = new URLSearchParams()
  for (const key of KEYS) {
    const codec = CODECS[key] as ParamCodec<Key>
    const text = codec.serialize(state[key])
    if (text !== null) params.set(codec.name, text)
  }
  // Commas, colons and hyphens stay readable in links.
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':')
}

/**
 * Settings whose change is a discrete step the Back button should undo; the others
 * (continuous controls such as weights or the exchange rate) replace the history entry.
 */

export const REPLACE_KEYS: ReadonlySet<Key> = new Set<Key>(['weights', 'fx'])

/** The ids /meta knows: the second check of a link, once the data service has answered. */
export interface KnownIds {
  /** A region or bloc the Region filter may pick (a group id). */
  readonly isRegion: (id: string) => boolean
  /** A country or reported aggregate. */
  readonly isEntity: (id: string) => boolean
}

export interface UnknownIds {
  /** The settings to change: back to their defaults, or a list without its unknown ids. */
  readonly patch: Partial<ViewState>
  /** Labels of the settings changed, for the "settings ignored" notice. */
  readonly rejected: readonly string[]
}

/**
 * The ids of a view that are well formed but unknown to the data service (`?region=nosuch`,
 * `?region=__proto__`, `?countries=XXX`), each falling back as an invalid parameter does, or
 * null when every id is known. The codec alone cannot tell: which ids exist is data.
 */
export function unknownIds(view: ViewState, known: KnownIds): UnknownIds | null {
  const patch: Record<string, unknown> = {}
  const rejected: string[] = []
  const reset = <K extends Key>(key: K, value: ViewState[K]) => {
    patch[key] = value
    rejected.push(CODECS[key].label)
  }
  if (view.region !== DEFAULT_VIEW.region && !known.isRegion(view.region))
    reset('region', DEFAULT_VIEW.region)
  const countries = view.countries.filter(known.isEntity)
  if (countries.length !== view.countries.length) reset('countries', countries)
  const isId = (id: string) => known.isEntity(id) || known.isRegion(id)
  if (view.selected !== null && !isId(view.selected)) reset('selected', null)
  if (view.compare !== null && !isId(view.compare)) reset('compare', null)
  if (view.bloc) {
    const members = view.bloc.members.filter(known.isEntity)
    if (members.length !== view.bloc.members.length)
      reset('bloc', members.length > 0 ? { ...view.bloc, members } : null)
  }
  return rejected.length === 0 ? null : { patch: patch, rejected }
}
