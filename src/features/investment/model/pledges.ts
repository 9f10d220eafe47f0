/**
 * Pledges against flows: an announced amount spread over its stated horizon, converted to US$
 * at an editable rate, set beside the economy's actual annual private AI investment. A pledge
 * without a stated horizon cannot be annualised: that is said, not guessed.
 */
import type { Pledge } from '../../../api/schemas'

/**
 * Default EUR→USD rate. Not a sourced figure: the repository's data holds no exchange rate, so
 * this is an editable assumption, a round level for February 2025 (when InvestAI and the
 * French plan were announced). The UI says so next to the field.
 */
export const DEFAULT_EUR_USD = 1.04
/** The date the default rate is assumed for. */
export const DEFAULT_EUR_USD_DATE = 'February 2025'
export const DEFAULT_EUR_USD_NOTE = `US$ per € — an assumption for ${DEFAULT_EUR_USD_DATE}, not a published reference rate; edit it to use your own`

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

/** An economy's actual private AI investment in one year of one edition (US$ bn). */
export interface Flow {
  readonly value: number | null
  readonly year: number
  /** Edition label, and for blocs the coverage ("AI Index 2025, 24 of 27 members report"). */
  readonly label: string
}

/** One bar of the pledges-against-flows chart. */
export interface PledgeBar {
  readonly id: string
  readonly name: string
  /** US$ bn a year. */
  readonly value: number
  readonly kind: 'pledge' | 'flow'
  readonly detail: string
}

function shortActor(actor: string): string {
  const cut = actor.indexOf(' (')
  return cut > 0 ? actor.slice(0, cut) : actor
}

/**
 * Bars grouped by economy: each annualised pledge (an intention) next to the money actually
 * invested in a year. Pledges without a stated horizon cannot be drawn as a yearly amount.
 */
export function pledgeBars(
  rows: readonly AnnualisedPledge[],
  flowOf: (economyId: string) => Flow | null,
  nameOf: (economyId: string) => string,
): PledgeBar[] {
  const economies = [...new Set(rows.map((r) => r.pledge.economyId))]
  return economies.flatMap((economyId) => {
    const pledged = rows.filter((r) => r.pledge.economyId === economyId && r.annualUsdBn !== null)
    if (pledged.length === 0) return []
    const flow = flowOf(economyId)
    const bars: PledgeBar[] = pledged.map((r) => ({
      id: r.pledge.id,
      name: `${shortActor(r.pledge.actor)}: ${r.pledge.currency === 'EUR' ? '€' : '$'}${r.pledge.amount}bn / ${r.pledge.horizonYears ?? ''} yrs`,
      value: r.annualUsdBn ?? 0,
      kind: 'pledge',
      detail: `pledged, a year ${r.horizonLabel}; ${coverageText(r.pledge)}`,
    }))
    if (flow?.value != null)
      bars.push({
        id: `flow-${economyId}`,
        name: `${nameOf(economyId)} invested, ${flow.year}`,
        value: flow.value,
        kind: 'flow',
        detail: `private AI investment actually made in ${flow.year} (${flow.label})`,
      })
    return bars
  })
}
