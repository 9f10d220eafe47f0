/**
 * Pledges against flows: an announced amount spread over its stated horizon, converted to US$
 * at an editable rate, set beside the economy's actual annual private AI investment. A pledge
 * without a stated horizon cannot be annualised: that is said, not guessed.
 */
import type { Pledge } from '../../../api/schemas'

/**
 * Default EUR→USD rate. Not a sourced figure: an editable assumption, the approximate level
 * of the euro in February 2025 when InvestAI and the French plan were announced.
 */
export const DEFAULT_EUR_USD = 1.04
export const DEFAULT_EUR_USD_NOTE = 'assumed ≈ rate of February 2025; edit to use your own'

export interface AnnualisedPledge {
  readonly pledge: Pledge
  /** Total in US$ bn at the given rate. */
  readonly totalUsdBn: number
  /** US$ bn a year over the stated horizon; null when no horizon is stated. */
  readonly annualUsdBn: number | null
  readonly horizonLabel: string
}

/** Converts an amount in the pledge's currency to US$ bn. */
export function toUsdBn(amount: number, currency: Pledge['currency'], eurUsd: number): number {
  return currency === 'USD' ? amount : amount * eurUsd
}

/** Annualises one pledge at the EUR→USD rate. */
export function annualise(pledge: Pledge, eurUsd: number): AnnualisedPledge {
  const totalUsdBn = toUsdBn(pledge.amount, pledge.currency, eurUsd)
  const years = pledge.horizonYears
  const annualUsdBn = years !== null && years > 0 ? totalUsdBn / years : null
  const horizonLabel =
    years !== null && years > 0
      ? `over ${years} years`
      : pledge.horizonText === 'immediate'
        ? 'immediately (part of a larger pledge)'
        : 'no horizon stated'
  return { pledge, totalUsdBn, annualUsdBn, horizonLabel }
}

/** What a pledge covers, for its tooltip. */
export function coverageText(pledge: Pledge): string {
  const scope =
    pledge.aiOnly === null ? 'scope not stated' : pledge.aiOnly ? 'AI only' : 'not AI-only'
  const money = {
    private: 'private money',
    public: 'public money',
    'public-and-private': 'public and private money',
    'not-stated': 'funding not stated',
  }[pledge.funding]
  return `${scope}; ${money}; an intention, not a disbursement`
}
