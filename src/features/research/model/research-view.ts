/**
 * Everything the Research & talent panel draws for a view, before each figure picks its part:
 * the series it draws from (null until loaded), the scope, names and edition labels, and the
 * quoted claims on publications and citations. Pure; the figures (../figures.ts) turn it into
 * their states.
 */
import type { Claim, IndicatorId, IndicatorResponse, Observation } from '../../../api/schemas'
import { claimsOfPanel } from '../../../domain/claim-placement'
import type { ViewState } from '../../../domain/view'
import {
  panelLookups,
  quotedLookups,
  type PanelLookups,
  type QuotedLookups,
} from '../../../queries/panel-lookups'
import type { IndexedMeta } from '../../../queries/meta'

/** The AI Index series the panel reads, each in the edition nearest the Edition picker. */
export const AI_INDEX_SERIES = {
  shares: 'ai-publications-share',
  topCited: 'top-cited-ai-publications',
  jobPostings: 'ai-job-postings-share',
  authors: 'top-ai-authors-inventors',
  concentration: 'ai-talent-concentration',
  migration: 'net-ai-talent-migration',
} as const satisfies Record<string, IndicatorId>

/** The GVT 2022 release's publications and citations by country (one edition only). */
export const GVT_SERIES = {
  journalPublications: 'gvt-journal-publications',
  conferencePublications: 'gvt-conference-publications',
  repositoryPublications: 'gvt-repository-publications',
  journalCitations: 'gvt-journal-citations',
  conferenceCitations: 'gvt-conference-citations',
  repositoryCitations: 'gvt-repository-citations',
} as const satisfies Record<string, IndicatorId>

export const GVT_EDITION = 'gvt-2022' as const

export type AiIndexKey = keyof typeof AI_INDEX_SERIES
export type GvtKey = keyof typeof GVT_SERIES

export interface Series {
  readonly edition: Observation['edition']
  readonly observations: readonly Observation[]
}

export interface ResearchInputs {
  readonly meta: IndexedMeta | undefined
  /** null: no edition holds it (its query is off); undefined: loading. */
  readonly aiIndex: Readonly<Record<AiIndexKey, IndicatorResponse | null | undefined>>
  readonly gvt: Readonly<Record<GvtKey, IndicatorResponse | undefined>>
  readonly claims: readonly Claim[] | undefined
}

export interface ResearchModel extends PanelLookups, QuotedLookups {
  /** null: not loaded; 'none': no edition publishes it. */
  readonly aiIndex: Readonly<Record<AiIndexKey, Series | 'none' | null>>
  readonly gvt: Readonly<Record<GvtKey, Series | null>>
  /** The quoted claims the placement rule puts in this panel; null until loaded. */
  readonly claims: readonly Claim[] | null
}

const series = (r: IndicatorResponse | null | undefined): Series | 'none' | null =>
  r === null ? 'none' : r ? { edition: r.edition, observations: r.observations } : null

export function buildResearchModel(input: ResearchInputs, view: ViewState): ResearchModel {
  const meta = input.meta
  const aiIndex = Object.fromEntries(
    Object.keys(AI_INDEX_SERIES).map((k) => [k, series(input.aiIndex[k as AiIndexKey])]),
  ) as Record<AiIndexKey, Series | 'none' | null>
  const gvt = Object.fromEntries(
    Object.keys(GVT_SERIES).map((k) => {
      const s = series(input.gvt[k as GvtKey])
      return [k, s === 'none' ? null : s]
    }),
  ) as Record<GvtKey, Series | null>
  return {
    ...panelLookups(meta, view),
    aiIndex,
    gvt,
    claims: input.claims ? claimsOfPanel(input.claims, 'research') : null,
    ...quotedLookups(input.claims, meta),
  }
}
