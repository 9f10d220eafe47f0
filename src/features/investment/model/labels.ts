/**
 * Units, sources and caveats of the panel's charts, from the view's switches. The axis always
 * names the price basis; computed transforms say they are computed here.
 */
import type { Normalisation, PriceBasis } from '../../../domain/view'
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

/** Display decimals per normalisation (tooltips and exports keep the exact figure). */
export function digitsFor(norm: Normalisation): number {
  return norm === 'share-of-gdp' ? 3 : 2
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
