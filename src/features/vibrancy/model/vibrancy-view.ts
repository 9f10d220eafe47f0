/**
 * Everything the AI Vibrancy panel draws for a view, but pixels: the published ranking and the
 * other releases it moved between, the computed index (inputs, scores, robustness ranges) and
 * its cross-check against the published ranks of the same data year. Pure: API answers and the
 * view in, the model out; each figure's state is read from it (../figures.ts).
 */
import type { IndicatorId, IndicatorResponse, VibrancyResponse } from '../../../api/schemas'
import { GVT_EDITIONS, shortEditionLabel } from '../../../domain/editions'
import { gvtOf, type ViewState } from '../../../domain/view'
import { scopeOf, type Scope } from '../../../lib/scope'
import { metaNames, type IndexedMeta, type MetaNames } from '../../../queries/meta'
import type { Lookup } from '../../../queries/reference'
import {
  PILLARS,
  prepareIndex,
  scorePrepared,
  specFor,
  type IndexResult,
  type PreparedIndex,
  type RawValues,
  type Weights,
} from './composite-index'
import { buildRawValues, INDEX_INPUTS, referenceYear, type InputColumn } from './index-inputs'
import { rankRanges, type RankRange } from './robustness'
import { crossCheckReading, spearman } from './spearman'

/** Inputs with figures an index needs: one alone ranks by that indicator, not an index. */
export const MIN_INPUTS = 2

/** The computed index's inputs for a view, normalised once (a weight change only re-scores). */
export interface IndexInputs {
  readonly inView: readonly string[]
  readonly raw: RawValues
  readonly used: readonly InputColumn[]
  /** The data year the index speaks for (its one annual flow's). */
  readonly refYear: number | null
  readonly prepared: PreparedIndex
  readonly perCapita: boolean
}

/**
 * The inputs of the computed index. `data` has one entry per index indicator (INDEX_INPUTS order):
 * undefined while it loads, null where no edition holds it. Null until everything has arrived.
 */
export function indexInputs(
  meta: IndexedMeta | undefined,
  data: readonly (IndicatorResponse | null | undefined)[],
  view: Pick<ViewState, 'region' | 'countries' | 'year'> & { readonly perCapita: boolean },
  population: Lookup,
): IndexInputs | null {
  if (!meta || data.some((d) => d === undefined)) return null
  const inView = countriesInView(meta, scopeOf(view, meta.groupById, meta.entityById))
  const { raw, used } = buildRawValues(
    INDEX_INPUTS.flatMap((s, i) => {
      const d = data[i]
      return d ? [{ id: s.id, edition: d.edition, observations: d.observations }] : []
    }),
    {
      perCapita: view.perCapita,
      population,
      maxYear: view.year,
      isCountry: (id) => meta.entityById.get(id)?.kind === 'country',
    },
  )
  return {
    inView,
    raw,
    used,
    refYear: referenceYear(used),
    // One input is no index: fewer than two with figures, and no country is ranked.
    prepared: prepareIndex(
      raw,
      inView,
      used.length >= MIN_INPUTS ? specFor(raw) : { pillars: PILLARS, indicators: [] },
    ),
    perCapita: view.perCapita,
  }
}

/** The countries (ISO3) a scope covers, in the order /meta lists them. */
function countriesInView(meta: IndexedMeta, scope: Scope): string[] {
  return meta.entities.filter((e) => e.kind === 'country' && scope.includes(e.id)).map((e) => e.id)
}

/**
 * Index inputs /meta does not list (a valid answer that lacks one): the index is then not
 * computed, rather than computed from fewer indicators than its method states.
 */
export function missingIndexInputs(meta: Pick<IndexedMeta, 'indicators'>): IndicatorId[] {
  return INDEX_INPUTS.filter((s) => !meta.indicators.some((i) => i.id === s.indicator)).map(
    (s) => s.indicator,
  )
}

/** The index under the weights; null until its inputs are in. */
export function scoreIndex(inputs: IndexInputs | null, weights: Weights): IndexResult | null {
  return inputs ? scorePrepared(inputs.prepared, weights) : null
}

/** Rank ranges under the weights ±25% (the seeded Monte Carlo); null until the inputs are in. */
export function indexRanges(
  inputs: IndexInputs | null,
  weights: Weights,
): ReadonlyMap<string, RankRange> | null {
  return inputs ? rankRanges(inputs.prepared, weights) : null
}

export interface CrossCheckModel {
  /** The published ranking compared with: the release of the index's data year, else the shown one. */
  readonly release: VibrancyResponse
  readonly published: ReadonlyMap<string, number>
  /** "GVT 2024 rank" */
  readonly header: string
  readonly reading: string
}

export interface VibrancyModel {
  readonly names: MetaNames | null
  readonly nameOf: (id: string) => string
  readonly editionLabel: (id: string) => string
  /** What /meta says of an edition's provenance and coverage; null when it says nothing. */
  readonly editionNote: (id: string) => string | null
  readonly includes: (id: string) => boolean
  /** Countries in scope (ISO3). */
  readonly inView: readonly string[]
  /** The published ranking the view shows; null until it loads. */
  readonly ranking: VibrancyResponse | null
  /** Every other release that has loaded, each at its latest data year (newest release first). */
  readonly others: readonly VibrancyResponse[]
  /** Every ranking loaded (each release at each of its data years), the oldest data first. */
  readonly history: readonly VibrancyResponse[]
  readonly index: IndexInputs | null
  readonly scored: IndexResult | null
  readonly ranges: ReadonlyMap<string, RankRange> | null
  readonly crossCheck: CrossCheckModel | null
}

export interface VibrancyInputs {
  readonly meta: IndexedMeta | undefined
  readonly ranking: VibrancyResponse | undefined
  /** Every other ranking loaded: the shown release's other data years, every other release's. */
  readonly others: readonly VibrancyResponse[]
  readonly inputs: IndexInputs | null
  readonly scored: IndexResult | null
  readonly ranges: ReadonlyMap<string, RankRange> | null
  readonly view: ViewState
}

export function buildVibrancyModel(input: VibrancyInputs): VibrancyModel {
  const { meta, view } = input
  const names = meta ? metaNames(meta) : null
  const scope = meta ? scopeOf(view, meta.groupById, meta.entityById) : null
  const editionLabel = (id: string) => names?.edition(id) ?? id
  const ranking = input.ranking ?? null
  const shown = gvtOf(view)
  const history = [...(ranking ? [ranking] : []), ...input.others].sort(
    (a, b) => a.dataYear - b.dataYear,
  )
  // The newest release first: of two rankings of one data year, the later release's.
  const order: readonly string[] = GVT_EDITIONS
  const byRelease = (a: VibrancyResponse, b: VibrancyResponse) =>
    order.indexOf(a.edition) - order.indexOf(b.edition)
  const others = GVT_EDITIONS.filter((e) => e !== shown).flatMap((e) => {
    const years = input.others.filter((r) => r.edition === e)
    const latest = years.reduce<VibrancyResponse | null>(
      (best, r) => (best === null || r.dataYear > best.dataYear ? r : best),
      null,
    )
    return latest ? [latest] : []
  })
  const refYear = input.inputs?.refYear ?? null
  const sameYear =
    ranking?.dataYear === refYear
      ? ranking
      : history.filter((g) => g.dataYear === refYear).sort(byRelease)[0]
  const release = sameYear ?? ranking
  let crossCheck: CrossCheckModel | null = null
  if (release && input.scored) {
    const published = new Map(release.entries.map((e) => [e.entityId, e.rank]))
    const check = spearman(published, new Map(input.scored.ranked.map((r) => [r.entityId, r.rank])))
    const label = `the published ${editionLabel(release.edition)} (${release.dataYear} data)`
    crossCheck = {
      release,
      published,
      header: `${shortEditionLabel(release.edition, meta?.editions)} rank`,
      reading:
        crossCheckReading(check, { label, topN: release.publishedTopN }) +
        (sameYear || refYear === null
          ? ''
          : ` No published ranking exists for ${refYear} data, the year of this index: read with care.`),
    }
  }
  return {
    names,
    nameOf: (id) => names?.entity(id) ?? id,
    editionLabel,
    editionNote: (id) => meta?.editions.find((e) => e.id === id)?.note || null,
    includes: scope?.includes ?? (() => false),
    // From /meta alone: the published ranking marks the countries in view that are outside its
    // top N whether or not the index's inputs (from /indicators) have loaded.
    inView: input.inputs?.inView ?? (meta && scope ? countriesInView(meta, scope) : []),
    ranking,
    others,
    history,
    index: input.inputs,
    scored: input.scored,
    ranges: input.ranges,
    crossCheck,
  }
}
