/**
 * The lookups every panel model carries, built one way from /meta and the view: display names,
 * edition labels and the region / countries scope; and for the panels with "Quoted in the
 * debate" lists, the claims' numbers, the status rule and the names a list needs.
 */
import type { Claim } from '../api/schemas'
import type { QuotedLookups } from '../components/claims/quoted-list'
import { claimNumber } from '../domain/claim-placement'
import type { ViewState } from '../domain/view'
import { metaNames, type IndexedMeta, type MetaNames } from './meta'
import { scopeOf } from '../lib/scope'

export type { QuotedLookups }

export interface PanelLookups {
  readonly names: MetaNames | null
  readonly nameOf: (id: string) => string
  readonly editionLabel: (id: string) => string
  /** In scope (region, countries). */
  readonly includes: (id: string) => boolean
  readonly isCountry: (id: string) => boolean
}

const sameId = (id: string) => id
const never = () => false

export function panelLookups(meta: IndexedMeta | undefined, view: ViewState): PanelLookups {
  const names = meta ? metaNames(meta) : null
  const scope = meta ? scopeOf(view, meta.groupById, meta.entityById) : null
  // The lookups themselves, not wrappers: one function per /meta (metaNames caches them), so
  // memoised lists keyed on them (the quoted claims) skip re-rendering on a filter change.
  return {
    names,
    nameOf: names ? names.entity : sameId,
    editionLabel: names ? names.edition : sameId,
    includes: scope?.includes ?? never,
    isCountry: names ? names.isCountry : never,
  }
}

/** `entity` names the claims' subjects as the panel names its rows. */
export function quotedLookups(
  claims: readonly Claim[] | undefined,
  meta: IndexedMeta | undefined,
  entity?: (id: string) => string,
): QuotedLookups {
  const names = meta ? metaNames(meta) : null
  return {
    claimNumber: (id) => (claims ? claimNumber(claims, id) : null),
    statusRule: meta?.rules.claimStatus.text ?? null,
    claimNames: names && {
      entity: entity ?? names.entity,
      edition: names.edition,
      source: names.source,
    },
  }
}
