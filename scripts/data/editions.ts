/**
 * How a CSV's `edition` label maps to one of the contract's edition ids. Every label must match
 * a rule of its file: an unknown label throws rather than landing in a guessed edition.
 */
import type { EditionId, IndicatorId } from '../../mocks/data/types'

export interface EditionRule {
  readonly label: string | RegExp
  readonly edition: EditionId
  /** Indicator for a row that exists without any figure (kept as a null observation). */
  readonly emptyRowIndicator?: IndicatorId
}

export function editionFor(
  rules: readonly EditionRule[],
  label: string,
  where: string,
): EditionRule {
  const rule = rules.find((r) =>
    typeof r.label === 'string' ? r.label === label : r.label.test(label),
  )
  if (rule === undefined)
    throw new Error(`${where}: unknown edition label ${JSON.stringify(label)}`)
  return rule
}
