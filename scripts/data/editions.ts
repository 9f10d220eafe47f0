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
  /**
   * The label of another figure of the same edition that this one repeats in part (a chart
   * drawn from the same data). A row of this label whose indicator, entity and year the other
   * figure also has must hold the same value, and is then not kept twice; a different value
   * throws, since one edition cannot hold two figures for one point.
   */
  readonly repeats?: string
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
