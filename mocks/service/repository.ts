/**
 * Query semantics of the mock service over a Dataset: editions, year ranges, entities and
 * computed groups (docs/DESIGN.md §4). Pure: no HTTP here, the handlers translate.
 */
import type {
  ClaimCheck,
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
import { sumReporting, weightedMeanReporting, type Aggregate } from '../../src/lib/aggregate'
import type { FixtureObservation } from '../data/types'
import { caveats } from './caveats'
import type { Dataset } from './dataset'

/** Preference order for an indicator's default edition: newest AI Index first. */
const EDITION_PREFERENCE: readonly EditionId[] = [
  'aiindex-2026',
  'aiindex-2025',
  'aiindex-2024',
  'owid-2025',
  'wdi',
  'aiindex-2026-charts',
  'gvt-2025',
  'gvt-2024',
  'gvt-2022',
]

/** A query the service cannot answer; the handler turns it into problem details. */
export class QueryError extends Error {
  constructor(
    readonly status: 400 | 404,
    readonly title: string,
    message: string,
    readonly parameter?: string,
  ) {
    super(message)
    this.name = 'QueryError'
  }
}

export interface IndicatorParams {
  readonly edition: EditionId | null
  readonly from: number | null
  readonly to: number | null
  /** null: every entity with data; otherwise these ids, in this order. */
  readonly entities: readonly string[] | null
}

type SeriesKey = `${string}|${string}|${number}`
const key = (editionOrIndicator: string, entityId: string, year: number): SeriesKey =>
  `${editionOrIndicator}|${entityId}|${year}`

/** Builds the indexes once and answers every endpoint's query. */
export function createRepository(dataset: Dataset) {
  const indicatorById = new Map(dataset.indicators.map((i) => [i.id, i]))
  const groupById = new Map(dataset.groups.map((g) => [g.id, g]))
  const entityById = new Map(dataset.entities.map((e) => [e.id, e]))

  // observations by indicator → edition → list, and a point index
  const byIndicator = new Map<IndicatorId, Map<EditionId, FixtureObservation[]>>()
  const point = new Map<string, FixtureObservation>()
  for (const obs of dataset.observations) {
    let editions = byIndicator.get(obs.indicatorId)
    if (!editions)
      byIndicator.set(obs.indicatorId, (editions = new Map<EditionId, FixtureObservation[]>()))
    let list = editions.get(obs.edition)
    if (!list) editions.set(obs.edition, (list = []))
    list.push(obs)
    point.set(`${obs.indicatorId}|${key(obs.edition, obs.entityId, obs.year)}`, obs)
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
        point.set(`${obs.indicatorId}|${key(obs.edition, entityId, obs.year)}`, obs)
      })
    }
    const editionMap = new Map<EditionId, FixtureObservation[]>()
    editionMap.set(series.edition, list)
    byIndicator.set(series.indicatorId, editionMap)
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
  for (const edition of EDITION_PREFERENCE) {
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
    return EDITION_PREFERENCE.filter((edition) => (present?.get(edition)?.length ?? 0) > 0)
  }

  function indicatorMeta(id: IndicatorId): Indicator {
    const fixture = indicatorById.get(id)
    if (!fixture) throw new QueryError(404, 'Unknown indicator', `No indicator "${id}".`)
    const editions = editionsOf(id)
    const coverage = editions.map((edition) => {
      const years = (byIndicator.get(id)?.get(edition) ?? []).map((o) => o.year)
      return { edition, from: Math.min(...years), to: Math.max(...years) }
    })
    return { ...fixture, editions, coverage }
  }

  function lookup(indicatorId: IndicatorId, edition: EditionId, entityId: string, year: number) {
    return point.get(`${indicatorId}|${key(edition, entityId, year)}`) ?? null
  }

  const populationEdition: EditionId = 'wdi'

  function aggregateGroup(
    indicator: Indicator,
    edition: EditionId,
    members: readonly string[],
    year: number,
  ): Aggregate & { sourceId: string | null } {
    const values = members.map((id) => ({
      id,
      value: lookup(indicator.id, edition, id, year)?.value ?? null,
      weight: lookup('population', populationEdition, id, year)?.value ?? null,
    }))
    const aggregate =
      indicator.aggregation === 'population-weighted-mean'
        ? weightedMeanReporting(values)
        : indicator.aggregation === 'sum'
          ? sumReporting(values)
          : { value: null, reporting: 0, members: members.length, missing: [...members] }
    const sourceIds = new Set(
      members
        .map((id) => lookup(indicator.id, edition, id, year))
        .filter((obs) => obs?.value != null)
        .map((obs) => obs?.sourceId),
    )
    const [only] = sourceIds
    return { ...aggregate, sourceId: sourceIds.size === 1 && only ? only : null }
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
        defaultEdition: 'aiindex-2026',
        entities,
        groups: dataset.groups.map((g) => ({ ...g, members: [...g.members] })),
        indicators: dataset.indicators.map((i) => indicatorMeta(i.id)),
        sources: [...dataset.sources],
        caveats: [...caveats],
      }
    },

    /** GET /indicators/{id} */
    indicator(id: IndicatorId, params: IndicatorParams): IndicatorResponse {
      const indicator = indicatorMeta(id)
      const edition = params.edition ?? indicator.editions[0] ?? null
      if (edition === null)
        return { indicator, edition: 'aiindex-2026', from: null, to: null, observations: [] }
      const rows = byIndicator.get(id)?.get(edition) ?? []
      for (const entityId of params.entities ?? [])
        if (!entityById.has(entityId) && !groupById.has(entityId))
          throw new QueryError(
            400,
            'Unknown entity',
            `No country, aggregate or group "${entityId}".`,
            'entities',
          )
      const years = rows.map((r) => r.year)
      const from = params.from ?? (years.length ? Math.min(...years) : null)
      const to = params.to ?? (years.length ? Math.max(...years) : null)
      const inRange = (year: number) =>
        (from === null || year >= from) && (to === null || year <= to)

      if (params.entities === null) {
        const observations = rows
          .filter((r) => inRange(r.year))
          .map((r) => toObservation(r, indicator.unit))
        return { indicator, edition, from, to, observations }
      }
      if (from === null || to === null) return { indicator, edition, from, to, observations: [] }

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
              coverage: {
                reporting: agg.reporting,
                members: agg.members,
                missing: [...agg.missing],
              },
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

    /** GET /claims, each check resolved to the live figure it is compared with. */
    claims(): ClaimsResponse {
      const editionLabel = new Map(dataset.editions.map((e) => [e.id, e.label]))
      const name = (id: string) => entityById.get(id)?.name ?? groupById.get(id)?.label ?? id
      return {
        claims: dataset.claims.map((claim) => ({
          ...claim,
          checks: claim.checks.map((check): ClaimCheck => {
            if (check.kind === 'indicator') {
              const obs = lookup(check.indicatorId, check.edition, check.entityId, check.year)
              return {
                kind: 'indicator',
                role: check.role,
                label: `${editionLabel.get(check.edition) ?? check.edition}: ${indicatorById.get(check.indicatorId)?.label ?? check.indicatorId}, ${name(check.entityId)} ${check.year}`,
                indicatorId: check.indicatorId,
                entityId: check.entityId,
                year: check.year,
                edition: check.edition,
                pledgeId: null,
                value: obs?.value ?? null,
                unit: indicatorById.get(check.indicatorId)?.unit ?? null,
                sourceId: obs?.sourceId ?? null,
              }
            }
            if (check.kind === 'vibrancy-rank') {
              const entry = dataset.vibrancy.find(
                (v) => v.edition === check.edition && v.entityId === check.entityId,
              )
              return {
                kind: 'vibrancy-rank',
                role: check.role,
                label: `${editionLabel.get(check.edition) ?? check.edition}: rank of ${name(check.entityId)}`,
                indicatorId: null,
                entityId: check.entityId,
                year: entry?.dataYear ?? null,
                edition: check.edition,
                pledgeId: null,
                value: entry?.rank ?? null,
                unit: 'rank',
                sourceId: entry?.sourceId ?? null,
              }
            }
            const pledge = dataset.pledges.find((p) => p.id === check.pledgeId)
            return {
              kind: 'pledge',
              role: check.role,
              label: pledge ? `Pledge: ${pledge.actor}` : `Pledge ${check.pledgeId}`,
              indicatorId: null,
              entityId: pledge?.economyId ?? null,
              year: null,
              edition: null,
              pledgeId: check.pledgeId,
              value: pledge?.amount ?? null,
              unit: pledge ? `${pledge.currency} ${pledge.scale}` : null,
              sourceId: pledge?.sourceId ?? null,
            }
          }),
        })),
      }
    },

    isIndicatorId(id: string): id is IndicatorId {
      return indicatorById.has(id as IndicatorId)
    },
  }
}

/** The repository API the handlers use. */
export type Repository = ReturnType<typeof createRepository>
