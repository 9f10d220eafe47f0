/**
 * Aggregation rules for blocs and regions (docs/DESIGN.md §4): money and counts are summed over the
 * members that report; per-capita figures are population-weighted; ranks and index scores are
 * never aggregated. Either total is shown only when the members that report hold at least two
 * thirds of the bloc's population (the coverage rule, BLOC_COVERAGE_RULE); otherwise it is null
 * and the coverage says who reports. Pure and shared by the mock service and the browser's
 * user-defined blocs.
 */

/** One member's figure for one year, with its population (World Bank) that year. */
export interface MemberValue {
  readonly id: string
  readonly value: number | null
  readonly population: number | null
}

/** The least share of the bloc's population its reporting members must hold: two thirds. */
export const BLOC_COVERAGE_THRESHOLD = 2 / 3

/** The coverage rule as the app states it (caveats, /meta). */
export const BLOC_COVERAGE_RULE =
  'A bloc or region total (a sum over the members that report, or their population-weighted mean) is shown only when those members hold at least two thirds of its population (World Bank) in that year for that indicator; otherwise it reads "too few members report", with the members that do. For a sum in a year the World Bank has not yet published, the shares are taken from its latest published year (at most three years before), and the coverage says which. When every member reports the total is shown whatever the population data. A member without a population figure adds nothing to the population that reports.'

/** How far back a sum's coverage may take its population shares from. */
export const COVERAGE_POPULATION_LOOKBACK = 3

/**
 * The year whose population a sum's coverage is judged by: the data year when the World Bank
 * has it for any member, else the latest year before it that does (at most
 * COVERAGE_POPULATION_LOOKBACK back), else null. Population shares move slowly, so last year's
 * shares decide whether this year's reporting members are two thirds of the bloc: the value
 * shown is still only the members' own figures, never an estimate.
 */
export function coveragePopulationYear(
  year: number,
  hasPopulation: (year: number) => boolean,
): number | null {
  for (let y = year; y >= year - COVERAGE_POPULATION_LOOKBACK; y--) if (hasPopulation(y)) return y
  return null
}

export interface Aggregate {
  /** null when no member reports or the coverage is insufficient: "no data", never zero. */
  readonly value: number | null
  readonly reporting: number
  readonly members: number
  /** Members without a usable value, in input order. */
  readonly missing: readonly string[]
  /** Members with a usable value, in input order. */
  readonly reportingIds: readonly string[]
  /**
   * Share of the bloc's population held by the reporting members (1 when all report); null when
   * it cannot be told (no member with a population figure).
   */
  readonly populationShare: number | null
  /** The share reaches BLOC_COVERAGE_THRESHOLD, so the total is shown. */
  readonly sufficient: boolean
  /** The population year the share was judged by when it is not the data year; else null. */
  readonly populationYear: number | null
}

function usable(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

function hasPopulation(member: MemberValue): boolean {
  return usable(member.population) && member.population > 0
}

/**
 * Coverage of the reporting members. A member without a population figure (WDI has none for
 * Taiwan, or for any year after its last) counts as not reporting for the share: it is in
 * neither the reporting population nor the bloc's, which is the population the reference
 * series knows. When every member reports, the total is complete and the share is 1 by
 * definition, so a year without population data does not hide a complete total.
 */
function measureCoverage(
  members: readonly MemberValue[],
  reports: (member: MemberValue) => boolean,
): Omit<Aggregate, 'value' | 'populationYear'> {
  const reportingIds: string[] = []
  const missing: string[] = []
  let held = 0
  let total = 0
  for (const member of members) {
    const reporting = reports(member)
    if (reporting) reportingIds.push(member.id)
    else missing.push(member.id)
    if (!hasPopulation(member)) continue
    const population = member.population ?? 0
    total += population
    if (reporting) held += population
  }
  const complete = members.length > 0 && missing.length === 0
  const populationShare = complete ? 1 : total > 0 ? held / total : null
  return {
    reporting: reportingIds.length,
    members: members.length,
    missing,
    reportingIds,
    populationShare,
    sufficient:
      reportingIds.length > 0 &&
      populationShare !== null &&
      populationShare >= BLOC_COVERAGE_THRESHOLD,
  }
}

/**
 * Sum over the members that report, shown when they hold two thirds of the population. The
 * members' populations may be of an earlier year (`populationYear`, see coveragePopulationYear).
 */
export function sumReporting(
  members: readonly MemberValue[],
  populationYear: number | null = null,
): Aggregate {
  const coverage = measureCoverage(members, (m) => usable(m.value))
  let total = 0
  for (const member of members) if (usable(member.value)) total += member.value
  const judged = coverage.populationShare !== null && coverage.reporting < coverage.members
  return {
    ...coverage,
    populationYear: judged ? populationYear : null,
    value: coverage.sufficient ? total : null,
  }
}

/**
 * Weighted mean over members that have both a value and a population: the per-capita figure
 * of the bloc as a whole (Σ value·pop / Σ pop), not the mean of its members' ratios; shown
 * when they hold two thirds of the population.
 */
export function weightedMeanReporting(members: readonly MemberValue[]): Aggregate {
  const coverage = measureCoverage(members, (m) => usable(m.value) && hasPopulation(m))
  let weighted = 0
  let weights = 0
  for (const member of members) {
    if (!usable(member.value) || !hasPopulation(member)) continue
    const population = member.population ?? 0
    weighted += member.value * population
    weights += population
  }
  return {
    ...coverage,
    populationYear: null,
    value: coverage.sufficient ? weighted / weights : null,
  }
}

/** An aggregate's coverage as the contract's Coverage carries it, in fresh arrays. */
export function coverageOf(aggregate: Aggregate) {
  return {
    reporting: aggregate.reporting,
    members: aggregate.members,
    missing: [...aggregate.missing],
    reportingIds: [...aggregate.reportingIds],
    populationShare: aggregate.populationShare,
    sufficient: aggregate.sufficient,
    populationYear: aggregate.populationYear,
  }
}

/** What coverageLabel reads of a coverage. */
export interface CoverageFacts {
  readonly reporting: number
  readonly members: number
  readonly reportingIds: readonly string[]
  readonly populationShare: number | null
  readonly sufficient: boolean
  readonly populationYear?: number | null
}

/** At most this many reporting members are named in a label; the rest are counted. */
const NAMED = 5

/**
 * Describes coverage the way the UI prints it: "19 of 27 members report", or, when the rule
 * withholds the total, "too few members report (1 of 27: Germany)" — or, when the population
 * that reports cannot be told (a year after the World Bank series ends), says so rather than
 * calling 6 of 7 "too few".
 */
export function coverageLabel(
  coverage: CoverageFacts,
  nameOf: (id: string) => string = (id) => id,
): string {
  const counts = `${coverage.reporting} of ${coverage.members}`
  const shares =
    coverage.populationYear != null ? ` (population shares of ${coverage.populationYear})` : ''
  if (coverage.sufficient) return `${counts} members report${shares}`
  if (coverage.reporting === 0) return `no member reports (${counts})`
  if (coverage.populationShare === null)
    return `${counts} members report; no population figures to apply the two-thirds rule`
  const named = coverage.reportingIds.slice(0, NAMED).map(nameOf)
  const more = coverage.reportingIds.length - named.length
  return `too few members report (${counts}: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''})${shares}`
}
