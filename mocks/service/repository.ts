/**
 * Query semantics of the mock service over a Dataset: editions, year ranges, entities and
 * computed groups (docs/DESIGN.md §4). Pure: no HTTP here, the handlers translate.
 */
import type {
  ClaimCheckPart,
  ClaimsResponse,
  EditionId,
  Entity,
  IndicatorId,
  IndicatorResponse,
  Indicator,
  MetaResponse,
  Observation,
  PledgesResponse,
  VibrancyResponse,
} from '../../src/api/schemas'
import {
  DEFAULT_AI_INDEX,
  GVT_EDITIONS,
  REFERENCE_EDITION,
  SERVICE_PREFERENCE,
} from '../../src/domain/editions'
import { APPROXIMATE_TOLERANCE, CLAIM_STATUS_RULE } from '../../src/domain/claim-status'
import {
  BLOC_COVERAGE_RULE,
  BLOC_COVERAGE_THRESHOLD,
  coverageOf,
  coveragePopulationYear,
  sumReporting,
  weightedMeanReporting,
  type Aggregate,
} from '../../src/lib/aggregate'
import type { FixtureObservation } from '../data/types'
import { blocCoverageCaveat, caveats } from './caveats'
import { resolveClaims } from './claim-checks'
import type { Dataset } from './dataset'

/**
 * Most observations one /indicators response may hold. The largest answer the app asks for is
 * every row of a reference series (3,240 here; 7,500 in the 250-entity scale run), so the cap
 * leaves room for that while refusing a 1.4 KB request that would build megabytes (every entity
 * over 1990–2100 is ~31,000 observations, 5.8 MB) and hold the event loop meanwhile.
 */
export const MAX_OBSERVATIONS = 10_000

/** A query the service cannot answer; the handler turns it into problem details. */
export class QueryError extends Error {
  constructor(
    readonly status: 400 | 404,
    readonly title: string,
    message: string,
    readonly parameter?: string,
    /** Extension members of the problem (e.g. the limit and what was asked). */
    readonly extensions?: Readonly<Record<string, number>>,
  ) {
    super(message)
    this.name = 'QueryError'
  }
}

const count = (n: number) => n.toLocaleString('en-US')

/**
 * Refuses a query over the cap before any observation is built, saying how to narrow it. With
 * an entity list every year of the range is answered (null where there is no data), so the
 * size is entities × years; without one it is the rows in range.
 */
function checkSize(requested: number, entities: number | null, years: number) {
  if (requested <= MAX_OBSERVATIONS) return
  const shape =
    entities === null
      ? `every entity with data over ${count(years)} years`
      : `${count(entities)} entities × ${count(years)} years`
  const narrower =
    entities === null
      ? 'name the entities you need ("entities") or shorten the "from"–"to" range'
      : `ask for at most ${count(Math.floor(MAX_OBSERVATIONS / years))} entities over this range, or at most ${count(Math.max(1, Math.floor(MAX_OBSERVATIONS / entities)))} years for these entities, or split the query into several requests`
  throw new QueryError(
    400,
    'Response too large',
    `This query asks for ${count(requested)} observations (${shape}); one response holds at most ${count(MAX_OBSERVATIONS)}. To narrow it, ${narrower}.`,
    entities === null ? 'from' : 'entities',
    { limit: MAX_OBSERVATIONS, requested },
  )
}

export interface IndicatorParams {
  readonly edition: EditionId | null
  readonly from: number | null
  readonly to: number | null
  /** null: every entity with data; otherwise these ids, in this order. */
  readonly entities: readonly string[] | null
}

/** One series' observations by entity, then year: the point index of lookups and aggregates. */
type SeriesIndex = Map<string, Map<number, FixtureObservation>>

/** Builds the indexes once and answers every endpoint's query. */
export function createRepository(dataset: Dataset) {
  const indicatorById = new Map(dataset.indicators.map((i) => [i.id, i]))
  const groupById = new Map(dataset.groups.map((g) => [g.id, g]))
  const entityById = new Map(dataset.entities.map((e) => [e.id, e]))

  // observations by indicator → edition → list, and a point index per series (indicator and
  // edition), so an aggregate reads its members without building a string key per lookup
  const byIndicator = new Map<IndicatorId, Map<EditionId, FixtureObservation[]>>()
  const points = new Map<`${IndicatorId}|${EditionId}`, SeriesIndex>()
  const index = (obs: FixtureObservation) => {
    const seriesKey = `${obs.indicatorId}|${obs.edition}` as const
    let series = points.get(seriesKey)
    if (!series)
      points.set(seriesKey, (series = new Map<string, Map<number, FixtureObservation>>()))
    let years = series.get(obs.entityId)
    if (!years) series.set(obs.entityId, (years = new Map<number, FixtureObservation>()))
    years.set(obs.year, obs)
  }
  for (const obs of dataset.observations) {
    let editions = byIndicator.get(obs.indicatorId)
    if (!editions)
      byIndicator.set(obs.indicatorId, (editions = new Map<EditionId, FixtureObservation[]>()))
    let list = editions.get(obs.edition)
    if (!list) editions.set(obs.edition, (list = []))
    list.push(obs)
    index(obs)
  }
  for (const series of dataset.referenceSeries) {
    const list: FixtureObservation[] = []
    for (const [entityId, values] of Object.entries(series.values)) {
      values.forEach((value, i) => {
        if (value === null) return
        const obs: FixtureObservation = {
          indicatorId: series.indicatorId,
          entityId,
          year: series.startYear + i,
          value,
          edition: series.edition,
          sourceId: series.sourceId,
          period: null,
          note: null,
        }
        list.push(obs)
        index(obs)
      })
    }
    // Several vintages of one series (WDI refreshes) sit side by side: add, never replace.
    let editions = byIndicator.get(series.indicatorId)
    if (!editions)
      byIndicator.set(series.indicatorId, (editions = new Map<EditionId, FixtureObservation[]>()))
    editions.set(series.edition, list)
  }

  const groupsOf = new Map<string, string[]>()
  for (const group of dataset.groups)
    for (const member of group.members) {
      const list = groupsOf.get(member) ?? []
      list.push(group.id)
      groupsOf.set(member, list)
    }

  // Data years per vibrancy edition (ascending), newest edition first.
  const vibrancyYears = new Map<EditionId, number[]>()
  for (const edition of GVT_EDITIONS) {
    const years = dataset.vibrancy.filter((v) => v.edition === edition).map((v) => v.dataYear)
    if (years.length > 0)
      vibrancyYears.set(
        edition,
        [...new Set(years)].sort((a, b) => a - b),
      )
  }

  /** The newest vibrancy edition covering `year` (any year: the newest edition). */
  function vibrancyEditionFor(year: number | null): EditionId {
    for (const [edition, years] of vibrancyYears)
      if (year === null || years.includes(year)) return edition
    throw new QueryError(
      404,
      'No vibrancy edition',
      `No Global AI Vibrancy edition covers data year ${String(year)}.`,
      'year',
    )
  }

  function editionsOf(id: IndicatorId): EditionId[] {
    const present = byIndicator.get(id)
    return SERVICE_PREFERENCE.filter((edition) => (present?.get(edition)?.length ?? 0) > 0)
  }

  /** First and last year of a series; null when it has no rows. */
  function yearRange(rows: readonly FixtureObservation[]) {
    if (rows.length === 0) return null
    let from = Infinity
    let to = -Infinity
    for (const { year } of rows) {
      if (year < from) from = year
      if (year > to) to = year
    }
    return { from, to }
  }

  // The dataset never changes under a repository, so each indicator's description (editions
  // and coverage, a scan of its rows) is built once, not on every /meta and /indicators answer.
  const indicatorMetaById = new Map<IndicatorId, Indicator>()
  for (const fixture of dataset.indicators) {
    const editions = editionsOf(fixture.id)
    const coverage = editions.map((edition) => {
      const range = yearRange(byIndicator.get(fixture.id)?.get(edition) ?? [])
      return { edition, from: range?.from ?? 0, to: range?.to ?? 0 }
    })
    indicatorMetaById.set(fixture.id, { ...fixture, editions, coverage })
  }

  function indicatorMeta(id: IndicatorId): Indicator {
    const indicator = indicatorMetaById.get(id)
    if (!indicator) throw new QueryError(404, 'Unknown indicator', `No indicator "${id}".`)
    return indicator
  }

  function lookup(indicatorId: IndicatorId, edition: EditionId, entityId: string, year: number) {
    return points.get(`${indicatorId}|${edition}`)?.get(entityId)?.get(year) ?? null
  }

  const populationEdition: EditionId = REFERENCE_EDITION

  function aggregateGroup(
    indicator: Indicator,
    edition: EditionId,
    members: readonly string[],
    year: number,
  ): Aggregate & { sourceId: string | null } {
    const series = points.get(`${indicator.id}|${edition}`)
    const population = points.get(`population|${populationEdition}`)
    const sourceIds = new Set<string>()
    // A sum's coverage may take its population shares from the latest published year.
    const populationYear =
      indicator.aggregation === 'sum'
        ? coveragePopulationYear(year, (y) =>
            members.some((id) => population?.get(id)?.get(y)?.value != null),
          )
        : year
    const values = members.map((id) => {
      const obs = series?.get(id)?.get(year)
      if (obs?.value != null) sourceIds.add(obs.sourceId)
      return {
        id,
        value: obs?.value ?? null,
        population:
          populationYear === null
            ? null
            : (population?.get(id)?.get(populationYear)?.value ?? null),
      }
    })
    const aggregate: Aggregate =
      indicator.aggregation === 'population-weighted-mean'
        ? weightedMeanReporting(values)
        : indicator.aggregation === 'sum'
          ? sumReporting(values, populationYear === year ? null : populationYear)
          : {
              value: null,
              reporting: 0,
              members: members.length,
              missing: [...members],
              reportingIds: [],
              populationShare: null,
              sufficient: false,
              populationYear: null,
            }
    const [only] = sourceIds
    return { ...aggregate, sourceId: sourceIds.size === 1 && only ? only : null }
  }

  // The aggregable indicators: the coverage rule's caveat names them.
  const coverageCaveat = blocCoverageCaveat(
    dataset.indicators.filter((i) => i.aggregation !== 'none').map((i) => i.id),
  )

  /** One figure for a claim check: a country's or aggregate's as reported, a group's computed. */
  function claimPoint(
    indicatorId: IndicatorId,
    edition: EditionId,
    entityId: string,
    year: number,
  ): ClaimCheckPart {
    const group = groupById.get(entityId)
    if (group) {
      const agg = aggregateGroup(indicatorMeta(indicatorId), edition, group.members, year)
      return { entityId, value: agg.value, sourceId: agg.sourceId, coverage: coverageOf(agg) }
    }
    const obs = lookup(indicatorId, edition, entityId, year)
    return { entityId, value: obs?.value ?? null, sourceId: obs?.sourceId ?? null, coverage: null }
  }

  const editionLabels = new Map(dataset.editions.map((e) => [e.id, e.label]))
  const claimLookups = {
    point: claimPoint,
    reportedEntities: (indicatorId: IndicatorId, edition: EditionId, year: number) =>
      (byIndicator.get(indicatorId)?.get(edition) ?? [])
        .filter((o) => o.year === year && o.value !== null)
        .map((o) => o.entityId),
    indicatorLabel: (id: IndicatorId) => {
      const indicator = indicatorById.get(id)
      return { label: indicator?.label ?? id, unit: indicator?.unit ?? '' }
    },
    editionLabel: (id: EditionId) => editionLabels.get(id) ?? id,
    entityName: (id: string) => entityById.get(id)?.name ?? groupById.get(id)?.label ?? id,
  }

  function toObservation(obs: FixtureObservation, unit: string): Observation {
    return {
      entityId: obs.entityId,
      year: obs.year,
      value: obs.value,
      unit,
      edition: obs.edition,
      sourceId: obs.sourceId,
      origin: 'reported',
      period: obs.period,
      note: obs.note,
      coverage: null,
    }
  }

  return {
    /** GET /meta */
    meta(): MetaResponse {
      const entities: Entity[] = dataset.entities.map((e) => ({
        ...e,
        groups: groupsOf.get(e.id) ?? [],
      }))
      return {
        apiVersion: '1',
        editions: [...dataset.editions],
        defaultEdition: DEFAULT_AI_INDEX,
        entities,
        groups: dataset.groups.map((g) => ({ ...g, members: [...g.members] })),
        indicators: dataset.indicators.map((i) => indicatorMeta(i.id)),
        sources: [...dataset.sources],
        caveats: [...caveats, coverageCaveat],
        rules: {
          blocCoverage: { minPopulationShare: BLOC_COVERAGE_THRESHOLD, text: BLOC_COVERAGE_RULE },
          claimStatus: { tolerance: APPROXIMATE_TOLERANCE, text: CLAIM_STATUS_RULE },
        },
      }
    },

    /** GET /indicators/{id} */
    indicator(id: IndicatorId, params: IndicatorParams): IndicatorResponse {
      const indicator = indicatorMeta(id)
      const edition = params.edition ?? indicator.editions[0] ?? null
      if (edition === null)
        return { indicator, edition: DEFAULT_AI_INDEX, from: null, to: null, observations: [] }
      const rows = byIndicator.get(id)?.get(edition) ?? []
      for (const entityId of params.entities ?? [])
        if (!entityById.has(entityId) && !groupById.has(entityId))
          throw new QueryError(
            400,
            'Unknown entity',
            `No country, aggregate or group "${entityId}".`,
            'entities',
          )
      const range = yearRange(rows)
      const from = params.from ?? range?.from ?? null
      const to = params.to ?? range?.to ?? null
      const inRange = (year: number) =>
        (from === null || year >= from) && (to === null || year <= to)

      if (params.entities === null) {
        const matching = rows.filter((r) => inRange(r.year))
        checkSize(matching.length, null, from === null || to === null ? 0 : to - from + 1)
        const observations = matching.map((r) => toObservation(r, indicator.unit))
        return { indicator, edition, from, to, observations }
      }
      if (from === null || to === null) return { indicator, edition, from, to, observations: [] }
      checkSize(params.entities.length * (to - from + 1), params.entities.length, to - from + 1)

      const observations: Observation[] = []
      for (const entityId of params.entities) {
        const group = groupById.get(entityId)
        for (let year = from; year <= to; year++) {
          if (group) {
            const agg = aggregateGroup(indicator, edition, group.members, year)
            observations.push({
              entityId,
              year,
              value: agg.value,
              unit: indicator.unit,
              edition,
              sourceId: agg.sourceId,
              origin: 'computed',
              period: null,
              note:
                indicator.aggregation === 'none'
                  ? 'Not aggregated: this indicator cannot be summed or averaged over members.'
                  : null,
              coverage: coverageOf(agg),
            })
            continue
          }
          const obs = lookup(id, edition, entityId, year)
          observations.push(
            obs
              ? toObservation(obs, indicator.unit)
              : {
                  entityId,
                  year,
                  value: null,
                  unit: indicator.unit,
                  edition,
                  sourceId: null,
                  origin: 'reported',
                  period: null,
                  note: null,
                  coverage: null,
                },
          )
        }
      }
      return { indicator, edition, from, to, observations }
    },

    /**
     * GET /vibrancy: one edition's ranking for one data year. `edition` alone gives its latest
     * data year; `year` alone the newest edition covering it; both must agree (404 if the
     * edition does not cover the year); neither gives the newest edition.
     */
    vibrancy(edition: EditionId | null, year: number | null): VibrancyResponse {
      const chosen = edition ?? vibrancyEditionFor(year)
      const years = vibrancyYears.get(chosen)
      if (years === undefined)
        throw new QueryError(
          400,
          'Not a vibrancy edition',
          `"${chosen}" is not a Global AI Vibrancy edition (${[...vibrancyYears.keys()].join(', ')}).`,
          'edition',
        )
      const dataYear = year ?? Math.max(...years)
      if (!years.includes(dataYear))
        throw new QueryError(
          404,
          'No vibrancy data',
          `${chosen} has no ranking for data year ${dataYear} (it covers ${years.join(', ')}).`,
          'year',
        )
      const entries = dataset.vibrancy.filter(
        (v) => v.edition === chosen && v.dataYear === dataYear,
      )
      return {
        edition: chosen,
        dataYear,
        dataYears: [...years],
        publishedTopN: entries.reduce((max, e) => Math.max(max, e.rank), 0),
        entries: entries.map((e) => ({
          entityId: e.entityId,
          rank: e.rank,
          score: e.score,
          pillarScores: e.pillarScores && { ...e.pillarScores },
          sourceId: e.sourceId,
          note: e.note,
        })),
      }
    },

    /** GET /pledges */
    pledges(): PledgesResponse {
      return { pledges: dataset.pledges.map((p) => ({ ...p })) }
    },

    /** GET /claims: each check resolved to its live figure, each status by the stated rule. */
    claims(): ClaimsResponse {
      return resolveClaims(dataset, claimLookups)
    },

    isIndicatorId(id: string): id is IndicatorId {
      return indicatorById.has(id as IndicatorId)
    },
  }
}

/** The repository API the handlers use. */
export type Repository = ReturnType<typeof createRepository>
