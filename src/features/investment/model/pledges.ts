/**
 * Pledges against flows: an announced amount spread over its stated horizon, converted to US$
 * at an editable rate, set beside the economy's actual annual private AI investment. A pledge
 * without a stated horizon cannot be annualised: that is said, not guessed.
 */
import type { Pledge } from '../../../api/schemas'
import { formatBillions } from '../../../lib/format'

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

/**
 * The pledges a view shows: those of the economies in its region. A country's pledge shows
 * where the country is in scope; a bloc's (EU-27) where most of the bloc's members are — under
 * the bloc itself, a region holding most of it (Europe: 26 of 27, Cyprus being Western Asia in
 * UN M49) and the world, not under one member or another region. So EU pledges show under
 * EU-27 and Europe, US pledges under the United States and Northern America, all under World.
 */
export function pledgesInScope<P extends { readonly pledge: Pick<Pledge, 'economyId'> }>(
  rows: readonly P[],
  includes: (entityId: string) => boolean,
  membersOf: (groupId: string) => readonly string[] | null,
): { readonly shown: P[]; readonly hidden: P[] } {
  const inScope = (economyId: string) => {
    const members = membersOf(economyId)
    if (members === null) return includes(economyId)
    return members.filter(includes).length * 2 > members.length
  }
  return {
    shown: rows.filter((r) => inScope(r.pledge.economyId)),
    hidden: rows.filter((r) => !inScope(r.pledge.economyId)),
  }
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
  /** Why a bloc's total is not shown, short enough for a bar ("too few members report (4 of 27)"). */
  readonly withheld?: string | null
}

/** One row of the pledges-against-flows chart. */
export interface PledgeBar {
  readonly id: string
  readonly name: string
  /** US$ bn a year; null: no bar (a pledge without a horizon, a flow without a figure). */
  readonly value: number | null
  /** Why there is no bar, said in its place. */
  readonly missing: string | null
  readonly kind: 'pledge' | 'flow'
  readonly detail: string
}

/** "Stargate Project" of "Stargate Project (OpenAI, SoftBank, Oracle, MGX)". */
export function shortActor(actor: string): string {
  const cut = actor.indexOf(' (')
  return cut > 0 ? actor.slice(0, cut) : actor
}

/** Longest actor named in full on a bar ("European Commission (InvestAI)"); longer ones are cut. */
const FULL_ACTOR = 36

/** A pledge's name on its bar: its actor as the data names it, cut before the brackets if long. */
export function pledgeName(pledge: Pick<Pledge, 'actor' | 'amount' | 'currency' | 'horizonYears'>) {
  const who = pledge.actor.length <= FULL_ACTOR ? pledge.actor : shortActor(pledge.actor)
  const years =
    pledge.horizonYears !== null && pledge.horizonYears > 0 ? ` / ${pledge.horizonYears} yrs` : ''
  return `${who}: ${formatBillions(pledge.amount, pledge.currency)}${years}`
}

/**
 * Rows grouped by economy: each pledge (an intention) next to the money actually invested in a
 * year. A pledge without a stated horizon has no yearly amount, so it is a row without a bar
 * that says so; a part of a larger pledge is in that pledge's total (the table lists it).
 */
export function pledgeBars(
  rows: readonly AnnualisedPledge[],
  flowOf: (economyId: string) => Flow | null,
  nameOf: (economyId: string) => string,
): PledgeBar[] {
  const whole = rows.filter((r) => r.pledge.partOf === null)
  const economies = [...new Set(whole.map((r) => r.pledge.economyId))]
  return economies.flatMap((economyId) => {
    const bars: PledgeBar[] = whole
      .filter((r) => r.pledge.economyId === economyId)
      .map((r) => ({
        id: r.pledge.id,
        name: pledgeName(r.pledge),
        value: r.annualUsdBn,
        missing: r.annualUsdBn === null ? `${r.horizonLabel}: not spread over guessed years` : null,
        kind: 'pledge',
        detail:
          r.annualUsdBn === null
            ? `pledged in total, ${r.horizonLabel}; ${coverageText(r.pledge)}`
            : `pledged, a year ${r.horizonLabel}; ${coverageText(r.pledge)}`,
      }))
    const flow = flowOf(economyId)
    if (flow)
      bars.push({
        id: `flow-${economyId}`,
        name: `${nameOf(economyId)} invested, ${flow.year}`,
        value: flow.value,
        missing: flow.value === null ? (flow.withheld ?? 'no figure') : null,
        kind: 'flow',
        detail: `private AI investment actually made in ${flow.year} (${flow.label})`,
      })
    return bars
  })
}
