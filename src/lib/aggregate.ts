/**
 * Aggregation rules for blocs and regions (docs/DESIGN.md §4): money and counts are summed over the
 * members that report, with the coverage kept; per-capita figures are population-weighted;
 * ranks and index scores are never aggregated. Pure and shared by the mock service and panels.
 */

/** One member's figure for one year; `weight` is its population where the rule needs it. */
export interface MemberValue {
  readonly id: string
  readonly value: number | null
  readonly weight?: number | null
}

export interface Aggregate {
  /** null when no member reports: "no data", never zero. */
  readonly value: number | null
  readonly reporting: number
  readonly members: number
  /** Members without a usable value, in input order. */
  readonly missing: readonly string[]
}

function usable(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** Sum over the members that report. */
export function sumReporting(members: readonly MemberValue[]): Aggregate {
  let total = 0
  let reporting = 0
  const missing: string[] = []
  for (const member of members) {
    if (usable(member.value)) {
      total += member.value
      reporting += 1
    } else missing.push(member.id)
  }
  return { value: reporting > 0 ? total : null, reporting, members: members.length, missing }
}

/**
 * Weighted mean over members that have both a value and a positive weight: the per-capita
 * figure of the bloc as a whole (Σ value·pop / Σ pop), not the mean of its members' ratios.
 */
export function weightedMeanReporting(members: readonly MemberValue[]): Aggregate {
  let weighted = 0
  let weights = 0
  let reporting = 0
  const missing: string[] = []
  for (const member of members) {
    if (usable(member.value) && usable(member.weight) && member.weight > 0) {
      weighted += member.value * member.weight
      weights += member.weight
      reporting += 1
    } else missing.push(member.id)
  }
  return {
    value: reporting > 0 ? weighted / weights : null,
    reporting,
    members: members.length,
    missing,
  }
}

/** Describes coverage the way the UI prints it: "19 of 27 members report". */
export function coverageLabel(aggregate: Pick<Aggregate, 'reporting' | 'members'>): string {
  return `${aggregate.reporting} of ${aggregate.members} members report`
}
