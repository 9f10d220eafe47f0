/**
 * The open-access shares quoted in the debate (China 90%, EU 100%, US 60.5%) have no source
 * found: they are claims with their status. The nearest verified figure is the AI Index
 * 2024's world count of 2023 foundation models (149), whose published note gives the open
 * share (65.7%); it covers all countries, so it neither confirms nor refutes the quotes.
 */
import type { Claim, Observation } from '../../../api/schemas'

export const OPEN_SHARE_CLAIM_IDS = [
  'open_fm_share_cn',
  'open_fm_share_eu',
  'open_fm_share_us',
] as const

export interface NearestVerified {
  readonly value: number
  readonly unit: string
  readonly year: number
  readonly edition: Observation['edition']
  /** The source's own words (e.g. "149 foundation models released in 2023, 65.7% open-source"). */
  readonly note: string | null
}

/** The open-share claims, in the order China, EU, US. */
export function openShareClaims(claims: readonly Claim[]): Claim[] {
  return OPEN_SHARE_CLAIM_IDS.map((id) => claims.find((c) => c.id === id)).filter(
    (c): c is Claim => c !== undefined,
  )
}

/** The world foundation-model count of 2023 the claims are checked against, if present. */
export function nearestVerified(foundation: readonly Observation[]): NearestVerified | null {
  const world = foundation.find((o) => o.entityId === 'WLD' && o.year === 2023 && o.value !== null)
  if (!world || world.value === null) return null
  return {
    value: world.value,
    unit: world.unit,
    year: world.year,
    edition: world.edition,
    note: world.note,
  }
}

/** The open share stated in a note ("65.7% open-source" → 65.7), or null if none is stated. */
export function openShareInNote(note: string | null): number | null {
  const match = note ? /(\d+(?:\.\d+)?)%\s*open/i.exec(note) : null
  return match?.[1] ? Number(match[1]) : null
}
