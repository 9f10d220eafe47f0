/**
 * Units, sources and caveats of the panel's charts, from the view's switches. The axis always
 * names the price basis; computed transforms say they are computed here.
 */
import type { Normalisation, PriceBasis } from '../../../domain/view'
import { formatBillions, formatPercent, formatValue } from '../../../lib/format'
import { UNIT_BY_NORM } from './normalise-series'

export interface LabelInputs {
  readonly norm: Normalisation
  readonly price: PriceBasis
  readonly cumulative: boolean
  readonly base: number | null
  readonly log: boolean
  readonly firstYear: number | null
}

/** Unit of the one-year figures: "US$ bn, nominal US$". */
export function yearUnit(norm: Normalisation, price: PriceBasis): string {
  return `${UNIT_BY_NORM[norm]}, ${price === 'real' ? 'constant 2021 US$' : 'nominal US$'}`
}

/** Unit of the trend axis, with the transforms applied. */
export function trendUnit(i: LabelInputs): string {
  const base = yearUnit(i.norm, i.price)
  const cumulative =
    i.cumulative && i.firstYear !== null ? `, cumulative from ${i.firstYear} (computed here)` : ''
  if (i.base !== null) return `index, ${i.base} = 100 (computed here) of ${base}${cumulative}`
  return `${base}${cumulative}${i.log ? ', log scale' : ''}`
}

/**
 * How a figure of the panel reads in a table cell or on a bar, per normalisation (the column
 * header carries the unit; exports keep the exact figure): money and per-person amounts by
 * magnitude, shares as percentages.
 */
export function valueFormat(norm: Normalisation): (value: number | null) => string {
  return norm === 'share-of-gdp' || norm === 'share-of-world'
    ? (v) => formatPercent(v, { symbol: false })
    : formatValue
}

/** A figure with its unit, for summaries read aloud: "$67.2bn", "$200 a person", "0.246% of GDP". */
export function valueWithUnit(
  norm: Normalisation,
  base: number | null = null,
): (value: number | null) => string {
  if (base !== null) return (v) => `${formatValue(v)} (index, ${String(base)} = 100)`
  switch (norm) {
    case 'absolute':
      return (v) => formatBillions(v)
    case 'per-capita':
      return (v) => (v === null ? formatValue(v) : `$${formatValue(v)} a person`)
    case 'share-of-gdp':
      return (v) => (v === null ? formatValue(v) : `${formatPercent(v)} of GDP`)
    case 'share-of-world':
      return (v) => (v === null ? formatValue(v) : `${formatPercent(v)} of the world total`)
  }
}

/** The source line: the investment edition, plus the World Bank when it divides. */
export function sourceLine(norm: Normalisation, editionLabel: string): string {
  const wb =
    norm === 'per-capita' || norm === 'share-of-gdp'
      ? '; World Bank WDI population and GDP (current US$)'
      : ''
  return `Stanford HAI AI Index / Quid — ${editionLabel}${wb}`
}

/** Caveats that travel with every chart of the panel. */
export function caveats(i: LabelInputs & { readonly hasWorld: boolean }): string[] {
  const list = [
    'Private investment only: venture capital and private equity into private AI companies raising over $1.5m (Quid), attributed by the headquarters of the company; excludes public companies’ capex and state funding.',
    i.price === 'real'
      ? 'Constant 2021 US$ (Our World in Data, deflated with the US CPI): only the United States, China, Europe and World, 2013–2024. Never mixed with nominal figures in one chart.'
      : 'Nominal US$ (current prices): not adjusted for inflation. Years without a figure are gaps, not zeros.',
  ]
  if (i.norm === 'per-capita')
    list.push(
      'Per capita: US$ per person, World Bank population of the same year; blocs divide their money by the population of their reporting members only.',
    )
  if (i.norm === 'share-of-gdp')
    list.push(
      '% of GDP: World Bank GDP in current US$ of the same year; there is no 2024 or 2025 GDP here, so those years read “no data”.',
    )
  if (i.norm === 'share-of-world')
    list.push(
      i.hasWorld
        ? 'Share of world: against the World total of the same edition.'
        : 'Share of world: this edition reports no World total, so there is no share to compute (“no data”).',
    )
  return list
}
