/** What the panel's sections share: the computed view and how to label it. */
import type { InvestmentView } from '../model/investment-view'

export interface ChartContext {
  readonly view: InvestmentView
  /** The axis unit, always naming the price basis ("US$ bn, nominal US$"). */
  readonly unit: string
  readonly source: string
  readonly caveats: readonly string[]
  readonly digits: number
  readonly editionLabel: string
  readonly nameOf: (id: string) => string
  readonly isCountry: (id: string) => boolean
  /** How this point was revised since the previous edition, or null. */
  readonly revisedNote: (entityId: string, year: number) => string | null
}
