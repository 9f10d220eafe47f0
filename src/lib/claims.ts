/**
 * Quoted claims in words, by the one number format: the figure as quoted, each data point it is
 * checked against (with its edition, its coverage when a bloc total is withheld, a quoted
 * range), and the revision in the current edition. Pure; the list, the scorecard and the
 * chart markers all word claims through these.
 */
import type { Claim, ClaimCheck } from '../api/schemas'
import { DEFAULT_VIEW, type ViewState } from '../domain/view'
import { coverageLabel } from './aggregate'
import {
  formatBillions,
  formatOrdinal,
  formatPercent,
  formatQuoted,
  formatValue,
  NO_DATA,
} from './format'

/** The quoted figure with its unit, as written: "about $68bn", "€200bn", "60.5%", "6th", "3×". */
export function quotedText(claim: Pick<Claim, 'quoted' | 'unit'>): string | null {
  if (claim.quoted === null) return null
  const q = formatQuoted(claim.quoted)
  switch (claim.unit) {
    case 'USD bn (about)':
      return `about $${q}bn`
    case 'USD bn':
      return `$${q}bn`
    case 'EUR bn':
      return `€${q}bn`
    case 'USD m':
      return `$${q}m`
    case '%':
      return `${q}%`
    case 'rank': {
      const rank = Number(claim.quoted)
      return Number.isInteger(rank) ? formatOrdinal(rank) : `rank ${q}`
    }
    case 'ratio':
      return `${q}×`
    default:
      return `${q} ${claim.unit}`
  }
}

/** A figure in a unit of the contract: "$67.2bn", "€20bn", "$5.58m", "23.1%", "6th", "5.06×". */
export function amountText(value: number | null, unit: string | null): string {
  if (value === null) return NO_DATA
  const u = unit ?? ''
  if (u === 'USD bn' || u.startsWith('US$ bn')) return formatBillions(value)
  if (u === 'EUR bn') return formatBillions(value, 'EUR')
  if (u === 'USD m') return `$${formatValue(value)}m`
  if (u.startsWith('%')) return formatPercent(value)
  if (u === 'rank') return formatOrdinal(value)
  if (u === 'ratio') return `${formatValue(value)}×`
  return u === '' ? formatValue(value) : `${formatValue(value)} ${u}`
}

function rangeText(range: NonNullable<ClaimCheck['range']>, unit: string | null): string {
  if (range.min !== null && range.max !== null)
    return `${amountText(range.min, unit)}–${amountText(range.max, unit)}`
  if (range.min !== null) return `over ${amountText(range.min, unit)}`
  if (range.max !== null) return `at most ${amountText(range.max, unit)}`
  return NO_DATA
}

/**
 * What one check found, in words: the figure, "too few members report (1 of 27: Germany)"
 * where the bloc rule withholds a total, a quoted bound ("over 44,000 patents"), or for a
 * qualitative claim the rank the figures give ("China 1st of 4, 23.1%").
 */
export function checkValueText(check: ClaimCheck, nameOf: (id: string) => string): string {
  if (check.coverage && !check.coverage.sufficient) return coverageLabel(check.coverage, nameOf)
  if (check.comparison) {
    const { rank, among } = check.comparison
    const who = check.entityId === null ? '' : `${nameOf(check.entityId)} `
    const place = rank === null ? 'not ranked (a figure is missing)' : formatOrdinal(rank)
    const value = check.value === null ? '' : `, ${amountText(check.value, check.unit)}`
    return `${who}${place} of ${among.length}${value}`
  }
  if (check.value === null && check.range) return rangeText(check.range, check.unit)
  return amountText(check.value, check.unit)
}

/** A check with what it found: "AI Index 2024: AI private investment, United States 2023: $67.2bn". */
export function checkText(check: ClaimCheck, nameOf: (id: string) => string): string {
  return `${check.label}: ${checkValueText(check, nameOf)}`
}

/** "67.2 in AI Index 2024; revised to 72.4 in AI Index 2026"; null when not revised. */
export function revisionText(
  revision: Claim['revision'],
  editionLabel: (id: string) => string,
): string | null {
  if (revision === null) return null
  return `${formatValue(revision.citedValue)} in ${editionLabel(revision.citedEdition)}; revised to ${formatValue(revision.value)} in ${editionLabel(revision.edition)}`
}

/** What a check is to its claim, as a short heading of the check. */
export const CHECK_ROLE_TEXT: Readonly<Record<ClaimCheck['role'], string>> = {
  cited: 'the figure it cites',
  revision: 'as a later edition revised it',
  'other-definition': 'another definition or estimate',
  'other-year': 'another year',
  context: 'context, not compared',
}

/**
 * Where a claim's link opens, in words: "AI Index 2024, 2023, EU-27" or, for a claim with no
 * dated data point, null (it opens its figure in the default view).
 */
export function claimViewText(
  view: Pick<ViewState, 'year' | 'edition' | 'region' | 'selected'>,
  names: { readonly entity: (id: string) => string; readonly edition: (id: string) => string },
): string | null {
  const parts: string[] = []
  if (view.edition !== DEFAULT_VIEW.edition) parts.push(names.edition(view.edition))
  if (view.year !== null) parts.push(String(view.year))
  if (view.region !== DEFAULT_VIEW.region) parts.push(names.entity(view.region))
  if (view.selected !== null) parts.push(`${names.entity(view.selected)} highlighted`)
  return parts.length === 0 ? null : parts.join(', ')
}
