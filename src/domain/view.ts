/**
 * The view: everything a link restores, as one plain value. Every panel, figure, slide and
 * export is drawn for a view given to it; the store (src/stores) holds the current one and the
 * URL codec reads and writes it. Pure types and defaults, no React.
 */
import {
  DEFAULT_AI_INDEX,
  DEFAULT_GVT,
  GVT_EDITIONS,
  gvtDataYears,
  gvtForDataYear,
  type AiIndexEdition,
  type GvtEdition,
} from './editions'

/** The normalisation switch shared by every panel. */
export const NORMALISATIONS = ['absolute', 'per-capita', 'share-of-gdp', 'share-of-world'] as const
export type Normalisation = (typeof NORMALISATIONS)[number]

export const PRICE_BASES = ['nominal', 'real'] as const
export type PriceBasis = (typeof PRICE_BASES)[number]

export const PANELS = ['vibrancy', 'investment', 'models', 'research'] as const
export type PanelId = (typeof PANELS)[number]

export const THEMES = ['auto', 'light', 'dark', 'projector'] as const
export type Theme = (typeof THEMES)[number]

/** Orders of a ranked figure: by value either way, or by name. */
export const SORT_ORDERS = ['value-desc', 'value-asc', 'name'] as const
export type SortOrder = (typeof SORT_ORDERS)[number]

/** A user-defined bloc: a name and its member countries. */
export interface CustomBloc {
  readonly name: string
  readonly members: readonly string[]
}

/** Everything a link restores. */
export interface ViewState {
  /** 'world' or a group id (eu27, g7, europe, eastern-asia …). */
  readonly region: string
  /** Explicitly chosen countries (ISO3), in the order chosen. */
  readonly countries: readonly string[]
  /** Single year for rankings and tables; null = the latest year with data. */
  readonly year: number | null
  /** Year range for time series; null = everything the edition covers. */
  readonly years: readonly [number, number] | null
  readonly edition: AiIndexEdition
  /** The Vibrancy release; null = the one whose data year matches the Year filter (or the newest). */
  readonly gvt: GvtEdition | null
  readonly norm: Normalisation
  readonly price: PriceBasis
  readonly cumulative: boolean
  readonly log: boolean
  /** Index-to-base-year (= 100); null = off. */
  readonly base: number | null
  /** Weights of the computed vibrancy index, by pillar or indicator id (non-negative). */
  readonly weights: Readonly<Record<string, number>>
  /** The highlighted country, shared by every panel. */
  readonly selected: string | null
  /** A second country to compare the selected one with. */
  readonly compare: string | null
  readonly bloc: CustomBloc | null
  /** EUR→USD rate used to convert pledges; null = the default stated rate. */
  readonly fx: number | null
  /** The AI Index edition whose cumulative private investment the output-per-dollar figure uses. */
  readonly invest: AiIndexEdition
  /** Order of the patents-per-100k figure. */
  readonly sort: SortOrder
  /** Figures (ids) shown as a table instead of a chart. */
  readonly tables: readonly string[]
  /** Presentation mode: the index of the slide on screen (0-based), or null when not presenting. */
  readonly present: number | null
}

export const DEFAULT_VIEW: ViewState = {
  region: 'world',
  countries: [],
  year: null,
  years: null,
  edition: DEFAULT_AI_INDEX,
  gvt: null,
  norm: 'absolute',
  price: 'nominal',
  cumulative: false,
  log: false,
  base: null,
  weights: {},
  selected: null,
  compare: null,
  bloc: null,
  fx: null,
  invest: DEFAULT_AI_INDEX,
  sort: 'value-desc',
  tables: [],
  present: null,
}

/** Changes a view: the one way UI asks for a different view (push or replace history). */
export type UpdateView = (
  patch: Partial<ViewState>,
  options?: { readonly history?: 'push' | 'replace' },
) => void

/**
 * The Vibrancy release a view shows: the one chosen, else the one whose data year is the Year
 * filter (2023 → GVT 2024), else the latest before it; with no Year, the newest release. A year
 * before every release's data falls back to the earliest release (the figure says so).
 */
export function gvtOf(view: Pick<ViewState, 'gvt' | 'year'>): GvtEdition {
  if (view.gvt !== null) return view.gvt
  if (view.year === null) return DEFAULT_GVT
  return gvtForDataYear(view.year) ?? GVT_EDITIONS[GVT_EDITIONS.length - 1] ?? DEFAULT_GVT
}

/** The data year of the ranking a view shows (for a release with several, the Year's or the latest). */
export function gvtDataYearOf(view: Pick<ViewState, 'gvt' | 'year'>): number | null {
  const years = gvtDataYears(gvtOf(view))
  if (years.length === 0) return null
  const atOrBefore = years.filter((y) => view.year === null || y <= view.year)
  return atOrBefore.length > 0 ? Math.max(...atOrBefore) : Math.min(...years)
}

/** Whether two views agree on every setting but `ignored` (a panel that ignores them need not redraw). */
export function sameViewExcept(
  a: ViewState,
  b: ViewState,
  ignored: readonly (keyof ViewState)[],
): boolean {
  if (a === b) return true
  return (Object.keys(a) as (keyof ViewState)[]).every(
    (k) => ignored.includes(k) || JSON.stringify(a[k]) === JSON.stringify(b[k]),
  )
}
