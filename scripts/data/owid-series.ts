/**
 * The OWID grapher charts that carry a series the app has, and how their figures become the
 * app's (data/sources/owid_endpoints.csv lists ten slugs; the others are CSET or Epoch series
 * with other definitions — applications, not grants; large-scale systems, not notable models —
 * so they map to nothing here). Shared by the refresh (what to fetch and check) and the build
 * (how to read what was fetched).
 */
import type { IndicatorId } from '../../mocks/data/types'

export interface OwidSeries {
  readonly slug: string
  /** The value column's short name (useColumnShortNames=true). */
  readonly shortName: string
  readonly indicatorId: IndicatorId
  /**
   * The unit the metadata must state: a change of deflator base or currency is another series,
   * and the refresh refuses it rather than file it under this indicator.
   */
  readonly unit: RegExp
  /** Powers of ten from OWID's unit to the indicator's (US$ → US$ bn: -9), on the text. */
  readonly shift: number
  /** What the build's note says about the unit change. */
  readonly conversion: string
  /** What the edition label says the vintage holds. */
  readonly label: string
  /** Whose data OWID republishes. */
  readonly origin: string
}

export const OWID_SERIES: readonly OwidSeries[] = [
  {
    slug: 'private-investment-in-artificial-intelligence',
    shortName: 'private_investment',
    indicatorId: 'private-investment-real',
    unit: /^constant 2021 US\$/,
    shift: -9,
    conversion: 'OWID value in constant 2021 US$ (US CPI), divided by 1e9 here (decimal shift)',
    label: 'constant 2021 US$',
    origin: 'Quid via the AI Index',
  },
]

export function owidSeries(slug: string): OwidSeries {
  const series = OWID_SERIES.find((s) => s.slug === slug)
  if (series === undefined) throw new Error(`no OWID series for slug ${JSON.stringify(slug)}`)
  return series
}
