/**
 * Everything the Private Investment panel draws for a view, but pixels: the series (normalised
 * and transformed), units, source line, caveats, revisions between editions, the quoted claims
 * that can be set against the series, and pledges against flows. Pure: API answers and the
 * view in, the model out; each figure's state is read from it (../figures).
 */
import type { Claim, EditionId, IndicatorResponse, Observation, Pledge } from '../../../api/schemas'
import { citedCheck, claimNumber, claimsOfTopics } from '../../../domain/claim-placement'
import { CLAIM_STATUS_LABEL } from '../../../domain/claims'
import { DEFAULT_OWID } from '../../../domain/editions'
import type { ViewState } from '../../../domain/view'
import { coverageLabel } from '../../../lib/aggregate'
import { quotedText } from '../../../lib/claims'
import { scopeOf } from '../../../lib/scope'
import { quotedLookups, type QuotedLookups } from '../../../queries/panel-lookups'
import { licencesOf } from '../../../lib/sources'
import { yearShown } from '../../../lib/years'
import { metaNames, type IndexedMeta, type MetaNames } from '../../../queries/meta'
import type { Lookup } from '../../../queries/reference'
import { claimAnnotations, type ClaimAnnotation } from './claim-annotations'
import { CUSTOM_BLOC_ID, customBlocObservations } from './custom-bloc'
import { buildInvestmentSeries, type InvestmentSeries } from './investment-series'
import { caveats, sourceLine, trendUnit, valueFormat, valueWithUnit, yearUnit } from './labels'
import {
  annualise,
  DEFAULT_EUR_USD,
  pledgesInScope,
  type AnnualisedPledge,
  type Flow,
} from './pledges'
import {
  pointKey,
  revisedSincePrevious,
  revisionText,
  revisions,
  type Revision,
  type RevisionMark,
} from './revisions'

export interface InvestmentInputs {
  readonly meta: IndexedMeta | undefined
  readonly reported: IndicatorResponse | undefined
  readonly groups: IndicatorResponse | undefined
  readonly population: Lookup
  readonly gdp: Lookup
  /** The nominal series in every AI Index edition that has loaded (for revisions). */
  readonly editions: readonly IndicatorResponse[]
  readonly pledges: readonly Pledge[] | undefined
  readonly claims: readonly Claim[] | undefined
}

/** A group total withheld by the coverage rule, and the members' own figures. */
export interface Withheld {
  readonly entityId: string
  readonly year: number
  readonly coverage: NonNullable<Observation['coverage']>
  readonly members: readonly { readonly entityId: string; readonly value: number | null }[]
}

/** The panel's model: null parts are those whose data has not arrived. */
export interface InvestmentModel extends QuotedLookups {
  readonly names: MetaNames | null
  /** The edition of the series drawn (the Edition picker's, or OWID's for constant prices). */
  readonly edition: EditionId
  readonly editionText: string
  /** null: the data has not arrived; 'none': the edition has no figure at all in this view. */
  readonly series: InvestmentSeries | 'none' | null
  /**
   * Group totals of the year the coverage rule withholds, with the figures of the members that
   * do report (the total is never shown as one member's figure).
   */
  readonly withheld: readonly Withheld[]
  /** The year the one-year figures show, against the Year filter ("2024, the latest before 2025"). */
  readonly yearText: string
  readonly unit: string
  readonly trendUnit: string
  readonly source: string
  /** Licences of the sources drawn from (investment and, when dividing, the World Bank). */
  readonly licence: string
  readonly caveats: readonly string[]
  /** A figure as a table cell or bar label shows it (the unit is in the header). */
  readonly format: (value: number | null) => string
  /** A one-year figure with its unit, for summaries ("$67.2bn"). */
  readonly withUnit: (value: number | null) => string
  /** A trend figure with its unit (an index to a base year says so). */
  readonly trendWithUnit: (value: number | null) => string
  /** An edition's label as /meta serves it. */
  readonly editionLabel: (id: string) => string
  /** Display name, with computed groups named as such. */
  readonly nameOf: (id: string) => string
  /** In scope (region, countries). */
  readonly includes: (id: string) => boolean
  /** A computed group (a bloc, a region, the user's bloc): its figures are sums of members. */
  readonly isGroup: (id: string) => boolean
  /** The bloc coverage rule, as /meta states it: a caveat wherever a group total is shown. */
  readonly coverageRule: string
  /** How a point of the series was revised since the previous edition, or null. */
  readonly revisedNote: (entityId: string, year: number) => string | null
  readonly revisions: readonly Revision[]
  /** Quoted claims set against the series (null until /claims answers). */
  readonly claims: readonly ClaimAnnotation[] | null
  /** Claims compare only with absolute, nominal, untransformed figures. */
  readonly claimsComparable: boolean
  /** The panel's "Quoted in the debate" lists (null until /claims answers). */
  readonly quoted: {
    readonly investment: readonly Claim[]
    readonly pledges: readonly Claim[]
  } | null
  /** The pledges of the economies in the region (null until loaded). */
  readonly pledges: readonly AnnualisedPledge[] | null
  /** Pledges of economies outside the region, not shown. */
  readonly pledgesHidden: readonly AnnualisedPledge[]
  /** The quote that names a pledge, by pledge id: "[16] $500bn, verified". */
  readonly pledgeQuotes: ReadonlyMap<string, string>
  readonly fx: number
  /** An economy's private investment in the view's year, in the series drawn. */
  readonly flowOf: (economyId: string) => Flow | null
}

export function buildInvestmentModel(input: InvestmentInputs, view: ViewState): InvestmentModel {
  const real = view.price === 'real'
  const meta = input.meta
  const names = meta ? metaNames(meta) : null
  const edition: EditionId = input.reported?.edition ?? (real ? DEFAULT_OWID : view.edition)
  const editionText = names?.edition(edition) ?? edition
  const nameOf = (id: string) =>
    id === CUSTOM_BLOC_ID
      ? `${view.bloc?.name ?? 'Your bloc'} (your bloc)`
      : (names?.entity(id) ?? id)

  const includes = meta ? scopeOf(view, meta.groupById, meta.entityById).includes : () => false
  let series: InvestmentSeries | 'none' | null = null
  if (meta && input.reported && input.groups) {
    const observations = input.reported.observations
    const worldByYear = new Map(
      observations.filter((o) => o.entityId === 'WLD').map((o) => [o.year, o.value]),
    )
    const custom = view.bloc
      ? customBlocObservations(observations, view.bloc, input.population)
      : []
    const ids = view.region === 'world' ? [] : [view.region]
    series =
      buildInvestmentSeries(
        observations,
        [...custom, ...input.groups.observations.filter((o) => ids.includes(o.entityId))],
        {
          population: input.population,
          gdp: input.gdp,
          world: (year) => worldByYear.get(year) ?? null,
          groupMembers: (id) =>
            id === CUSTOM_BLOC_ID
              ? (view.bloc?.members ?? null)
              : (meta.groupById.get(id)?.members ?? null),
        },
        {
          year: view.year,
          range: view.years,
          norm: view.norm,
          cumulative: view.cumulative,
          base: view.base,
          includes,
          picked: view.countries,
        },
      ) ?? 'none'
  }
  const seriesYear = series !== null && series !== 'none' ? series.year : null

  const byEdition = new Map<EditionId, readonly Observation[]>(
    input.editions.map((d) => [d.edition, d.observations]),
  )
  const marks: ReadonlyMap<string, RevisionMark> = real
    ? new Map()
    : revisedSincePrevious(byEdition, edition)
  const labelOf = (id: string) => names?.edition(id) ?? id
  const hasWorld =
    input.reported?.observations.some((o) => o.entityId === 'WLD' && o.value !== null) === true
  const labels = {
    norm: view.norm,
    price: view.price,
    cumulative: view.cumulative,
    base: view.base,
    log: view.log,
    firstYear: series !== null && series !== 'none' ? (series.years[0] ?? null) : null,
  }

  const flowOf = (economyId: string): Flow | null => {
    if (seriesYear === null) return null
    const source = economyId === 'eu27' ? input.groups?.observations : input.reported?.observations
    const o = source?.find((x) => x.entityId === economyId && x.year === seriesYear)
    const coverage = o?.coverage ? `, sum of members: ${coverageLabel(o.coverage, nameOf)}` : ''
    const withheld =
      o?.coverage && !o.coverage.sufficient
        ? `${o.coverage.reporting === 0 ? 'no member reports' : 'too few members report'} (${String(o.coverage.reporting)} of ${String(o.coverage.members)})`
        : null
    return {
      value: o?.value ?? null,
      year: seriesYear,
      label: `${editionText}${coverage}`,
      withheld,
    }
  }
  const fx = view.fx ?? DEFAULT_EUR_USD
  // Pledges follow the region: those of the economies in view (./pledges.ts).
  const pledgeRows =
    input.pledges && meta
      ? pledgesInScope(
          input.pledges.map((p) => annualise(p, fx)),
          includes,
          (id) => meta.groupById.get(id)?.members ?? null,
        )
      : null
  const divides = view.norm === 'per-capita' || view.norm === 'share-of-gdp'
  const sourceIds = new Set(input.reported?.observations.map((o) => o.sourceId) ?? [])
  const referenceIds = divides ? (meta?.sources.filter((s) => s.id.startsWith('wdi')) ?? []) : []
  const licence = names
    ? licencesOf([...sourceIds, ...referenceIds.map((s) => s.id)], names.source)
    : ''

  return {
    names,
    edition,
    editionText,
    series,
    unit: yearUnit(view.norm, view.price),
    trendUnit: trendUnit(labels),
    source: sourceLine(view.norm, editionText),
    licence,
    caveats: caveats({ ...labels, hasWorld }),
    format: valueFormat(view.norm),
    withUnit: valueWithUnit(view.norm),
    trendWithUnit: valueWithUnit(view.norm, view.base),
    editionLabel: labelOf,
    nameOf,
    includes,
    isGroup: (id) => id === CUSTOM_BLOC_ID || (meta?.groupById.has(id) ?? false),
    coverageRule: meta?.rules.blocCoverage.text ?? '',
    revisedNote: (id, year) => revisionText(marks.get(pointKey(id, year)), labelOf),
    yearText: seriesYear === null ? '' : yearShown(seriesYear, view.year),
    withheld: series !== null && series !== 'none' ? withheldOf(series) : [],
    // Revisions of the figures in view: the region's, not the world's.
    revisions:
      seriesYear !== null && !real
        ? revisions(byEdition, seriesYear).filter((r) => includes(r.entityId))
        : [],
    claims: input.claims ? claimAnnotations(input.claims, ['investment']) : null,
    claimsComparable: view.norm === 'absolute' && !real && !view.cumulative && view.base === null,
    quoted: input.claims
      ? {
          investment: claimsOfTopics(input.claims, ['investment']),
          pledges: claimsOfTopics(input.claims, ['pledges']),
        }
      : null,
    ...quotedLookups(input.claims, meta, nameOf),
    pledges: pledgeRows?.shown ?? null,
    pledgeQuotes: new Map(
      claimsOfTopics(input.claims ?? [], ['pledges']).flatMap((c) => {
        const check = citedCheck(c)
        const number = claimNumber(input.claims ?? [], c.id)
        return check?.pledgeId && number !== null
          ? [
              [
                check.pledgeId,
                `[${String(number)}] ${quotedText(c) ?? ''}, ${CLAIM_STATUS_LABEL[c.status]}`,
              ] as const,
            ]
          : []
      }),
    ),
    pledgesHidden: pledgeRows?.hidden ?? [],
    fx,
    flowOf,
  }
}

/** The year's group totals the coverage rule withholds, each with its reporting members' figures. */
function withheldOf(series: InvestmentSeries): Withheld[] {
  return series.ranked.flatMap((r) => {
    const coverage = r.coverage
    if (r.origin !== 'computed' || r.value !== null || !coverage || coverage.sufficient) return []
    const members = coverage.reportingIds.map((id) => ({
      entityId: id,
      value: series.ranked.find((x) => x.origin === 'reported' && x.entityId === id)?.value ?? null,
    }))
    return [{ entityId: r.entityId, year: series.year, coverage, members }]
  })
}
